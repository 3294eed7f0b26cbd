#pragma once

#include <filesystem>
#include <vector>

namespace securebase::service {

// Where instruments are read from, in order: the shipped forms (SECUREBASE_FORMS_DIR when set,
// else the source tree's forms/ in a development build, else the installed data folder), then the
// clinic's own ($XDG_DATA_HOME/securebase/forms, ~/.local/share when unset). Each entry is the
// `instruments` folder inside.
std::vector<std::filesystem::path> InstrumentFolders();

}  // namespace securebase::service

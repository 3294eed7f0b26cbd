#pragma once

#include <string>

namespace securebase::service {

// "SQLCipher 4.6.1 community (SQLite 3.46.1)": asked of the library linked into this binary, so
// `--version` and the About box prove that the encrypting engine, not plain SQLite, is in use.
std::string EngineDescription();

}  // namespace securebase::service

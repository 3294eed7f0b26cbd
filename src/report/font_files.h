#pragma once

#include <filesystem>

namespace securebase::report {

struct FontFiles {
    std::filesystem::path regular;
    std::filesystem::path bold;
};

// DejaVu Sans (Debian's fonts-dejavu-core), regular and bold: it covers accented Latin, Greek and
// Cyrillic names. SECUREBASE_FONT_DIR, when set, is searched first. Throws Error(Io) naming the
// package to install when neither face is found.
FontFiles FindFontFiles();

}  // namespace securebase::report

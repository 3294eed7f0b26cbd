#include "report/font_files.h"

#include <cstdlib>
#include <vector>

#include "core/error.h"

namespace securebase::report {

FontFiles FindFontFiles() {
    std::vector<std::filesystem::path> folders;
    if (const char* custom = std::getenv("SECUREBASE_FONT_DIR"); custom && *custom) {
        folders.emplace_back(custom);
    }
    folders.emplace_back("/usr/share/fonts/truetype/dejavu");
    folders.emplace_back("/usr/local/share/fonts/truetype/dejavu");
    for (const auto& folder : folders) {
        FontFiles files{folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"};
        std::error_code ignored;
        if (std::filesystem::is_regular_file(files.regular, ignored) &&
            std::filesystem::is_regular_file(files.bold, ignored)) {
            return files;
        }
    }
    throw Error(ErrorCode::Io,
                "The DejaVu Sans font that PDF documents embed was not found in "
                "/usr/share/fonts/truetype/dejavu: install the fonts-dejavu-core package (or set "
                "SECUREBASE_FONT_DIR to a folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf).");
}

}  // namespace securebase::report

#include "service/logo_file.h"

#include <fstream>

#include "core/error.h"
#include "report/png_check.h"

namespace securebase::service {

std::string ReadLogoFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::NotFound, "cannot open the logo file " + file.string() +
                                             "; check the name and try again");
    std::string bytes(kMaxLogoBytes + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    return bytes;
}

std::optional<std::string> LogoRefusal(const PracticeSettings& settings) {
    if (auto problem = LogoProblem(settings)) return problem;
    if (settings.logo == LogoChoice::Custom && !report::PngDecodes(settings.logoPng))
        return "The logo file is damaged or cut short; export the logo as PNG again and try again.";
    return std::nullopt;
}

}  // namespace securebase::service

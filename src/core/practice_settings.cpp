#include "core/practice_settings.h"

#include "core/png_size.h"

namespace securebase {
namespace {

// A header logo is drawn about 18 points high; beyond this it is a photograph, not a logo.
constexpr std::uint32_t kMaxLogoPixels = 4096;

}  // namespace

std::optional<std::string> LogoProblem(const PracticeSettings& settings) {
    if (settings.logo != LogoChoice::Custom) return std::nullopt;
    if (settings.logoPng.empty()) return "Choose a PNG file for the logo, or use the default.";
    if (settings.logoPng.size() > kMaxLogoBytes)
        return "The logo file is larger than 1 MiB; export a smaller PNG (a few hundred pixels "
               "wide is plenty) and try again.";
    const auto size = ReadPngSize(settings.logoPng);
    if (!size) return "The logo file is not a PNG image; export the logo as PNG and try again.";
    if (size->width > kMaxLogoPixels || size->height > kMaxLogoPixels)
        return "The logo is larger than " + std::to_string(kMaxLogoPixels) + " × " +
               std::to_string(kMaxLogoPixels) + " pixels; export a smaller PNG and try again.";
    return std::nullopt;
}

std::string LogoDescription(const PracticeSettings& settings) {
    switch (settings.logo) {
        case LogoChoice::Default:
            return "default";
        case LogoChoice::None:
            return "none";
        case LogoChoice::Custom:
            break;
    }
    const auto size = ReadPngSize(settings.logoPng);
    if (!size) return "custom PNG (unreadable)";
    return "custom PNG, " + std::to_string(size->width) + " × " + std::to_string(size->height) +
           " pixels";
}

}  // namespace securebase

#include "report/practice_logo.h"

#include "report/default_logo_png.h"

namespace securebase::report {

std::string_view DefaultLogoPng() {
    return {reinterpret_cast<const char*>(kDefaultLogoPng), sizeof kDefaultLogoPng};
}

std::string PracticeLogoPng(const PracticeSettings& settings) {
    switch (settings.logo) {
        case LogoChoice::None:
            return {};
        case LogoChoice::Custom:
            return settings.logoPng;
        case LogoChoice::Default:
            break;
    }
    return std::string(DefaultLogoPng());
}

}  // namespace securebase::report

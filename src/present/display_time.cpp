#include "present/display_time.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace securebase::present {

std::string FormatLocalTime(Timestamp instant) {
    // English abbreviations on purpose: the rest of the interface is English, and strftime's %b
    // would follow LC_TIME into a mix of languages.
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t seconds = std::chrono::system_clock::to_time_t(instant);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    std::snprintf(text, sizeof text, "%d %s %d, %02d:%02d", local.tm_mday, kMonths[local.tm_mon],
                  local.tm_year + 1900, local.tm_hour, local.tm_min);
    return text;
}

}  // namespace securebase::present

#include "report/source_date.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace securebase::report {

Timestamp DocumentTime() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        const std::string_view text(epoch);
        long long seconds = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (error == std::errc{} && end == text.data() + text.size() && seconds >= 0) {
            return Timestamp{std::chrono::seconds{seconds}};
        }
    }
    return Now();
}

Date DocumentDate() { return Date{std::chrono::floor<std::chrono::days>(DocumentTime())}; }

}  // namespace securebase::report

#include "homework/field_value.h"

#include <cstdio>

namespace securebase::homework {
namespace {

template <typename Variant>
std::optional<double> NumberOf(const Variant& value) {
    if (const auto* whole = std::get_if<std::int64_t>(&value)) return static_cast<double>(*whole);
    if (const auto* real = std::get_if<double>(&value)) return *real;
    return std::nullopt;
}

}  // namespace

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59) return std::nullopt;
    return TimeOfDay{std::chrono::hours{hours} + std::chrono::minutes{minutes}};
}

std::string FormatTimeOfDay(TimeOfDay time) {
    const auto total = time.sinceMidnight.count();
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(total / 60),
                  static_cast<int>(total % 60));
    return buffer;
}

std::optional<double> AsNumber(const FieldValue& value) { return NumberOf(value); }
std::optional<double> AsNumber(const ScalarValue& value) { return NumberOf(value); }

}  // namespace securebase::homework

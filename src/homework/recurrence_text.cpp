#include "homework/recurrence_text.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace securebase::homework {
namespace {

// Indexed by ISO weekday encoding - 1: Monday first.
constexpr std::array<const char*, 7> kDayNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<std::chrono::weekday> ParseDay(std::string_view text) {
    const auto name = ToLower(Trim(text));
    for (unsigned i = 0; i < kDayNames.size(); ++i)
        if (name == kDayNames[i]) return std::chrono::weekday{(i + 1) % 7};
    return std::nullopt;
}

}  // namespace

const char* ToString(std::chrono::weekday day) { return kDayNames[day.iso_encoding() - 1]; }

std::string FormatRecurrence(const Recurrence& recurrence) {
    switch (recurrence.kind) {
        case RecurrenceKind::Once:
            return "once";
        case RecurrenceKind::Daily:
            return "daily";
        case RecurrenceKind::Weekly:
            return std::string("weekly:") + ToString(recurrence.weeklyOn);
        case RecurrenceKind::Weekdays: {
            std::vector<std::string> names;
            for (const char* name : kDayNames) {
                const auto day = *ParseDay(name);
                if (std::find(recurrence.weekdays.begin(), recurrence.weekdays.end(), day) !=
                    recurrence.weekdays.end())
                    names.push_back(name);
            }
            return "weekdays:" + Join(names, ",");
        }
    }
    return "daily";
}

std::optional<Recurrence> ParseRecurrence(std::string_view text) {
    const auto colon = text.find(':');
    const auto kind = ToLower(Trim(text.substr(0, colon)));
    const auto rest = colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    Recurrence recurrence;
    if (kind == "once" || kind == "daily") {
        if (colon != std::string_view::npos) return std::nullopt;
        recurrence.kind = kind == "once" ? RecurrenceKind::Once : RecurrenceKind::Daily;
        return recurrence;
    }
    if (kind == "weekly") {
        auto day = ParseDay(rest);
        if (!day) return std::nullopt;
        recurrence.kind = RecurrenceKind::Weekly;
        recurrence.weeklyOn = *day;
        return recurrence;
    }
    if (kind == "weekdays") {
        recurrence.kind = RecurrenceKind::Weekdays;
        for (const auto& part : Split(rest, ',')) {
            auto day = ParseDay(part);
            if (!day) return std::nullopt;
            if (std::find(recurrence.weekdays.begin(), recurrence.weekdays.end(), *day) ==
                recurrence.weekdays.end())
                recurrence.weekdays.push_back(*day);
        }
        if (recurrence.weekdays.empty()) return std::nullopt;
        std::sort(recurrence.weekdays.begin(), recurrence.weekdays.end(),
                  [](auto a, auto b) { return a.iso_encoding() < b.iso_encoding(); });
        return recurrence;
    }
    return std::nullopt;
}

}  // namespace securebase::homework

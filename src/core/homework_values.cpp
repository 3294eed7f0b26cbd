// The homework values' few rules, and the stable spellings of their states: these strings are
// stored in the vault and printed by the CLI, so they never change once shipped.
#include "core/homework_values.h"

#include <algorithm>
#include <array>
#include <utility>

namespace securebase {
namespace {

constexpr std::array<std::pair<AssignmentStatus, const char*>, 3> kAssignmentStatus{{
    {AssignmentStatus::Active, "active"},
    {AssignmentStatus::Paused, "paused"},
    {AssignmentStatus::Ended, "ended"},
}};
constexpr std::array<std::pair<GoalStatus, const char*>, 3> kGoalStatus{{
    {GoalStatus::Active, "active"},
    {GoalStatus::Achieved, "achieved"},
    {GoalStatus::Dropped, "dropped"},
}};

template <typename Enum, size_t N>
const char* NameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return "unknown";
}

template <typename Enum, size_t N>
std::optional<Enum> ValueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            std::string_view text) {
    for (const auto& [e, name] : table)
        if (text == name) return e;
    return std::nullopt;
}

}  // namespace

bool DateInterval::Contains(Date day) const {
    const std::chrono::sys_days d{day};
    return d >= std::chrono::sys_days{first} && (!last || d <= std::chrono::sys_days{*last});
}

std::optional<Date> Schedule::LastDay() const {
    if (due && ended) return std::min(std::chrono::sys_days{*due}, std::chrono::sys_days{*ended});
    return due ? due : ended;
}

bool Schedule::IsActiveOn(Date day) const {
    const std::chrono::sys_days d{day};
    if (d < std::chrono::sys_days{start}) return false;
    if (auto last = LastDay(); last && d > std::chrono::sys_days{*last}) return false;
    return std::none_of(pauses.begin(), pauses.end(),
                        [&](const DateInterval& pause) { return pause.Contains(day); });
}

AssignmentStatus Assignment::Status() const {
    if (schedule.ended) return AssignmentStatus::Ended;
    const bool pausedNow = std::any_of(schedule.pauses.begin(), schedule.pauses.end(),
                                       [](const DateInterval& pause) { return !pause.last; });
    return pausedNow ? AssignmentStatus::Paused : AssignmentStatus::Active;
}

const char* ToString(AssignmentStatus status) { return NameOf(kAssignmentStatus, status); }
std::optional<AssignmentStatus> ParseAssignmentStatus(std::string_view text) {
    return ValueOf(kAssignmentStatus, text);
}

const char* ToString(GoalStatus status) { return NameOf(kGoalStatus, status); }
std::optional<GoalStatus> ParseGoalStatus(std::string_view text) {
    return ValueOf(kGoalStatus, text);
}

}  // namespace securebase

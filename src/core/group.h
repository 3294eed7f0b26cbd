#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

enum class GroupKind { Support, Psychoeducation, Therapy };

enum class GroupStatus { Planned, Running, Finished, Cancelled };

// A recurring group a facilitator runs: who runs it, when it meets, how many it takes. It ends
// either after a number of weekly meetings or on a date, never both.
struct Group {
    Id id = kNoId;
    std::string name;
    GroupKind kind = GroupKind::Support;
    std::vector<std::string> facilitators;  // practitioners, in the order they are named
    std::chrono::weekday weekday = std::chrono::Monday;
    std::chrono::minutes startTime{18 * 60};  // after midnight, local wall clock
    std::chrono::minutes duration{90};
    Date startsOn{};  // the first meeting
    std::optional<int> meetingCount;
    std::optional<Date> endsOn;
    int capacity = 8;
    std::string location;      // a room or a video link
    std::string curriculumId;  // empty when the group follows none
    GroupStatus status = GroupStatus::Planned;

    // The last day a meeting may be held: endsOn, or the day of the last weekly meeting.
    Date LastDay() const {
        if (endsOn) return *endsOn;
        return std::chrono::sys_days{startsOn} + std::chrono::weeks{meetingCount.value_or(1) - 1};
    }
};

constexpr const char* ToString(GroupKind kind) {
    switch (kind) {
        case GroupKind::Support:
            return "support";
        case GroupKind::Psychoeducation:
            return "psychoeducation";
        case GroupKind::Therapy:
            return "therapy";
    }
    return "support";
}

constexpr std::optional<GroupKind> ParseGroupKind(std::string_view text) {
    if (text == "support") return GroupKind::Support;
    if (text == "psychoeducation") return GroupKind::Psychoeducation;
    if (text == "therapy") return GroupKind::Therapy;
    return std::nullopt;
}

constexpr const char* ToString(GroupStatus status) {
    switch (status) {
        case GroupStatus::Planned:
            return "planned";
        case GroupStatus::Running:
            return "running";
        case GroupStatus::Finished:
            return "finished";
        case GroupStatus::Cancelled:
            return "cancelled";
    }
    return "planned";
}

constexpr std::optional<GroupStatus> ParseGroupStatus(std::string_view text) {
    if (text == "planned") return GroupStatus::Planned;
    if (text == "running") return GroupStatus::Running;
    if (text == "finished") return GroupStatus::Finished;
    if (text == "cancelled") return GroupStatus::Cancelled;
    return std::nullopt;
}

}  // namespace securebase

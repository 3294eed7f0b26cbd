#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

enum class GroupAttendance { Present, Late, Excused, Absent };

// One meeting of a group. The group note belongs to the group: it is never copied into a
// participant's chart, where it would show what others said.
struct GroupMeeting {
    Id id = kNoId;
    Id groupId = kNoId;
    Date heldOn{};
    std::optional<int> curriculumIndex;  // 0-based meeting of the group's curriculum
    std::string topic;                   // the curriculum's title, or a free topic
    std::string groupNote;
};

// One participant's attendance at one meeting. Each mark has a session of kind "group" in the
// participant's own chart, which carries their short meeting note as its progress note.
struct AttendanceMark {
    Id meetingId = kNoId;
    Id clientId = kNoId;
    GroupAttendance attendance = GroupAttendance::Present;
    Id sessionId = kNoId;
};

// A check-in instrument a participant filled in at a meeting, stored as an administration.
struct GroupCheckin {
    Id meetingId = kNoId;
    Id clientId = kNoId;
    Id administrationId = kNoId;
};

constexpr bool Attended(GroupAttendance attendance) {
    return attendance == GroupAttendance::Present || attendance == GroupAttendance::Late;
}

constexpr const char* ToString(GroupAttendance attendance) {
    switch (attendance) {
        case GroupAttendance::Present:
            return "present";
        case GroupAttendance::Late:
            return "late";
        case GroupAttendance::Excused:
            return "excused";
        case GroupAttendance::Absent:
            return "absent";
    }
    return "absent";
}

constexpr std::optional<GroupAttendance> ParseGroupAttendance(std::string_view text) {
    if (text == "present") return GroupAttendance::Present;
    if (text == "late") return GroupAttendance::Late;
    if (text == "excused") return GroupAttendance::Excused;
    if (text == "absent") return GroupAttendance::Absent;
    return std::nullopt;
}

}  // namespace securebase

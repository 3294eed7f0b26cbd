#pragma once

// The port for homework handed out at a group meeting. The assignments themselves are ordinary
// ones (core/homework_repositories.h); this remembers which meeting each came from.

#include <vector>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

struct MeetingAssignment {
    Id meetingId = kNoId;
    Date meetingDate{};
    Id assignmentId = kNoId;
    Id clientId = kNoId;
};

class MeetingHomeworkRepository {
public:
    virtual ~MeetingHomeworkRepository() = default;
    // Refused (ErrorCode::Refused) when the assignment's client did not come to the meeting.
    virtual void Link(Id meetingId, Id assignmentId) = 0;
    virtual std::vector<MeetingAssignment> ForMeeting(Id meetingId) const = 0;  // by assignment
    // Every link of every meeting of the group: by meeting date, then assignment.
    virtual std::vector<MeetingAssignment> ForGroup(Id groupId) const = 0;
};

}  // namespace securebase

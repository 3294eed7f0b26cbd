#pragma once

#include <string>
#include <vector>

#include "core/group_repositories.h"
#include "core/homework_repositories.h"
#include "core/meeting_homework_repository.h"
#include "core/repositories.h"
#include "service/homework.h"

namespace securebase::service {

// What the facilitator hands out at a meeting: one template, the same words and schedule for
// everyone who came.
struct MeetingHomeworkRequest {
    Id meetingId = kNoId;
    std::string templateId;  // a homework template id (HomeworkCatalog)
    std::string instructions;
    Schedule schedule;  // start: the caller sets it, usually to the meeting date
};

// One assignment made through one of the group's meetings.
struct ParticipantHomework {
    Id meetingId = kNoId;
    Date meetingDate{};
    Id clientId = kNoId;
    std::string code;           // the participant's client code (never a name)
    AssignmentSummary summary;  // template, adherence today, entries
};

// A meeting's homework for everyone who came to it. Each participant gets an ordinary
// assignment in their own chart (worked on and reviewed like any other); the vault remembers the
// meeting it came from, so the group sees its homework adherence.
class GroupHomework {
public:
    GroupHomework(PracticeStore& store, GroupStore& groups, HomeworkStore& homeworkStore,
                  MeetingHomeworkRepository& links, Homework& homework);

    // Assigns to every participant marked present or late at the meeting, all or nothing, one
    // transaction, audited by id. Refused (clear message, nothing written) when the meeting is
    // unknown, nobody is marked present, the template is unknown, or the schedule is invalid or
    // starts before the meeting.
    // A participant who already works on the same template over some of the same days would
    // count the same work twice, so the whole call is refused, naming their client codes and
    // assignment ids: the facilitator ends those first or picks a later start.
    // Returns the assignments in client id order.
    std::vector<Assignment> AssignToPresent(const MeetingHomeworkRequest& request);
    std::vector<ParticipantHomework> OfGroup(Id groupId);  // by meeting date, then code
    // The meeting, NotFound when unknown: a caller defaults the schedule's start to its date.
    GroupMeeting MeetingOf(Id meetingId) const;

private:
    std::vector<AttendanceMark> CameTo(const GroupMeeting& meeting) const;
    void RefuseOverlaps(const std::vector<AttendanceMark>& came,
                        const MeetingHomeworkRequest& request);
    std::string CodeOf(Id clientId) const;
    void Audit(AuditAction action, const char* entity, Id id);

    PracticeStore& m_store;
    GroupStore& m_groups;
    HomeworkStore& m_homeworkStore;
    MeetingHomeworkRepository& m_links;
    Homework& m_homework;
};

}  // namespace securebase::service

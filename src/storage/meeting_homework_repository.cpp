#include "storage/meeting_homework_repository.h"

#include <string>

#include "storage/cached_statement.h"
#include "storage/refused_by_trigger.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT l.meeting_id, m.held_on, l.assignment_id, h.client_id FROM group_meeting_homework l "
    "JOIN group_meetings m ON m.id = l.meeting_id "
    "JOIN homework_assignments h ON h.id = l.assignment_id ";

std::vector<MeetingAssignment> ReadAll(Statement& select) {
    std::vector<MeetingAssignment> links;
    while (select.Step())
        links.push_back({select.Int(0), RequiredDate(select.Text(1), "group_meetings.held_on"),
                         select.Int(2), select.Int(3)});
    return links;
}

}  // namespace

void SqlcipherMeetingHomeworkRepository::Link(Id meetingId, Id assignmentId) {
    RefusedByTrigger("assignment " + std::to_string(assignmentId) +
                         " belongs to a client who did not come to meeting " +
                         std::to_string(meetingId) + "; record their attendance first",
                     [&] {
                         CachedStatement(m_db,
                                         "INSERT INTO group_meeting_homework (meeting_id, "
                                         "assignment_id) VALUES (?1, ?2)")
                             ->Bind(1, meetingId)
                             .Bind(2, assignmentId)
                             .Run();
                     });
}

std::vector<MeetingAssignment> SqlcipherMeetingHomeworkRepository::ForMeeting(Id meetingId) const {
    CachedStatement select(
        m_db, std::string(kSelect) + "WHERE l.meeting_id = ?1 ORDER BY l.assignment_id");
    select->Bind(1, meetingId);
    return ReadAll(*select);
}

std::vector<MeetingAssignment> SqlcipherMeetingHomeworkRepository::ForGroup(Id groupId) const {
    CachedStatement select(
        m_db, std::string(kSelect) + "WHERE m.group_id = ?1 ORDER BY m.held_on, l.assignment_id");
    select->Bind(1, groupId);
    return ReadAll(*select);
}

}  // namespace securebase::storage

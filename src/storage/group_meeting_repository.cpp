#include "storage/group_meeting_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT id, group_id, held_on, curriculum_index, topic, group_note FROM group_meetings ";

GroupMeeting FromRow(Statement& row) {
    GroupMeeting meeting;
    meeting.id = row.Int(0);
    meeting.groupId = row.Int(1);
    meeting.heldOn = RequiredDate(row.Text(2), "group_meetings.held_on");
    if (const auto index = row.OptionalInt(3)) meeting.curriculumIndex = static_cast<int>(*index);
    meeting.topic = row.Text(4);
    meeting.groupNote = row.Text(5);
    return meeting;
}

void BindMeeting(Statement& statement, const GroupMeeting& meeting) {
    statement.Bind(1, meeting.groupId)
        .Bind(2, FormatDate(meeting.heldOn))
        .Bind(3, meeting.curriculumIndex)
        .Bind(4, meeting.topic)
        .Bind(5, meeting.groupNote);
}

}  // namespace

Id SqlcipherMeetingRepository::Insert(const GroupMeeting& meeting) {
    CachedStatement insert(m_db,
                           "INSERT INTO group_meetings (group_id, held_on, curriculum_index, "
                           "topic, group_note) VALUES (?1, ?2, ?3, ?4, ?5)");
    BindMeeting(*insert, meeting);
    insert->Run();
    return m_db.LastInsertRowId();
}

void SqlcipherMeetingRepository::Update(const GroupMeeting& meeting) {
    {
        CachedStatement update(m_db,
                               "UPDATE group_meetings SET group_id = ?1, held_on = ?2, "
                               "curriculum_index = ?3, topic = ?4, group_note = ?5 WHERE id = ?6");
        BindMeeting(*update, meeting);
        update->Bind(6, meeting.id).Run();
    }
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "no meeting with id " + std::to_string(meeting.id));
}

std::optional<GroupMeeting> SqlcipherMeetingRepository::Find(Id meetingId) const {
    CachedStatement select(m_db, std::string(kSelect) + "WHERE id = ?1");
    select->Bind(1, meetingId);
    if (!select->Step()) return std::nullopt;
    return FromRow(*select);
}

std::vector<GroupMeeting> SqlcipherMeetingRepository::ForGroup(Id groupId) const {
    std::vector<GroupMeeting> meetings;
    CachedStatement select(m_db, std::string(kSelect) + "WHERE group_id = ?1 ORDER BY held_on");
    select->Bind(1, groupId);
    while (select->Step()) meetings.push_back(FromRow(*select));
    return meetings;
}

}  // namespace securebase::storage

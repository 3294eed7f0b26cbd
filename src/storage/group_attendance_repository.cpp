#include "storage/group_attendance_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT a.meeting_id, a.client_id, a.mark, a.session_id FROM group_attendance a ";

AttendanceMark FromRow(Statement& row) {
    const auto attendance = ParseGroupAttendance(row.Text(2));
    if (!attendance)
        throw Error(ErrorCode::Damaged,
                    "the vault holds an unreadable attendance mark at meeting " +
                        std::to_string(row.Int(0)) +
                        "; run verify and restore a backup if it fails");
    return {row.Int(0), row.Int(1), *attendance, row.Int(3)};
}

std::vector<AttendanceMark> ReadAll(Statement& select) {
    std::vector<AttendanceMark> marks;
    while (select.Step()) marks.push_back(FromRow(select));
    return marks;
}

}  // namespace

void SqlcipherAttendanceRepository::Save(const AttendanceMark& mark) {
    CachedStatement(m_db,
                    "INSERT INTO group_attendance (meeting_id, client_id, mark, session_id) "
                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (meeting_id, client_id) "
                    "DO UPDATE SET mark = excluded.mark, session_id = excluded.session_id")
        ->Bind(1, mark.meetingId)
        .Bind(2, mark.clientId)
        .Bind(3, ToString(mark.attendance))
        .Bind(4, mark.sessionId)
        .Run();
}

std::optional<AttendanceMark> SqlcipherAttendanceRepository::Find(Id meetingId, Id clientId) const {
    CachedStatement select(m_db,
                           std::string(kSelect) + "WHERE a.meeting_id = ?1 AND a.client_id = ?2");
    select->Bind(1, meetingId).Bind(2, clientId);
    if (!select->Step()) return std::nullopt;
    return FromRow(*select);
}

std::vector<AttendanceMark> SqlcipherAttendanceRepository::ForMeeting(Id meetingId) const {
    CachedStatement select(m_db,
                           std::string(kSelect) + "WHERE a.meeting_id = ?1 ORDER BY a.client_id");
    select->Bind(1, meetingId);
    return ReadAll(*select);
}

std::vector<AttendanceMark> SqlcipherAttendanceRepository::ForGroup(Id groupId) const {
    CachedStatement select(m_db, std::string(kSelect) +
                                     "JOIN group_meetings m ON m.id = a.meeting_id "
                                     "WHERE m.group_id = ?1 ORDER BY m.held_on, a.client_id");
    select->Bind(1, groupId);
    return ReadAll(*select);
}

void SqlcipherAttendanceRepository::SaveCheckin(const GroupCheckin& checkin) {
    CachedStatement(m_db,
                    "INSERT INTO group_checkins (meeting_id, client_id, administration_id) "
                    "VALUES (?1, ?2, ?3)")
        ->Bind(1, checkin.meetingId)
        .Bind(2, checkin.clientId)
        .Bind(3, checkin.administrationId)
        .Run();
}

std::vector<GroupCheckin> SqlcipherAttendanceRepository::CheckinsOf(Id meetingId) const {
    std::vector<GroupCheckin> checkins;
    CachedStatement select(m_db,
                           "SELECT meeting_id, client_id, administration_id FROM group_checkins "
                           "WHERE meeting_id = ?1 ORDER BY client_id");
    select->Bind(1, meetingId);
    while (select->Step()) checkins.push_back({select->Int(0), select->Int(1), select->Int(2)});
    return checkins;
}

}  // namespace securebase::storage

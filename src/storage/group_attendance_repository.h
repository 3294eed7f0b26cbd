#pragma once

#include "core/group_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Attendance marks and check-in links; the schema's triggers admit enrolled participants only.
class SqlcipherAttendanceRepository : public AttendanceRepository {
public:
    explicit SqlcipherAttendanceRepository(Database& db) : m_db(db) {}

    void Save(const AttendanceMark& mark) override;
    std::optional<AttendanceMark> Find(Id meetingId, Id clientId) const override;
    std::vector<AttendanceMark> ForMeeting(Id meetingId) const override;
    std::vector<AttendanceMark> ForGroup(Id groupId) const override;
    void SaveCheckin(const GroupCheckin& checkin) override;
    std::vector<GroupCheckin> CheckinsOf(Id meetingId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

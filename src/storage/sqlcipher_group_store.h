#pragma once

#include "core/group_repositories.h"
#include "storage/database.h"
#include "storage/group_attendance_repository.h"
#include "storage/group_enrolment_repository.h"
#include "storage/group_meeting_repository.h"
#include "storage/group_repository.h"

namespace securebase::storage {

// The group repositories over the practice's one connection (keyed and migrated); units of work
// come from the SqlcipherPracticeStore over the same Database.
class SqlcipherGroupStore : public GroupStore {
public:
    explicit SqlcipherGroupStore(Database& db)
        : m_groups(db), m_enrolments(db), m_meetings(db), m_attendance(db) {}

    GroupRepository& Groups() override { return m_groups; }
    EnrolmentRepository& Enrolments() override { return m_enrolments; }
    MeetingRepository& Meetings() override { return m_meetings; }
    AttendanceRepository& Attendance() override { return m_attendance; }

private:
    SqlcipherGroupRepository m_groups;
    SqlcipherEnrolmentRepository m_enrolments;
    SqlcipherMeetingRepository m_meetings;
    SqlcipherAttendanceRepository m_attendance;
};

}  // namespace securebase::storage

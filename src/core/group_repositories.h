#pragma once

// The ports for stored groups, beside the record ports of core/repositories.h. A store implements
// them over the practice's one connection; units of work come from the PracticeStore.

#include <optional>
#include <vector>

#include "core/group.h"
#include "core/group_enrolment.h"
#include "core/group_meeting.h"

namespace securebase {

class GroupRepository {
public:
    virtual ~GroupRepository() = default;
    virtual Id Insert(const Group& group) = 0;
    virtual void Update(const Group& group) = 0;  // NotFound when absent
    virtual std::optional<Group> Find(Id groupId) const = 0;
    virtual std::vector<Group> List() const = 0;  // by first meeting, then id
};

class EnrolmentRepository {
public:
    virtual ~EnrolmentRepository() = default;
    virtual void Insert(const GroupEnrolment& enrolment) = 0;
    virtual void Update(const GroupEnrolment& enrolment) = 0;  // NotFound when absent
    virtual std::optional<GroupEnrolment> Find(Id groupId, Id clientId) const = 0;
    virtual std::vector<GroupEnrolment> ForGroup(Id groupId) const = 0;  // by enrolment date
    virtual std::vector<GroupEnrolment> ForClient(Id clientId) const = 0;
    virtual size_t ActiveCount(Id groupId) const = 0;
};

class MeetingRepository {
public:
    virtual ~MeetingRepository() = default;
    virtual Id Insert(const GroupMeeting& meeting) = 0;
    virtual void Update(const GroupMeeting& meeting) = 0;  // NotFound when absent
    virtual std::optional<GroupMeeting> Find(Id meetingId) const = 0;
    virtual std::vector<GroupMeeting> ForGroup(Id groupId) const = 0;  // by date
};

class AttendanceRepository {
public:
    virtual ~AttendanceRepository() = default;
    // Inserts or replaces the mark of mark.clientId at mark.meetingId.
    virtual void Save(const AttendanceMark& mark) = 0;
    virtual std::optional<AttendanceMark> Find(Id meetingId, Id clientId) const = 0;
    virtual std::vector<AttendanceMark> ForMeeting(Id meetingId) const = 0;
    // Every mark of every meeting of the group: one read for an attendance grid.
    virtual std::vector<AttendanceMark> ForGroup(Id groupId) const = 0;
    virtual void SaveCheckin(const GroupCheckin& checkin) = 0;  // one per participant and meeting
    virtual std::vector<GroupCheckin> CheckinsOf(Id meetingId) const = 0;
};

class GroupStore {
public:
    virtual ~GroupStore() = default;
    virtual GroupRepository& Groups() = 0;
    virtual EnrolmentRepository& Enrolments() = 0;
    virtual MeetingRepository& Meetings() = 0;
    virtual AttendanceRepository& Attendance() = 0;
};

}  // namespace securebase

#include "service/group_homework.h"

#include <algorithm>
#include <tuple>

#include "core/error.h"

namespace securebase::service {
namespace {

using std::chrono::sys_days;

std::string IdText(Id id) { return std::to_string(id); }

// Whether two schedules expect work on some of the same days (an open end runs on forever).
bool Overlap(const Schedule& a, const Schedule& b) {
    const auto endsBefore = [](const Schedule& first, const Schedule& second) {
        const auto last = first.LastDay();
        return last && sys_days{*last} < sys_days{second.start};
    };
    return !endsBefore(a, b) && !endsBefore(b, a);
}

}  // namespace

GroupHomework::GroupHomework(PracticeStore& store, GroupStore& groups, HomeworkStore& homeworkStore,
                             MeetingHomeworkRepository& links, Homework& homework)
    : m_store(store),
      m_groups(groups),
      m_homeworkStore(homeworkStore),
      m_links(links),
      m_homework(homework) {}

std::vector<Assignment> GroupHomework::AssignToPresent(const MeetingHomeworkRequest& request) {
    const GroupMeeting meeting = MeetingOf(request.meetingId);
    const std::vector<AttendanceMark> came = CameTo(meeting);
    if (came.empty())
        throw Error(ErrorCode::Refused, "nobody is marked present or late at meeting " +
                                            IdText(meeting.id) +
                                            "; record the meeting's attendance first");
    m_homework.GetTemplate(request.templateId);
    if (sys_days{request.schedule.start} < sys_days{meeting.heldOn})
        throw Error(ErrorCode::Invalid, "the homework of meeting " + IdText(meeting.id) +
                                            " cannot start before the meeting (" +
                                            FormatDate(meeting.heldOn) +
                                            "); start it on the meeting day or later");
    RefuseOverlaps(came, request);

    std::vector<AssignRequest> requests;
    for (const auto& mark : came)
        requests.push_back(
            {mark.clientId, request.templateId, request.instructions, request.schedule, {}});
    return m_homework.AssignAll(requests, [&](const std::vector<Assignment>& assignments) {
        for (const auto& assignment : assignments) m_links.Link(meeting.id, assignment.id);
        Audit(AuditAction::Update, "group-meeting", meeting.id);
    });
}

std::vector<ParticipantHomework> GroupHomework::OfGroup(Id groupId) {
    if (!m_groups.Groups().Find(groupId))
        throw Error(ErrorCode::NotFound,
                    "no group with id " + IdText(groupId) + "; run `group list` to see the groups");
    std::vector<ParticipantHomework> list;
    for (const auto& link : m_links.ForGroup(groupId))
        list.push_back({link.meetingId, link.meetingDate, link.clientId, CodeOf(link.clientId),
                        m_homework.GetAssignment(link.assignmentId)});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return std::tuple(sys_days{a.meetingDate}, a.code, a.summary.assignment.id) <
               std::tuple(sys_days{b.meetingDate}, b.code, b.summary.assignment.id);
    });
    Audit(AuditAction::Read, "group", groupId);
    return list;
}

GroupMeeting GroupHomework::MeetingOf(Id meetingId) const {
    auto meeting = m_groups.Meetings().Find(meetingId);
    if (!meeting)
        throw Error(ErrorCode::NotFound,
                    "no group meeting with id " + IdText(meetingId) +
                        "; run `group show GROUP` to see the group's meetings");
    return std::move(*meeting);
}

std::vector<AttendanceMark> GroupHomework::CameTo(const GroupMeeting& meeting) const {
    std::vector<AttendanceMark> came = m_groups.Attendance().ForMeeting(meeting.id);
    std::erase_if(came, [](const AttendanceMark& mark) { return !Attended(mark.attendance); });
    return came;
}

void GroupHomework::RefuseOverlaps(const std::vector<AttendanceMark>& came,
                                   const MeetingHomeworkRequest& request) {
    std::string overlapping;
    for (const auto& mark : came)
        for (const auto& assignment : m_homeworkStore.Assignments().ListForClient(mark.clientId))
            if (assignment.templateId == request.templateId &&
                Overlap(assignment.schedule, request.schedule))
                overlapping += (overlapping.empty() ? "" : ", ") + CodeOf(mark.clientId) +
                               " (assignment " + IdText(assignment.id) + ")";
    if (!overlapping.empty())
        throw Error(ErrorCode::Refused, "'" + request.templateId +
                                            "' still runs over these days for " + overlapping +
                                            "; end those assignments first or start this "
                                            "homework after they end");
}

std::string GroupHomework::CodeOf(Id clientId) const {
    const auto client = m_store.Clients().Find(clientId);
    if (!client) throw Error(ErrorCode::NotFound, "no client with id " + IdText(clientId));
    return client->code;
}

void GroupHomework::Audit(AuditAction action, const char* entity, Id id) {
    std::string actor = m_store.Settings().PractitionerName();
    m_store.Audit().Append(
        {kNoId, Now(), actor.empty() ? "practitioner" : std::move(actor), action, entity, id});
}

}  // namespace securebase::service

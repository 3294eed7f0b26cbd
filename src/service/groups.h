#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "assess/scoring.h"
#include "core/assessment_repositories.h"
#include "core/group_repositories.h"
#include "core/repositories.h"
#include "homework/curriculum.h"

namespace securebase::service {

class Assessments;

// Where curricula are read from: the `groups` folder beside each instruments folder, shipped
// forms first, then the clinic's own.
std::vector<std::filesystem::path> CurriculumFolders();

// Someone joining a group with no record yet: support groups often know no more than the name
// they go by. The record can be completed later through Practice.
struct NewParticipant {
    std::string preferredName;
    std::string code;  // empty: a fresh client code is issued
};

struct Participant {
    GroupEnrolment enrolment;
    std::string code;
    std::string displayName;
};

// A group as the facilitator opens it: its roster, meetings and every attendance mark.
struct GroupOverview {
    Group group;
    std::vector<Participant> roster;     // by enrolment date
    std::vector<GroupMeeting> meetings;  // by date
    std::vector<AttendanceMark> attendance;
};

// How often a participant came to the meetings held while they were enrolled.
struct AttendanceRate {
    Id clientId = kNoId;
    std::string code;
    int meetings = 0;  // held between enrolment and leaving
    int attended = 0;  // present or late
    int late = 0;
    int excused = 0;
    int absent = 0;              // marked absent or not marked at all
    std::optional<double> rate;  // attended / meetings; none before the first meeting
};

// The spread of one subscale over the participants who checked in at one meeting.
struct SubscaleSpread {
    std::string subscaleId;
    std::string name;
    int participants = 0;  // with a valid score
    double mean = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
};

struct MeetingCheckins {
    Id meetingId = kNoId;
    Date heldOn{};
    std::string instrumentId;
    std::vector<SubscaleSpread> subscales;  // in instrument order; empty without check-ins
};

// The group use cases. Each public call is one unit of work, audited by record id only; bad
// input (an unknown participant, a meeting outside the group's dates, a rating the scale does not
// offer) is refused before anything is written.
class Groups {
public:
    Groups(PracticeStore& store, GroupStore& groups, AssessmentStore& assessments,
           const Assessments& instruments, std::vector<std::filesystem::path> curriculumFolders);

    Group Create(Group draft);
    void Update(const Group& group);
    std::vector<Group> List();
    // Participants enrolled and not left: a count, so listing groups reads no client record.
    size_t PlacesTaken(Id groupId);
    GroupOverview Show(Id groupId);
    homework::Curriculum CurriculumOf(const Group& group) const;  // NotFound without one
    // Every curriculum a new group can follow, by id; a file that does not load is left out.
    std::vector<homework::Curriculum> Curricula() const;

    GroupEnrolment Enrol(Id groupId, Id clientId, Date on);
    // Admits a client with only a preferred name (and a code) and enrols them, all or nothing.
    Client EnrolNew(Id groupId, const NewParticipant& participant, Date on);
    void Leave(Id groupId, Id clientId, Date on, std::string reason);

    // The date must fall within the group's dates. With a curriculum index and no topic, the
    // topic is the curriculum meeting's title.
    GroupMeeting AddMeeting(GroupMeeting meeting);
    void SetGroupNote(Id meetingId, std::string note);
    // Marks every listed participant at once; each mark has a "group" session in the
    // participant's chart whose attendance follows the mark.
    void RecordAttendance(Id meetingId, const std::vector<std::pair<Id, GroupAttendance>>& marks);
    // The participant's own note of the meeting: the progress note of their group session.
    ProgressNote SaveParticipantNote(Id meetingId, Id clientId, std::string text);
    // One completed administration of instrumentId per participant, all or nothing.
    void RecordCheckins(Id meetingId, const std::string& instrumentId,
                        const std::map<Id, assess::Answers>& answers);

    // Who already checked in at the meeting, so a grid can show them instead of offering a
    // second check-in the service would refuse.
    std::vector<GroupCheckin> CheckinsOf(Id meetingId);

    std::vector<AttendanceRate> AttendanceRates(Id groupId);
    std::vector<MeetingCheckins> CheckinSummary(Id groupId);

private:
    Group RequireGroup(Id groupId);
    GroupMeeting RequireMeeting(Id meetingId);
    // The participant's enrolment, which must cover the meeting's date.
    GroupEnrolment RequireParticipant(const Group& group, Id clientId, Date on);
    void RequireRoom(const Group& group);
    void ValidateGroup(const Group& group) const;
    std::string Actor();
    void Audit(AuditAction action, const char* entity, Id id);

    PracticeStore& m_store;
    GroupStore& m_groups;
    AssessmentStore& m_assessments;
    const Assessments& m_instruments;
    std::vector<std::filesystem::path> m_curriculumFolders;
};

}  // namespace securebase::service

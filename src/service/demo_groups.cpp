#include "service/demo_groups.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <string_view>

#include "service/group_homework.h"
#include "service/groups.h"
#include "service/homework.h"
#include "service/practice.h"

namespace securebase::service {
namespace {

using namespace std::chrono;

constexpr const char* kCheckIn = "weekly_secure_base_checkin";
constexpr std::array<const char*, 6> kItems{"safety",     "trust",   "reassurance",
                                            "withdrawal", "calming", "needs"};
constexpr std::array<const char*, 4> kCircleTopics{
    "Opening round: what brings each of us here", "Noticing the urge to pull away",
    "Asking for reassurance without losing yourself", "Small steps of trust this month"};
constexpr std::array<const char*, 4> kParticipantNotes{
    "Shared a recent trigger and named the body signal that came first.",
    "Quiet at first; joined the pairs exercise and tried one \"I\" statement.",
    "Described using the breathing exercise before replying to a message.",
    "Said the group helps them feel less alone with the pattern."};

// The course's third meeting ("Calming the alarm") hands out the curriculum's coping toolkit, which
// the individual demo homework never assigns: nobody already works on it.
constexpr int kHomeworkMeeting = 2;
constexpr const char* kMeetingHomework = "coping_toolkit";
constexpr int kHomeworkDays = 7;
constexpr std::array<const char*, 6> kStrategies{"grounding", "breathing",    "affirmation",
                                                 "movement",  "reaching_out", "writing"};

// The latest date on `day` that is at least `weeks` whole weeks before `today`.
Date WeeksBefore(Date today, weekday day, int weeks) {
    sys_days start = sys_days{today} - std::chrono::weeks{weeks};
    while (weekday{start} != day) start -= days{1};
    return start;
}

class DemoGroupLoader {
public:
    DemoGroupLoader(Practice& practice, Groups& groups, GroupHomework* groupHomework,
                    Homework* homework, const DemoOptions& options)
        : m_practice(practice),
          m_groups(groups),
          m_groupHomework(groupHomework),
          m_homework(homework),
          m_options(options),
          m_rng(options.seed ^ 0x6a7b) {}

    DemoGroupSummary Load() {
        ClientListQuery query;
        query.status = ClientStatus::Active;
        query.limit = 12;
        const auto active = m_practice.ListClients(query);
        const size_t half = std::min<size_t>(6, active.size());
        const std::vector<ClientSummary> course(active.begin(), active.begin() + half);
        const std::vector<ClientSummary> circle(active.begin() + half, active.end());

        Group secure;
        secure.name = "Moving toward secure attachment (Tuesday course)";
        secure.kind = GroupKind::Psychoeducation;
        secure.facilitators = {m_practice.Settings().practitionerName};
        secure.weekday = Tuesday;
        secure.startTime = hours{18};
        secure.startsOn = WeeksBefore(m_options.today, Tuesday, 6);
        secure.meetingCount = 8;
        secure.capacity = 8;
        secure.location = "Group room";
        secure.curriculumId = "moving_toward_secure_attachment";
        secure.status = GroupStatus::Running;
        Run(secure, course, {"Linnet", "Sorrel"}, 6, true);

        Group open;
        open.name = "Wednesday support circle";
        open.kind = GroupKind::Support;
        open.facilitators = secure.facilitators;
        open.weekday = Wednesday;
        open.startTime = hours{12} + minutes{30};
        open.duration = minutes{75};
        open.startsOn = WeeksBefore(m_options.today, Wednesday, 4);
        open.endsOn = sys_days{open.startsOn} + weeks{12};
        open.capacity = 10;
        open.location = "https://video.example.org/circle";
        open.status = GroupStatus::Running;
        Run(open, circle, {"Wren"}, 4, false);
        // Last, so the draws above stay what they were before the demo had meeting homework.
        const auto& [meeting, attended] = m_courseMeetings.at(kHomeworkMeeting);
        if (m_groupHomework && m_homework && attended > 0) HandOutHomework(meeting);
        return m_summary;
    }

private:
    // Drawn from the demo's seed rather than left to Practice (which draws at random), so the
    // same seed gives the same practice.
    std::string NewcomerCode() {
        constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1);
        std::string code = "SB-";
        for (int i = 0; i < 6; ++i) code += kAlphabet[pick(m_rng)];
        return code;
    }

    void Run(Group group, const std::vector<ClientSummary>& clients,
             const std::vector<const char*>& newcomers, int meetings, bool curriculum) {
        group = m_groups.Create(group);
        ++m_summary.groups;
        const Date joined = sys_days{group.startsOn} - days{7};
        std::vector<Id> participants;
        for (const auto& client : clients) {
            m_groups.Enrol(group.id, client.id, joined);
            participants.push_back(client.id);
        }
        for (const char* name : newcomers)
            participants.push_back(m_groups.EnrolNew(group.id, {name, NewcomerCode()}, joined).id);
        m_summary.participants += participants.size();
        for (int week = 0; week < meetings; ++week) {
            GroupMeeting meeting;
            meeting.groupId = group.id;
            meeting.heldOn = sys_days{group.startsOn} + weeks{week};
            if (curriculum)
                meeting.curriculumIndex = week;
            else
                meeting.topic = kCircleTopics[static_cast<size_t>(week) % kCircleTopics.size()];
            meeting.groupNote = "Attendance and themes recorded; see the participants' notes.";
            meeting = m_groups.AddMeeting(meeting);
            ++m_summary.meetings;
            const size_t attended = Attend(meeting.id, participants, week);
            if (curriculum) m_courseMeetings.emplace_back(meeting, attended);
        }
    }

    // Returns how many came.
    size_t Attend(Id meetingId, const std::vector<Id>& participants, int week) {
        std::vector<std::pair<Id, GroupAttendance>> marks;
        std::map<Id, assess::Answers> checkins;
        for (Id clientId : participants) {
            const auto roll = m_rng() % 100;
            const GroupAttendance mark = roll < 70   ? GroupAttendance::Present
                                         : roll < 80 ? GroupAttendance::Late
                                         : roll < 92 ? GroupAttendance::Excused
                                                     : GroupAttendance::Absent;
            marks.emplace_back(clientId, mark);
            if (Attended(mark)) checkins[clientId] = Ratings(week);
        }
        m_groups.RecordAttendance(meetingId, marks);
        m_groups.RecordCheckins(meetingId, kCheckIn, checkins);
        m_summary.checkins += checkins.size();
        for (const auto& [clientId, mark] : marks)
            if (Attended(mark) && m_rng() % 3 == 0)
                m_groups.SaveParticipantNote(meetingId, clientId,
                                             kParticipantNotes[m_rng() % kParticipantNotes.size()]);
        return checkins.size();
    }

    void HandOutHomework(const GroupMeeting& meeting) {
        MeetingHomeworkRequest request;
        request.meetingId = meeting.id;
        request.templateId = kMeetingHomework;
        request.instructions = "Try one of the settling exercises from tonight each day.";
        request.schedule.start = meeting.heldOn;
        request.schedule.due = sys_days{meeting.heldOn} + days{kHomeworkDays - 1};
        request.schedule.recurrence.kind = RecurrenceKind::Daily;
        for (const auto& assignment : m_groupHomework->AssignToPresent(request)) {
            ++m_summary.homeworkAssignments;
            const auto diligence = 30 + m_rng() % 70;
            for (int day = 0; day < kHomeworkDays; ++day)
                if (m_rng() % 100 < diligence) {
                    m_homework->AddEntry(assignment.id, sys_days{meeting.heldOn} + days{day},
                                         ToolkitEntry(day), "");
                    ++m_summary.homeworkEntries;
                }
        }
    }

    // Distress eases a little over the week as the practice takes hold, with noise.
    EntryValues ToolkitEntry(int day) {
        const std::int64_t before = std::clamp<std::int64_t>(
            7 - day / 3 + static_cast<std::int64_t>(m_rng() % 3) - 1, 0, 10);
        std::vector<std::string> strategies{kStrategies[m_rng() % kStrategies.size()]};
        if (const char* second = kStrategies[m_rng() % kStrategies.size()];
            strategies.front() != second)
            strategies.emplace_back(second);
        return {{"distress_before", before},
                {"strategies", std::move(strategies)},
                {"helpfulness", static_cast<std::int64_t>(4 + m_rng() % 6)},
                {"distress_after",
                 std::max<std::int64_t>(0, before - 1 - static_cast<std::int64_t>(m_rng() % 3))}};
    }

    // Ratings that drift toward security over the weeks, with noise, within 0 to 10.
    assess::Answers Ratings(int week) {
        assess::Answers answers;
        for (const char* item : kItems) {
            const bool lowerIsBetter =
                std::string_view(item) == "reassurance" || std::string_view(item) == "withdrawal";
            const int drift = static_cast<int>(m_rng() % 4) + week / 2 - 1;
            const int value = lowerIsBetter ? 7 - drift : 3 + drift;
            answers[item] = std::clamp(value, 0, 10);
        }
        return answers;
    }

    Practice& m_practice;
    Groups& m_groups;
    GroupHomework* m_groupHomework;  // no meeting homework without it
    Homework* m_homework;
    const DemoOptions& m_options;
    std::mt19937_64 m_rng;
    DemoGroupSummary m_summary;
    std::vector<std::pair<GroupMeeting, size_t>> m_courseMeetings;  // by date, with how many came
};

}  // namespace

DemoGroupSummary LoadDemoGroups(Practice& practice, Groups& groups, const DemoOptions& options) {
    return DemoGroupLoader(practice, groups, nullptr, nullptr, options).Load();
}

DemoGroupSummary LoadDemoGroups(Practice& practice, Groups& groups, GroupHomework& groupHomework,
                                Homework& homework, const DemoOptions& options) {
    return DemoGroupLoader(practice, groups, &groupHomework, &homework, options).Load();
}

}  // namespace securebase::service

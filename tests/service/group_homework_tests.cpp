#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <set>

#include "homework_fixture.h"
#include "service/assessments.h"
#include "service/demo_groups.h"
#include "service/demo_homework.h"
#include "service/group_homework.h"
#include "service/groups.h"
#include "service/instrument_folders.h"
#include "storage/meeting_homework_repository.h"
#include "storage/sqlcipher_assessment_store.h"
#include "storage/sqlcipher_group_store.h"

using namespace securebase;
using namespace std::chrono_literals;
namespace bdata = boost::unit_test::data;
using test::HasCode;

namespace {

// The group and homework use cases over an empty practice (so the demo can fill it), with the
// shipped templates and a fixed "today".
struct GroupHomeworkStores : test::PracticeFixture {
    GroupHomeworkStores()
        : homeworkStore(db),
          homework(*store, homeworkStore, {service::HomeworkFolders().front()},
                   [this] { return today; }),
          assessmentStore(db),
          groupStore(db),
          links(db),
          assessments(*store, assessmentStore, {service::InstrumentFolders().front()}),
          groups(*store, groupStore, assessmentStore, assessments,
                 {service::CurriculumFolders().front()}),
          groupHomework(*store, groupStore, homeworkStore, links, homework) {}

    static Date Day(const char* iso) { return *ParseDate(iso); }

    Date today = Day("2026-12-15");
    storage::SqlcipherHomeworkStore homeworkStore;
    service::Homework homework;
    storage::SqlcipherAssessmentStore assessmentStore;
    storage::SqlcipherGroupStore groupStore;
    storage::SqlcipherMeetingHomeworkRepository links;
    service::Assessments assessments;
    service::Groups groups;
    service::GroupHomework groupHomework;
};

// A running group with five participants marked present, late, excused, absent and not at all
// at its first meeting.
struct GroupHomeworkFixture : GroupHomeworkStores {
    GroupHomeworkFixture() {
        today = Day("2026-09-10");
        Group draft;
        draft.name = "Thursday circle";
        draft.kind = GroupKind::Support;
        draft.weekday = std::chrono::Thursday;
        draft.startTime = 18h;
        draft.startsOn = Day("2026-09-03");
        draft.meetingCount = 8;
        draft.capacity = 8;
        groupId = groups.Create(draft).id;
        present = Enrol("SB-GH0004", "Tamsin");
        late = Enrol("SB-GH0002", "Osric");
        excused = Enrol("SB-GH0003", "Pell");
        absent = Enrol("SB-GH0001", "Ysolde");
        unmarked = Enrol("SB-GH0005", "Corin");
        meetingId = AddMeeting("2026-09-03");
        groups.RecordAttendance(meetingId, {{present, GroupAttendance::Present},
                                            {late, GroupAttendance::Late},
                                            {excused, GroupAttendance::Excused},
                                            {absent, GroupAttendance::Absent}});
    }

    Id Enrol(const char* code, const char* preferredName) {
        Client client;
        client.code = code;
        client.name = {preferredName, "Quayle", ""};
        client.status = ClientStatus::Active;
        const Id id = practice->AdmitClient(client).id;
        groups.Enrol(groupId, id, Day("2026-09-01"));
        return id;
    }

    Id AddMeeting(const char* day) {
        return groups.AddMeeting({kNoId, groupId, Day(day), {}, "Patterns", ""}).id;
    }

    service::MeetingHomeworkRequest Request(Id meeting, const char* start = "2026-09-03") const {
        service::MeetingHomeworkRequest request;
        request.meetingId = meeting;
        request.templateId = "trigger_log";
        request.instructions = "Note one moment each evening.";
        request.schedule.start = Day(start);
        request.schedule.due = Day("2026-09-09");
        request.schedule.recurrence.kind = RecurrenceKind::Daily;
        return request;
    }

    // Every row the use case writes, to show that a refusal wrote none of them.
    std::int64_t Written() {
        return Count("homework_assignments") + Count("group_meeting_homework") + Count("audit_log");
    }

    static std::set<Id> ClientsOf(const std::vector<Assignment>& assignments) {
        std::set<Id> clients;
        for (const auto& assignment : assignments) clients.insert(assignment.clientId);
        return clients;
    }

    Id groupId = kNoId;
    Id present = kNoId;
    Id late = kNoId;
    Id excused = kNoId;
    Id absent = kNoId;
    Id unmarked = kNoId;
    Id meetingId = kNoId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(group_homework, GroupHomeworkFixture)

BOOST_AUTO_TEST_CASE(everyone_present_or_late_gets_the_homework_and_nobody_else) {
    const auto made = groupHomework.AssignToPresent(Request(meetingId));

    BOOST_TEST((ClientsOf(made) == std::set<Id>{present, late}));
    for (const auto& assignment : made) {
        BOOST_TEST(assignment.templateId == "trigger_log");
        BOOST_TEST(assignment.instructions == "Note one moment each evening.");
        BOOST_TEST((assignment.schedule.start == Day("2026-09-03")));
        BOOST_TEST(homework.Assignments(assignment.clientId).size() == 1u);
    }
    for (Id client : {excused, absent, unmarked}) BOOST_TEST(homework.Assignments(client).empty());
    BOOST_TEST(Count("group_meeting_homework") == 2);
}

BOOST_AUTO_TEST_CASE(each_assignment_and_the_meeting_are_audited_by_id_only) {
    NamePractitioner();
    const auto made = groupHomework.AssignToPresent(Request(meetingId));

    const auto trail = practice->AuditTrail(3);
    BOOST_TEST(trail[0].entity == "group-meeting");
    BOOST_TEST(trail[0].entityId == meetingId);
    BOOST_TEST((trail[0].action == AuditAction::Update));
    std::set<Id> audited;
    for (size_t i = 1; i < trail.size(); ++i) {
        BOOST_TEST(trail[i].entity == "assignment");
        BOOST_TEST((trail[i].action == AuditAction::Create));
        audited.insert(trail[i].entityId);
    }
    BOOST_TEST((audited == std::set<Id>{made[0].id, made[1].id}));
    const std::string audit = AuditTableText();
    for (const char* name : {"Tamsin", "Osric", "Quayle", "SB-GH0004"})
        BOOST_TEST(audit.find(name) == std::string::npos);
}

struct BadRequest {
    const char* what;
    ErrorCode code;
    std::function<void(service::MeetingHomeworkRequest&, GroupHomeworkFixture&)> spoil;
};

std::ostream& operator<<(std::ostream& out, const BadRequest& bad) { return out << bad.what; }

const BadRequest kBadRequests[] = {
    {"an unknown meeting", ErrorCode::NotFound,
     [](auto& request, auto&) { request.meetingId = 999; }},
    {"a meeting nobody came to", ErrorCode::Refused,
     [](auto& request, auto& fixture) {
         request.meetingId = fixture.AddMeeting("2026-09-10");
         request.schedule.start = fixture.Day("2026-09-10");
         request.schedule.due.reset();
     }},
    {"an unknown template", ErrorCode::NotFound,
     [](auto& request, auto&) { request.templateId = "no_such_homework"; }},
    {"a one-off without a due date", ErrorCode::Invalid,
     [](auto& request, auto&) {
         request.schedule.recurrence.kind = RecurrenceKind::Once;
         request.schedule.due.reset();
     }},
    {"a due date before the start", ErrorCode::Invalid,
     [](auto& request, auto& fixture) { request.schedule.due = fixture.Day("2026-09-01"); }},
    {"a start before the meeting", ErrorCode::Invalid,
     [](auto& request, auto& fixture) { request.schedule.start = fixture.Day("2026-09-02"); }},
};

BOOST_DATA_TEST_CASE_F(GroupHomeworkFixture, a_bad_request_is_refused_and_writes_nothing,
                       bdata::make(kBadRequests), bad) {
    service::MeetingHomeworkRequest request = Request(meetingId);
    bad.spoil(request, *this);
    const std::int64_t before = Written();
    BOOST_CHECK_EXCEPTION(groupHomework.AssignToPresent(request), Error,
                          [&](const Error& error) { return HasCode(error, bad.code); });
    BOOST_TEST(Written() == before);
}

BOOST_AUTO_TEST_CASE(homework_already_running_for_a_participant_is_refused_naming_their_code) {
    service::AssignRequest own;
    own.clientId = late;
    own.templateId = "trigger_log";
    own.schedule.start = Day("2026-09-01");
    own.schedule.recurrence.kind = RecurrenceKind::Daily;
    const Id running = homework.Assign(own).id;
    const std::int64_t before = Written();

    try {
        groupHomework.AssignToPresent(Request(meetingId));
        BOOST_FAIL("the overlapping homework was assigned");
    } catch (const Error& error) {
        BOOST_TEST(HasCode(error, ErrorCode::Refused));
        const std::string message = error.what();
        BOOST_TEST(message.find("SB-GH0002 (assignment " + std::to_string(running) + ")") !=
                   std::string::npos);
        BOOST_TEST(message.find("SB-GH0004") == std::string::npos);
        BOOST_TEST(message.find("Osric") == std::string::npos);
    }
    BOOST_TEST(Written() == before);
}

BOOST_AUTO_TEST_CASE(the_same_homework_is_refused_twice_but_assigned_again_once_the_first_ends) {
    groupHomework.AssignToPresent(Request(meetingId));
    BOOST_CHECK_EXCEPTION(groupHomework.AssignToPresent(Request(meetingId)), Error,
                          [](const Error& error) { return HasCode(error, ErrorCode::Refused); });
    const Id nextMeeting = AddMeeting("2026-09-10");
    groups.RecordAttendance(nextMeeting, {{present, GroupAttendance::Present}});

    auto request = Request(nextMeeting, "2026-09-10");
    request.schedule.due = Day("2026-09-16");
    const auto made = groupHomework.AssignToPresent(request);
    BOOST_TEST((ClientsOf(made) == std::set<Id>{present}));
}

BOOST_AUTO_TEST_CASE(homework_of_the_same_template_planned_for_later_days_does_not_block) {
    service::AssignRequest later;
    later.clientId = present;
    later.templateId = "trigger_log";
    later.schedule.start = Day("2026-09-20");
    later.schedule.recurrence.kind = RecurrenceKind::Daily;
    homework.Assign(later);

    const auto made = groupHomework.AssignToPresent(Request(meetingId));
    BOOST_TEST((ClientsOf(made) == std::set<Id>{present, late}));
}

BOOST_AUTO_TEST_CASE(a_failure_inside_the_unit_of_work_leaves_no_assignment_behind) {
    service::AssignRequest good;
    good.clientId = present;
    good.templateId = "trigger_log";
    good.schedule.start = Day("2026-09-03");
    service::AssignRequest unknownClient = good;
    unknownClient.clientId = 999;
    const std::int64_t before = Written();

    BOOST_CHECK_EXCEPTION(homework.AssignAll({good, unknownClient}), Error,
                          [](const Error& error) { return HasCode(error, ErrorCode::NotFound); });
    BOOST_CHECK_THROW(
        homework.AssignAll({good}, [](const auto&) { throw Error(ErrorCode::Io, "x"); }), Error);
    BOOST_TEST(Written() == before);
}

BOOST_AUTO_TEST_CASE(the_groups_homework_lists_by_meeting_date_then_code_with_adherence) {
    const Id secondMeeting = AddMeeting("2026-09-10");
    groups.RecordAttendance(secondMeeting, {{absent, GroupAttendance::Present}});
    auto later = Request(secondMeeting, "2026-09-10");
    later.templateId = "reflective_journal";
    later.schedule.due = Day("2026-09-16");
    groupHomework.AssignToPresent(later);
    const auto first = groupHomework.AssignToPresent(Request(meetingId));
    const Id tamsins = first[0].clientId == present ? first[0].id : first[1].id;
    homework.AddEntry(tamsins, Day("2026-09-04"), test::HomeworkFixture::TriggerEntry(6), "");
    homework.AddEntry(tamsins, Day("2026-09-05"), test::HomeworkFixture::TriggerEntry(4), "");

    const auto list = groupHomework.OfGroup(groupId);
    BOOST_REQUIRE(list.size() == 3u);
    BOOST_TEST(list[0].code == "SB-GH0002");
    BOOST_TEST(list[1].code == "SB-GH0004");
    BOOST_TEST(list[2].code == "SB-GH0001");
    BOOST_TEST(list[0].meetingId == meetingId);
    BOOST_TEST((list[0].meetingDate == Day("2026-09-03")));
    BOOST_TEST(list[2].meetingId == secondMeeting);
    BOOST_TEST(list[2].summary.homeworkTemplate.id == "reflective_journal");
    BOOST_TEST(list[1].clientId == present);
    BOOST_TEST(list[1].summary.entries == 2u);
    BOOST_TEST(list[0].summary.entries == 0u);
    BOOST_TEST(list[1].summary.adherence.expected == 7u);
    BOOST_TEST(list[1].summary.adherence.completed == 2u);
}

BOOST_AUTO_TEST_CASE(the_homework_of_an_unknown_group_is_not_found) {
    BOOST_CHECK_EXCEPTION(groupHomework.OfGroup(groupId + 1), Error,
                          [](const Error& error) { return HasCode(error, ErrorCode::NotFound); });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(group_homework_demo, GroupHomeworkStores)

BOOST_AUTO_TEST_CASE(the_demo_course_hands_out_one_meetings_homework_the_same_for_the_same_seed) {
    service::DemoOptions options;
    options.clients = 30;
    options.seed = 7;
    options.today = today;
    service::LoadDemoPractice(*practice, options);
    service::LoadDemoHomework(*practice, homework, options);
    const auto summary =
        service::LoadDemoGroups(*practice, groups, groupHomework, homework, options);

    BOOST_TEST(summary.homeworkAssignments > 0u);
    BOOST_TEST(summary.homeworkEntries > 0u);
    const auto all = groups.List();
    BOOST_REQUIRE(all.size() == 2u);
    const auto course = groupHomework.OfGroup(all[0].id);
    BOOST_REQUIRE(course.size() == summary.homeworkAssignments);
    size_t entries = 0;
    for (const auto& item : course) {
        BOOST_TEST(item.meetingId == course.front().meetingId);
        const auto mark = groupStore.Attendance().Find(item.meetingId, item.clientId);
        BOOST_TEST((mark && Attended(mark->attendance)));
        BOOST_TEST(item.summary.adherence.completed == item.summary.entries);
        entries += item.summary.entries;
    }
    BOOST_TEST(entries == summary.homeworkEntries);
    BOOST_TEST(groupHomework.OfGroup(all[1].id).empty());

    GroupHomeworkStores again;
    again.today = today;
    service::LoadDemoPractice(*again.practice, options);
    service::LoadDemoHomework(*again.practice, again.homework, options);
    const auto repeated = service::LoadDemoGroups(*again.practice, again.groups,
                                                  again.groupHomework, again.homework, options);
    BOOST_TEST(repeated.homeworkAssignments == summary.homeworkAssignments);
    BOOST_TEST(repeated.homeworkEntries == summary.homeworkEntries);
}

BOOST_AUTO_TEST_SUITE_END()

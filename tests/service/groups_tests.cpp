#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "core/error.h"
#include "homework/curriculum_loader.h"
#include "practice_fixture.h"
#include "service/assessments.h"
#include "service/demo_groups.h"
#include "service/groups.h"
#include "service/instrument_folders.h"
#include "storage/sqlcipher_assessment_store.h"
#include "storage/sqlcipher_group_store.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace std::chrono_literals;
namespace bdata = boost::unit_test::data;

namespace {

constexpr const char* kCheckIn = "weekly_secure_base_checkin";
constexpr const char* kCurriculum = "moving_toward_secure_attachment";
constexpr const char* kGroupNote = "The circle talked about Wrenna's move and her sister";

Date Day(const char* iso) { return *ParseDate(iso); }

struct GroupsFixture : test::PracticeFixture {
    GroupsFixture()
        : assessmentStore(db),
          groupStore(db),
          assessments(*store, assessmentStore, {service::InstrumentFolders().front()}),
          groups(*store, groupStore, assessmentStore, assessments,
                 {service::CurriculumFolders().front(), temp / "groups"}) {
        std::filesystem::create_directories(temp / "groups");
    }

    static Group Draft(int capacity = 3) {
        Group group;
        group.name = "Thursday circle";
        group.kind = GroupKind::Psychoeducation;
        group.facilitators = {"Dr Aurelio Stanwick"};
        group.weekday = std::chrono::Thursday;
        group.startTime = 18h + 30min;
        group.startsOn = Day("2026-09-03");
        group.meetingCount = 8;
        group.capacity = capacity;
        group.curriculumId = kCurriculum;
        return group;
    }

    Id Admit(const char* given, const char* family) {
        Client client;
        client.name = {given, family, ""};
        client.status = ClientStatus::Active;
        return practice->AdmitClient(client).id;
    }

    static assess::Answers CheckIn(int value) {
        assess::Answers answers;
        for (const char* item :
             {"safety", "trust", "reassurance", "withdrawal", "calming", "needs"})
            answers[item] = value;
        return answers;
    }

    // Every row the group use cases write, to show that a refusal wrote none of them.
    std::int64_t GroupRows() {
        return Count("practice_groups") + Count("group_enrolments") + Count("group_meetings") +
               Count("group_attendance") + Count("group_checkins") + Count("sessions") +
               Count("administrations") + Count("clients") + Count("progress_notes");
    }

    test::TempDir temp;
    storage::SqlcipherAssessmentStore assessmentStore;
    storage::SqlcipherGroupStore groupStore;
    service::Assessments assessments;
    service::Groups groups;
};

bool HasCode(const Error& error, ErrorCode code) { return error.Code() == code; }

// A group of three with Wrenna, Osric and Pell enrolled and one meeting on its first day.
struct RunningGroup : GroupsFixture {
    RunningGroup() {
        groupId = groups.Create(Draft()).id;
        wrenna = Admit("Wrenna", "Holloway");
        osric = Admit("Osric", "Tamberlane");
        pell = Admit("Pell", "Underwood");
        for (Id client : {wrenna, osric, pell}) groups.Enrol(groupId, client, Day("2026-09-01"));
        meetingId = groups.AddMeeting({kNoId, groupId, Day("2026-09-03"), 0, "", kGroupNote}).id;
    }

    Id groupId = kNoId;
    Id wrenna = kNoId;
    Id osric = kNoId;
    Id pell = kNoId;
    Id meetingId = kNoId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(groups_enrolment, GroupsFixture)

BOOST_AUTO_TEST_CASE(a_created_group_lists_with_its_curriculum_and_schedule) {
    const Group created = groups.Create(Draft());
    const auto list = groups.List();
    BOOST_REQUIRE(list.size() == 1u);
    BOOST_TEST(list[0].id == created.id);
    BOOST_TEST(list[0].curriculumId == kCurriculum);
    BOOST_TEST(groups.CurriculumOf(list[0]).meetings.size() == 8u);
    BOOST_TEST(LastAudit().entity == "group");
}

BOOST_AUTO_TEST_CASE(a_full_group_and_a_double_enrolment_are_refused_and_change_nothing) {
    const Id groupId = groups.Create(Draft(2)).id;
    const Id first = Admit("Ilse", "Marchbank");
    const Id second = Admit("Corvin", "Ashdown");
    const Id third = Admit("Maelis", "Stroud");
    groups.Enrol(groupId, first, Day("2026-09-01"));
    const auto rows = GroupRows();
    BOOST_CHECK_EXCEPTION(groups.Enrol(groupId, first, Day("2026-09-02")), Error, [](auto& e) {
        return HasCode(e, ErrorCode::Refused) &&
               std::string(e.what()).find("already enrolled") != std::string::npos;
    });
    groups.Enrol(groupId, second, Day("2026-09-01"));
    BOOST_CHECK_EXCEPTION(groups.Enrol(groupId, third, Day("2026-09-02")), Error, [](auto& e) {
        return HasCode(e, ErrorCode::Refused) &&
               std::string(e.what()).find("is full (2 places)") != std::string::npos;
    });
    BOOST_TEST(GroupRows() == rows + 1);
}

BOOST_AUTO_TEST_CASE(a_participant_who_leaves_frees_a_place_and_cannot_leave_before_joining) {
    const Id groupId = groups.Create(Draft(1)).id;
    const Id first = Admit("Ilse", "Marchbank");
    const Id second = Admit("Corvin", "Ashdown");
    groups.Enrol(groupId, first, Day("2026-09-01"));
    BOOST_CHECK_THROW(groups.Leave(groupId, first, Day("2026-08-01"), "moved"), Error);
    BOOST_CHECK_THROW(groups.Leave(groupId, first, Day("2026-09-10"), "  "), Error);
    BOOST_TEST(groups.PlacesTaken(groupId) == 1u);
    groups.Leave(groupId, first, Day("2026-09-10"), "moved to another city");
    groups.Enrol(groupId, second, Day("2026-09-11"));
    BOOST_TEST(groups.PlacesTaken(groupId) == 1u);
    BOOST_CHECK_THROW(groups.Leave(groupId, first, Day("2026-09-12"), "again"), Error);
}

BOOST_AUTO_TEST_CASE(someone_new_is_enrolled_with_only_the_name_they_go_by_and_a_code) {
    const Id groupId = groups.Create(Draft()).id;
    const Client client = groups.EnrolNew(groupId, {"Sparrow", "SB-GRPNEW"}, Day("2026-09-01"));
    BOOST_TEST(client.code == "SB-GRPNEW");
    const Client stored = practice->GetClient(client.id);
    BOOST_TEST(stored.name.preferred == "Sparrow");
    BOOST_TEST(stored.name.family.empty());
    BOOST_TEST(groupStore.Enrolments().Find(groupId, client.id).has_value());
    const Client fresh = groups.EnrolNew(groupId, {"Kestrel", ""}, Day("2026-09-01"));
    BOOST_TEST(fresh.code.rfind("SB-", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(a_new_participant_with_no_name_or_a_used_code_is_refused_untouched) {
    const Id groupId = groups.Create(Draft()).id;
    groups.EnrolNew(groupId, {"Sparrow", "SB-GRPNEW"}, Day("2026-09-01"));
    const auto rows = GroupRows();
    BOOST_CHECK_THROW(groups.EnrolNew(groupId, {" ", "SB-OTHER1"}, Day("2026-09-01")), Error);
    BOOST_CHECK_THROW(groups.EnrolNew(groupId, {"Finch", "SB-GRPNEW"}, Day("2026-09-01")), Error);
    BOOST_TEST(GroupRows() == rows);
}

BOOST_AUTO_TEST_CASE(a_group_needs_a_name_and_either_a_meeting_count_or_an_end_date) {
    Group both = Draft();
    both.endsOn = Day("2026-12-01");
    Group unnamed = Draft();
    unnamed.name = " ";
    Group shortForCurriculum = Draft();
    shortForCurriculum.meetingCount = 4;
    for (const Group& bad : {both, unnamed, shortForCurriculum})
        BOOST_CHECK_EXCEPTION(groups.Create(bad), Error,
                              [](auto& e) { return HasCode(e, ErrorCode::Invalid); });
    BOOST_TEST(GroupRows() == 0);
}

BOOST_AUTO_TEST_CASE(a_malformed_curriculum_file_is_named_with_its_field_and_nothing_is_made) {
    std::ofstream(temp / "groups" / "half_done.json")
        << R"({"format": 1, "id": "half_done", "version": "1", "title": "Half done",
              "meetings": [{"title": "One", "outline": "x"}, {"title": "Two"}]})";
    Group group = Draft();
    group.curriculumId = "half_done";
    BOOST_CHECK_EXCEPTION(groups.Create(group), Error, [](auto& e) {
        const std::string message = e.what();
        return HasCode(e, ErrorCode::Invalid) &&
               message.find("half_done.json") != std::string::npos &&
               message.find("meetings[1].outline") != std::string::npos;
    });
    group.curriculumId = "nowhere_to_be_found";
    BOOST_CHECK_EXCEPTION(groups.Create(group), Error,
                          [](auto& e) { return HasCode(e, ErrorCode::NotFound); });
    BOOST_TEST(GroupRows() == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(group_curriculum)

BOOST_AUTO_TEST_CASE(the_shipped_curriculum_has_eight_meetings_whose_homework_templates_exist) {
    const auto curriculum =
        homework::FindCurriculum({service::CurriculumFolders().front()}, kCurriculum);
    BOOST_REQUIRE(curriculum.meetings.size() == 8u);
    BOOST_TEST(curriculum.meetings.front().title == "Knowing your pattern");
    const auto homeworkFolder = service::CurriculumFolders().front().parent_path() / "homework";
    for (const auto& meeting : curriculum.meetings) {
        BOOST_TEST(!meeting.outline.empty());
        if (meeting.homeworkTemplateId)
            BOOST_TEST(
                std::filesystem::exists(homeworkFolder / (*meeting.homeworkTemplateId + ".json")),
                *meeting.homeworkTemplateId);
    }
}

struct MalformedCase {
    const char* text;
    const char* path;  // the field the error must name
};
std::ostream& operator<<(std::ostream& out, const MalformedCase& c) { return out << c.path; }
const MalformedCase kMalformed[] = {
    {R"({"format": 2, "id": "a", "version": "1", "title": "T",
         "meetings": [{"title": "M", "outline": "O"}]})",
     "format"},
    {R"({"format": 1, "id": "a b", "version": "1", "title": "T",
         "meetings": [{"title": "M", "outline": "O"}]})",
     "id"},
    {R"({"format": 1, "id": "a", "version": "1", "title": "T", "meetings": []})", "meetings"},
    {R"({"format": 1, "id": "a", "version": "1", "title": "T",
         "meetings": [{"title": "M", "outline": "O", "homwork": "x"}]})",
     "meetings[0].homwork"},
    {R"({"format": 1, "id": "a", "version": "1", "title": "T",
         "meetings": [{"title": 3, "outline": "O"}]})",
     "meetings[0].title"},
    {R"({"format": 1, "id": "a", "version": "1", "title": "T", "meetings": [)", "not valid JSON"},
};

BOOST_DATA_TEST_CASE(a_malformed_curriculum_is_refused_naming_its_origin_and_field,
                     bdata::make(kMalformed), c) {
    BOOST_CHECK_EXCEPTION(homework::ParseCurriculum(c.text, "clinic.json"), Error, [&](auto& e) {
        const std::string message = e.what();
        return HasCode(e, ErrorCode::Invalid) && message.rfind("clinic.json: ", 0) == 0u &&
               message.find(c.path) != std::string::npos;
    });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(group_meetings, RunningGroup)

BOOST_AUTO_TEST_CASE(a_curriculum_meeting_takes_its_title_as_the_topic) {
    const auto overview = groups.Show(groupId);
    BOOST_REQUIRE(overview.meetings.size() == 1u);
    BOOST_TEST(overview.meetings[0].topic == "Knowing your pattern");
    BOOST_TEST(overview.roster.size() == 3u);
}

struct OutsideCase {
    const char* day;
    std::optional<int> curriculumIndex;
    ErrorCode code;
};
std::ostream& operator<<(std::ostream& out, const OutsideCase& c) { return out << c.day; }
const OutsideCase kOutside[] = {
    {"2026-09-02", {}, ErrorCode::Invalid},  // before the first meeting
    {"2026-10-23", {}, ErrorCode::Invalid},  // after the eighth week
    {"2026-09-03", {}, ErrorCode::Refused},  // a second meeting on one day
    {"2026-09-10", 8, ErrorCode::Invalid},   // past the curriculum's last meeting
};

BOOST_DATA_TEST_CASE_F(RunningGroup, a_meeting_outside_the_group_or_its_curriculum_is_refused,
                       bdata::make(kOutside), c) {
    const auto rows = GroupRows();
    BOOST_CHECK_EXCEPTION(
        groups.AddMeeting({kNoId, groupId, Day(c.day), c.curriculumIndex, "Free topic", ""}), Error,
        [&](auto& e) { return HasCode(e, c.code); });
    BOOST_TEST(GroupRows() == rows);
}

BOOST_AUTO_TEST_CASE(attendance_gives_each_participant_a_group_session_that_follows_the_mark) {
    groups.RecordAttendance(meetingId, {{wrenna, GroupAttendance::Present},
                                        {osric, GroupAttendance::Excused},
                                        {pell, GroupAttendance::Absent}});
    groups.RecordAttendance(meetingId, {{pell, GroupAttendance::Late}});
    BOOST_TEST(Count("sessions") == 3);
    const auto sessions = practice->SessionsOf(pell);
    BOOST_REQUIRE(sessions.size() == 1u);
    BOOST_TEST((sessions[0].kind == SessionKind::Group));
    BOOST_TEST((sessions[0].attendance == Attendance::Attended));
    BOOST_TEST(FormatLocalDateTime(sessions[0].start) == "2026-09-03 18:30");
    BOOST_TEST((practice->SessionsOf(osric).at(0).attendance == Attendance::Cancelled));
}

BOOST_AUTO_TEST_CASE(attendance_for_someone_not_in_the_group_is_refused_and_marks_no_one) {
    const Id stranger = Admit("Thessaly", "Crane");
    const auto rows = GroupRows();
    BOOST_CHECK_EXCEPTION(
        groups.RecordAttendance(
            meetingId, {{wrenna, GroupAttendance::Present}, {stranger, GroupAttendance::Present}}),
        Error, [](auto& e) { return HasCode(e, ErrorCode::NotFound); });
    BOOST_CHECK_EXCEPTION(groups.RecordAttendance(987654, {{wrenna, GroupAttendance::Present}}),
                          Error, [](auto& e) { return HasCode(e, ErrorCode::NotFound); });
    BOOST_TEST(GroupRows() == rows);
}

BOOST_AUTO_TEST_CASE(attendance_rates_count_only_meetings_held_while_enrolled) {
    const Id second = groups.AddMeeting({kNoId, groupId, Day("2026-09-10"), 1, "", ""}).id;
    const Id third = groups.AddMeeting({kNoId, groupId, Day("2026-09-17"), 2, "", ""}).id;
    const Id fourth = groups.AddMeeting({kNoId, groupId, Day("2026-09-24"), 3, "", ""}).id;
    groups.Leave(groupId, pell, Day("2026-09-12"), "started individual work instead");
    groups.RecordAttendance(meetingId, {{wrenna, GroupAttendance::Present},
                                        {osric, GroupAttendance::Late},
                                        {pell, GroupAttendance::Present}});
    groups.RecordAttendance(second, {{wrenna, GroupAttendance::Present},
                                     {osric, GroupAttendance::Excused},
                                     {pell, GroupAttendance::Absent}});
    groups.RecordAttendance(third, {{wrenna, GroupAttendance::Late}});
    groups.RecordAttendance(fourth,
                            {{wrenna, GroupAttendance::Absent}, {osric, GroupAttendance::Present}});
    std::map<Id, service::AttendanceRate> rates;
    for (const auto& rate : groups.AttendanceRates(groupId)) rates[rate.clientId] = rate;
    BOOST_TEST(rates[wrenna].meetings == 4);
    BOOST_TEST(rates[wrenna].attended == 3);
    BOOST_TEST(rates[wrenna].late == 1);
    BOOST_TEST(*rates[wrenna].rate == 0.75);
    BOOST_TEST(rates[osric].attended == 2);
    BOOST_TEST(rates[osric].excused == 1);
    BOOST_TEST(rates[osric].absent == 1);  // not marked at the third meeting
    BOOST_TEST(*rates[osric].rate == 0.5);
    BOOST_TEST(rates[pell].meetings == 2);  // left before the third
    BOOST_TEST(*rates[pell].rate == 0.5);
}

BOOST_AUTO_TEST_CASE(checkins_aggregate_to_mean_and_range_per_subscale) {
    groups.RecordCheckins(meetingId, kCheckIn,
                          {{wrenna, CheckIn(2)}, {osric, CheckIn(5)}, {pell, CheckIn(8)}});
    BOOST_TEST(Count("group_checkins") == 3);
    const auto summary = groups.CheckinSummary(groupId);
    BOOST_REQUIRE(summary.size() == 1u);
    BOOST_TEST(summary[0].instrumentId == kCheckIn);
    std::map<std::string, service::SubscaleSpread> spread;
    for (const auto& s : summary[0].subscales) spread[s.subscaleId] = s;
    BOOST_TEST(spread["safety"].participants == 3);
    BOOST_TEST(spread["safety"].mean == 5.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(spread["safety"].minimum == 2.0);
    BOOST_TEST(spread["safety"].maximum == 8.0);
    // Security reverses reassurance and withdrawal: (4v + 2(10 - v)) / 6 for an answer v.
    BOOST_TEST(spread["security"].minimum == (8.0 + 16.0) / 6, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(spread["security"].maximum == (32.0 + 4.0) / 6, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_rating_out_of_range_or_an_outsider_refuses_every_checkin_of_the_meeting) {
    auto outOfRange = CheckIn(5);
    outOfRange["trust"] = 11;
    const Id stranger = Admit("Thessaly", "Crane");
    const auto rows = GroupRows();
    BOOST_CHECK_EXCEPTION(
        groups.RecordCheckins(meetingId, kCheckIn, {{wrenna, CheckIn(4)}, {osric, outOfRange}}),
        Error, [](auto& e) { return HasCode(e, ErrorCode::Invalid); });
    BOOST_CHECK_EXCEPTION(
        groups.RecordCheckins(meetingId, kCheckIn, {{wrenna, CheckIn(4)}, {stranger, CheckIn(4)}}),
        Error, [](auto& e) { return HasCode(e, ErrorCode::NotFound); });
    groups.RecordAttendance(meetingId, {{pell, GroupAttendance::Absent}});
    const auto afterMark = GroupRows();
    BOOST_CHECK_EXCEPTION(groups.RecordCheckins(meetingId, kCheckIn, {{pell, CheckIn(4)}}), Error,
                          [](auto& e) { return HasCode(e, ErrorCode::Refused); });
    BOOST_TEST(GroupRows() == afterMark);
    BOOST_TEST(afterMark == rows + 2);  // the absent mark and its session
    BOOST_TEST(Count("administrations") == 0);
}

BOOST_AUTO_TEST_CASE(a_participant_chart_shows_their_own_note_but_no_group_note_or_other_name) {
    groups.RecordAttendance(
        meetingId, {{wrenna, GroupAttendance::Present}, {osric, GroupAttendance::Present}});
    groups.SaveParticipantNote(meetingId, osric, "Spoke for the first time about his pattern.");
    BOOST_CHECK_THROW(groups.SaveParticipantNote(meetingId, pell, "No attendance yet."), Error);
    const auto chart = practice->OpenChart(osric);
    std::string shown = chart.client.name.Display() + chart.client.code;
    for (const auto& entry : chart.sessions) {
        shown += ToString(entry.session.kind);
        if (entry.note)
            for (const auto& field : entry.note->fields) shown += " " + field.text;
    }
    BOOST_TEST(shown.find("first time about his pattern") != std::string::npos);
    BOOST_TEST(shown.find("group") != std::string::npos);
    for (const char* hidden : {"Wrenna", "Holloway", "Pell", "Underwood", kGroupNote, "circle"})
        BOOST_TEST(shown.find(hidden) == std::string::npos, hidden);
}

BOOST_AUTO_TEST_CASE(the_audit_trail_holds_ids_only) {
    groups.RecordAttendance(meetingId, {{wrenna, GroupAttendance::Present}});
    groups.SaveParticipantNote(meetingId, wrenna, "Named a trigger at work.");
    groups.Leave(groupId, osric, Day("2026-09-05"), "Found the evening too late");
    const std::string audit = AuditTableText();
    for (const char* hidden :
         {"Wrenna", "Osric", "Thursday circle", "trigger", "evening", "Knowing your pattern"})
        BOOST_TEST(audit.find(hidden) == std::string::npos, hidden);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(group_demo, GroupsFixture)

BOOST_AUTO_TEST_CASE(the_demo_gives_two_groups_with_meetings_attendance_and_checkins) {
    service::DemoOptions options;
    options.clients = 30;
    options.seed = 7;
    service::LoadDemoPractice(*practice, options);
    const auto summary = service::LoadDemoGroups(*practice, groups, options);
    BOOST_TEST(summary.groups == 2u);
    BOOST_TEST(summary.meetings == 10u);
    BOOST_TEST(Count("group_meetings") == 10);
    BOOST_TEST(summary.checkins > 0u);
    BOOST_TEST(Count("group_checkins") == static_cast<std::int64_t>(summary.checkins));
    for (const auto& group : groups.List()) {
        const auto overview = groups.Show(group.id);
        BOOST_TEST(overview.attendance.size() == overview.roster.size() * overview.meetings.size());
        BOOST_TEST((overview.meetings.back().heldOn < options.today));
    }
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>

#include <deque>

#include "present/group_presenter.h"
#include "present/homework_text.h"
#include "report/pdf_tools.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

// Records what the Groups view was told; each Ask answers with the next scripted form, and
// cancels once the script is used up.
struct FakeGroupView : present::GroupView {
    std::vector<present::GroupRow> groups;
    std::optional<size_t> selected;
    std::string title;
    std::vector<present::ParticipantRow> roster;
    std::vector<present::MeetingRow> meetings;
    std::vector<report::LineChart> charts;
    present::GroupActions actions;
    std::string message;
    std::vector<std::string> problems;  // what each Ask was shown, in order
    std::deque<std::function<void(present::GroupForm&)>> groupForms;
    std::deque<std::function<void(present::EnrolForm&, const present::ClientSearch&)>> enrolForms;
    std::deque<std::function<void(present::LeaveForm&)>> leaveForms;
    std::optional<std::pair<Id, std::optional<Id>>> opened;

    void ShowGroups(const std::vector<present::GroupRow>& rows) override { groups = rows; }
    void SelectGroup(std::optional<size_t> row) override { selected = row; }
    void ShowHeading(const std::string& text, const std::string&) override { title = text; }
    void ShowRoster(const std::vector<present::ParticipantRow>& rows) override { roster = rows; }
    void ShowMeetings(const std::vector<present::MeetingRow>& rows) override { meetings = rows; }
    void ShowTrend(const std::vector<report::LineChart>& shown) override { charts = shown; }
    void EnableActions(const present::GroupActions& shown) override { actions = shown; }
    void ShowMessage(const std::string& text) override { message = text; }
    bool AskNewGroup(present::GroupForm& form, const std::vector<std::string>&,
                     const std::string& problem) override {
        problems.push_back(problem);
        if (groupForms.empty()) return false;
        groupForms.front()(form);
        groupForms.pop_front();
        return true;
    }
    bool AskEnrolExisting(present::EnrolForm& form, const present::ClientSearch& search,
                          const std::string& problem) override {
        problems.push_back(problem);
        if (enrolForms.empty()) return false;
        enrolForms.front()(form, search);
        enrolForms.pop_front();
        return true;
    }
    bool AskEnrolNew(present::EnrolForm& form, const std::string& problem) override {
        return AskEnrolExisting(form, {}, problem);
    }
    bool AskLeave(present::LeaveForm& form, const std::string&,
                  const std::string& problem) override {
        problems.push_back(problem);
        if (leaveForms.empty()) return false;
        leaveForms.front()(form);
        leaveForms.pop_front();
        return true;
    }
    void OpenMeeting(Id groupId, std::optional<Id> meetingId) override {
        opened = {groupId, meetingId};
    }
    std::optional<std::string> summary;  // cancels without one
    std::optional<std::filesystem::path> saveTo;
    std::string suggested;
    bool AskReportSummary(std::string& text) override {
        if (!summary) return false;
        text = *summary;
        return true;
    }
    std::optional<bool> codeOnly = false;  // cancels without a choice
    std::optional<bool> AskCertificateCodeOnly(const std::string&) override { return codeOnly; }
    std::optional<std::filesystem::path> ChooseSaveFile(const std::string&,
                                                        const std::string& name) override {
        suggested = name;
        return saveTo;
    }
};

Date Monday() { return Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{2}}; }

struct GroupsScreen {
    TestVault vault;
    service::Groups& groups = vault.session->Groups();
    FakeGroupView view;
    present::GroupPresenter presenter{view, groups, vault.Records(),
                                      vault.session->GroupReporting(), [] { return Monday(); }};

    Id AddGroup(const std::string& name, int capacity) {
        Group draft;
        draft.name = name;
        draft.weekday = std::chrono::Monday;
        draft.startsOn = Monday();
        draft.meetingCount = 8;
        draft.capacity = capacity;
        draft.status = GroupStatus::Running;
        return groups.Create(draft).id;
    }
    Id Newcomer(Id groupId, const std::string& name, const std::string& code) {
        return groups.EnrolNew(groupId, {name, code}, Monday()).id;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(group_view)

BOOST_AUTO_TEST_CASE(each_group_is_listed_with_its_kind_schedule_places_and_status) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    screen.Newcomer(id, "Odile", "G-101");
    screen.presenter.Start();
    BOOST_REQUIRE(screen.view.groups.size() == 1u);
    const auto& row = screen.view.groups[0];
    BOOST_TEST(row.name == "Monday circle");
    BOOST_TEST(row.kind == "Support group");
    BOOST_TEST(row.schedule == "Mon 18:00, 8 meetings from 2 Nov 2026");
    BOOST_TEST(row.places == "1 of 6");
    BOOST_TEST(row.status == "Running");
    BOOST_TEST((screen.view.selected == std::optional<size_t>(0)));
    BOOST_TEST(screen.view.actions.enrol);
    BOOST_TEST(!screen.view.actions.leave);
}

BOOST_AUTO_TEST_CASE(the_roster_shows_code_name_enrolment_and_attendance_rate) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    const Id odile = screen.Newcomer(id, "Odile", "G-101");
    const Id brannoc = screen.Newcomer(id, "Brannoc", "G-102");
    for (int week = 0; week < 2; ++week) {
        GroupMeeting meeting;
        meeting.groupId = id;
        meeting.heldOn = std::chrono::sys_days{Monday()} + std::chrono::weeks{week};
        meeting.topic = "Week " + std::to_string(week + 1);
        const Id meetingId = screen.groups.AddMeeting(meeting).id;
        screen.groups.RecordAttendance(
            meetingId, {{odile, GroupAttendance::Present},
                        {brannoc, week ? GroupAttendance::Absent : GroupAttendance::Late}});
    }
    screen.presenter.Start();
    BOOST_REQUIRE(screen.view.roster.size() == 2u);
    BOOST_TEST(screen.view.roster[0].code == "G-101");
    BOOST_TEST(screen.view.roster[0].name == "Odile");
    BOOST_TEST(screen.view.roster[0].since == "2 Nov 2026");
    BOOST_TEST(screen.view.roster[0].attendance == "2 of 2 (100%)");
    BOOST_TEST(screen.view.roster[1].attendance == "1 of 2 (50%)");
    BOOST_REQUIRE(screen.view.meetings.size() == 2u);
    BOOST_TEST(screen.view.meetings[0].attendance == "1 present, 1 late");
    BOOST_TEST(screen.view.meetings[1].attendance == "1 present, 1 absent");
}

BOOST_AUTO_TEST_CASE(the_checkin_trend_shows_the_mean_of_each_meeting_with_its_range) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    const Id odile = screen.Newcomer(id, "Odile", "G-101");
    const Id brannoc = screen.Newcomer(id, "Brannoc", "G-102");
    GroupMeeting meeting;
    meeting.groupId = id;
    meeting.heldOn = Monday();
    meeting.topic = "Week 1";
    const Id meetingId = screen.groups.AddMeeting(meeting).id;
    screen.groups.RecordAttendance(
        meetingId, {{odile, GroupAttendance::Present}, {brannoc, GroupAttendance::Present}});
    const auto answers = [](int safety) {
        return assess::Answers{{"safety", safety}, {"trust", 5},   {"reassurance", 5},
                               {"withdrawal", 5},  {"calming", 5}, {"needs", 5}};
    };
    screen.groups.RecordCheckins(meetingId, "weekly_secure_base_checkin",
                                 {{odile, answers(8)}, {brannoc, answers(3)}});
    screen.presenter.Start();
    BOOST_REQUIRE(!screen.view.charts.empty());
    const auto& safety = screen.view.charts.front();
    BOOST_TEST(safety.title == "Felt safety: mean (lowest\u2013highest)");
    BOOST_REQUIRE(safety.series.size() == 1u);
    BOOST_TEST(safety.series[0].values.at(0) == "5.5 (3.0\u20138.0)");
    BOOST_TEST(screen.view.meetings.at(0).checkin.find(", 2 in") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(enrolling_into_a_full_group_is_refused_with_the_message_shown) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Small circle", 1);
    screen.Newcomer(id, "Odile", "G-101");
    screen.presenter.Start();
    screen.view.enrolForms.push_back([](present::EnrolForm& form, const present::ClientSearch&) {
        form.preferredName = "Sefa";
    });
    screen.presenter.OnEnrolNew();
    BOOST_REQUIRE(screen.view.problems.size() == 2u);  // asked, refused, asked again, cancelled
    BOOST_TEST(screen.view.problems[0].empty());
    BOOST_TEST(screen.view.problems[1].find("is full (1 places)") != std::string::npos,
               screen.view.problems[1]);
    BOOST_TEST(screen.view.roster.size() == 1u);
    BOOST_TEST(screen.groups.Show(id).roster.size() == 1u);
    BOOST_TEST(screen.vault.Records().Search("Sefa").empty());
}

BOOST_AUTO_TEST_CASE(an_existing_client_is_found_by_name_and_enrolled_once) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    const Client tamsin = screen.vault.Admit("Tamsin", "Oyelaran");
    screen.presenter.Start();
    std::vector<present::ClientChoice> found;
    screen.view.enrolForms.push_back(
        [&](present::EnrolForm& form, const present::ClientSearch& search) {
            found = search("Oyel");
            if (!found.empty()) form.clientId = found[0].id;
        });
    screen.presenter.OnEnrolExisting();
    BOOST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].label == tamsin.code + " \u00b7 " + tamsin.name.Display());
    BOOST_REQUIRE(screen.view.roster.size() == 1u);
    BOOST_TEST(screen.view.roster[0].code == tamsin.code);
    BOOST_TEST(screen.presenter.SearchClients("Oyel").empty());  // already in the group
    BOOST_TEST(screen.groups.PlacesTaken(id) == 1u);
    BOOST_REQUIRE(screen.view.groups.size() == 1u);
    BOOST_TEST(screen.view.groups[0].places == "1 of 6");
}

BOOST_AUTO_TEST_CASE(a_participant_leaves_on_a_date_with_a_reason_and_frees_the_place) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    screen.Newcomer(id, "Odile", "G-101");
    screen.presenter.Start();
    screen.presenter.OnParticipantSelected(0);
    BOOST_TEST(screen.view.actions.leave);
    screen.view.leaveForms.push_back([](present::LeaveForm& form) { form.reason = ""; });
    screen.view.leaveForms.push_back([](present::LeaveForm& form) {
        form.date = "2026-11-20";
        form.reason = "Moved away";
    });
    screen.presenter.OnLeave();
    BOOST_REQUIRE(screen.view.problems.size() == 2u);
    BOOST_TEST(screen.view.problems[1] == "Say why the participant left.");
    BOOST_TEST(screen.view.roster[0].left == "Left 20 Nov 2026: Moved away");
    BOOST_TEST(screen.view.groups[0].places == "0 of 6");
}

BOOST_AUTO_TEST_CASE(a_new_group_with_a_bad_start_time_is_asked_again_then_created) {
    GroupsScreen screen;
    screen.presenter.Start();
    BOOST_TEST(screen.view.groups.empty());
    BOOST_TEST(!screen.view.actions.enrol);
    const auto fill = [](present::GroupForm& form) {
        form.name = "Evening psychoeducation";
        form.kind = 1;
        form.startTime = "7pm";
        form.capacity = 10;
        form.facilitators = "Dr Wenna Castellan, Ivo Ruskin";
    };
    screen.view.groupForms.push_back(fill);
    screen.view.groupForms.push_back([](present::GroupForm& form) { form.startTime = "19:00"; });
    screen.presenter.OnNewGroup();
    BOOST_REQUIRE(screen.view.problems.size() == 2u);
    BOOST_TEST(screen.view.problems[1].find("18:00") != std::string::npos);
    BOOST_REQUIRE(screen.view.groups.size() == 1u);
    BOOST_TEST(screen.view.groups[0].kind == "Psychoeducation");
    BOOST_TEST(screen.view.groups[0].schedule == "Mon 19:00, 8 meetings from 2 Nov 2026");
    const auto created = screen.groups.List().at(0);
    BOOST_TEST(created.facilitators.size() == 2u);
    BOOST_TEST(created.capacity == 10);
}

BOOST_AUTO_TEST_CASE(new_meeting_opens_the_meeting_screen_on_the_selected_group) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    screen.presenter.Start();
    screen.presenter.OnNewMeeting();
    BOOST_REQUIRE(screen.view.opened.has_value());
    BOOST_TEST(screen.view.opened->first == id);
    BOOST_TEST(!screen.view.opened->second.has_value());
}

BOOST_AUTO_TEST_CASE(the_group_report_and_a_certificate_are_written_where_chosen) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    screen.Newcomer(id, "Odile", "G-101");
    screen.presenter.Start();
    BOOST_TEST(screen.view.actions.report);
    BOOST_TEST(!screen.view.actions.certificate);
    screen.view.summary = "A steady first week.";
    screen.view.saveTo = screen.vault.dir / "report.pdf";
    screen.presenter.OnGroupReport();
    BOOST_TEST(screen.view.suggested == "group-" + std::to_string(id) + "-report-2026-11-02.pdf");
    BOOST_TEST(screen.view.message.find("Group report saved") == 0u, screen.view.message);
    BOOST_TEST(std::filesystem::file_size(*screen.view.saveTo) > 0u);
    screen.presenter.OnGroupReport();  // the same file again: refused, shown, left as it was
    BOOST_TEST(screen.view.message.find("Group report saved") == std::string::npos);
    screen.presenter.OnParticipantSelected(0);
    BOOST_TEST(screen.view.actions.certificate);
    screen.view.saveTo = screen.vault.dir / "certificate.pdf";
    screen.presenter.OnCertificate();
    BOOST_TEST(screen.view.message == "Attendance certificate of G-101 saved.");
    BOOST_TEST(std::filesystem::exists(*screen.view.saveTo));
    BOOST_TEST(test::PdfText(*screen.view.saveTo).find("Odile") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_certificate_by_code_only_leaves_the_name_out_and_a_cancel_writes_nothing) {
    GroupsScreen screen;
    const Id id = screen.AddGroup("Monday circle", 6);
    screen.Newcomer(id, "Odile", "G-101");
    screen.presenter.Start();
    screen.presenter.OnParticipantSelected(0);
    screen.view.saveTo = screen.vault.dir / "cancelled.pdf";
    screen.view.codeOnly = std::nullopt;
    screen.presenter.OnCertificate();
    BOOST_TEST(!std::filesystem::exists(*screen.view.saveTo));
    screen.view.codeOnly = true;
    screen.view.saveTo = screen.vault.dir / "code-only.pdf";
    screen.presenter.OnCertificate();
    const auto text = test::PdfText(*screen.view.saveTo);
    BOOST_TEST(text.find("G-101") != std::string::npos);
    BOOST_TEST(text.find("Odile") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

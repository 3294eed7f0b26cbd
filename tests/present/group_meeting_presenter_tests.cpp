#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "present/group_meeting_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;
namespace data = boost::unit_test::data;

namespace {

struct FakeMeetingView : present::GroupMeetingView {
    present::MeetingDetails details;
    std::string outline;
    std::vector<present::AttendanceLine> attendance;
    std::vector<present::CheckinColumn> columns;
    std::vector<present::CheckinLine> checkins;
    std::map<size_t, std::string> problems;  // by check-in row
    std::optional<size_t> attendanceFocus;
    std::optional<std::pair<size_t, size_t>> checkinFocus;
    std::string message;
    bool closed = false;

    void ShowHeading(const std::string&, const std::string&) override {}
    void ShowDetails(const present::MeetingDetails& shown) override { details = shown; }
    void ShowOutline(const std::string& text) override { outline = text; }
    void ShowAttendance(const std::vector<present::AttendanceLine>& lines) override {
        attendance = lines;
    }
    void ShowMark(size_t row, const std::string& mark) override { attendance.at(row).mark = mark; }
    void FocusAttendance(size_t row) override { attendanceFocus = row; }
    void ShowCheckinColumns(const std::string&, const std::vector<present::CheckinColumn>& shown,
                            const std::vector<std::string>&) override {
        columns = shown;
    }
    void ShowCheckins(const std::vector<present::CheckinLine>& lines) override { checkins = lines; }
    void ShowCheckinAnswer(size_t row, size_t column, const std::string& text) override {
        checkins.at(row).answers.at(column) = text;
    }
    void ShowCheckinProblem(size_t row, const std::string& problem) override {
        problems[row] = problem;
    }
    void FocusCheckin(size_t row, size_t column) override { checkinFocus = {row, column}; }
    void ShowMessage(const std::string& text) override { message = text; }
    void Close() override { closed = true; }
    std::function<void(present::MeetingHomeworkForm&)> homework;  // AskHomework answers once
    std::string heading;
    bool AskHomework(present::MeetingHomeworkForm& form, const std::vector<std::string>&,
                     const std::string& shown, const std::string&) override {
        heading = shown;
        if (!homework) return false;
        homework(form);
        homework = nullptr;
        return true;
    }
};

Date Monday() { return Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{2}}; }

// A group that follows the shipped curriculum, with three invented participants.
struct MeetingScreen {
    TestVault vault;
    service::Groups& groups = vault.session->Groups();
    Id groupId = CreateGroup();
    std::vector<Id> clients = {Enrol("Odile", "G-101"), Enrol("Brannoc", "G-102"),
                               Enrol("Sefa", "G-103")};
    FakeMeetingView view;
    bool left = false;
    present::GroupMeetingPresenter presenter{view,
                                             groups,
                                             vault.session->Assessing(),
                                             vault.Records(),
                                             vault.session->GroupAssignments(),
                                             vault.session->Homework(),
                                             groupId,
                                             std::nullopt,
                                             [this] { left = true; }};

    MeetingScreen() { presenter.Start(); }

    Id CreateGroup() {
        Group draft;
        draft.name = "Monday circle";
        draft.weekday = std::chrono::Monday;
        draft.startsOn = Monday();
        draft.meetingCount = 8;
        draft.curriculumId = "moving_toward_secure_attachment";
        draft.status = GroupStatus::Running;
        return groups.Create(draft).id;
    }
    Id Enrol(const std::string& name, const std::string& code) {
        return groups.EnrolNew(groupId, {name, code}, Monday()).id;
    }
    void Keys(size_t row, const std::string& digits) {
        for (size_t i = 0; i < digits.size(); ++i) {
            const auto at = view.checkinFocus.value_or(std::pair{row, i});
            presenter.OnCheckinDigit(at.first, at.second, digits[i] - '0');
        }
    }
    present::MeetingInput Input() const { return {"2026-11-02", 1, "", "We met."}; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(group_meeting)

BOOST_AUTO_TEST_CASE(a_new_meeting_offers_the_next_curriculum_meeting_with_its_outline) {
    MeetingScreen screen;
    BOOST_TEST(screen.view.details.date == "2026-11-02");
    BOOST_TEST(screen.view.details.topic == 1u);
    BOOST_TEST(screen.view.details.topics.at(1) == "1. Knowing your pattern");
    BOOST_TEST(screen.view.outline.find("Welcome") == 0u);
    BOOST_TEST(screen.view.attendance.size() == 3u);
    BOOST_TEST(screen.view.checkins.empty());
    BOOST_TEST(screen.view.columns.size() == 6u);
    BOOST_TEST(screen.view.columns[0].range == "0\u201310");
}

BOOST_DATA_TEST_CASE(each_mark_key_marks_the_row_and_moves_to_the_next,
                     data::make({'p', 'L', 'e', 'A'}) ^
                         data::make({"Present", "Late", "Excused", "Absent"}),
                     key, text) {
    MeetingScreen screen;
    BOOST_TEST(screen.presenter.OnMarkKey(0, key));
    BOOST_TEST(screen.view.attendance[0].mark == text);
    BOOST_TEST((screen.view.attendanceFocus == std::optional<size_t>(1)));
}

BOOST_AUTO_TEST_CASE(other_keys_mark_nothing) {
    MeetingScreen screen;
    BOOST_TEST(!screen.presenter.OnMarkKey(0, 'x'));
    BOOST_TEST(screen.view.attendance[0].mark.empty());
}

BOOST_AUTO_TEST_CASE(the_checkin_grid_lists_those_present_or_late_and_the_last_mark_moves_there) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnMarkKey(1, 'a');
    screen.presenter.OnMarkKey(2, 'l');
    BOOST_REQUIRE(screen.view.checkins.size() == 2u);
    BOOST_TEST(screen.view.checkins[0].label == "G-101 \u00b7 Odile");
    BOOST_TEST(screen.view.checkins[1].label == "G-103 \u00b7 Sefa");
    BOOST_TEST((screen.view.checkinFocus == std::optional<std::pair<size_t, size_t>>({0, 0})));
    screen.presenter.OnMark(0, GroupAttendance::Excused);  // a click in the E column
    BOOST_TEST(screen.view.checkins.size() == 1u);
}

BOOST_AUTO_TEST_CASE(digits_answer_and_move_on_with_two_keys_for_ten) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnMarkKey(1, 'p');
    screen.presenter.OnMarkKey(2, 'a');
    screen.Keys(0, "7103");  // 7, then 10, then 3
    BOOST_TEST(screen.view.checkins[0].answers[0] == "7");
    BOOST_TEST(screen.view.checkins[0].answers[1] == "10");
    BOOST_TEST(screen.view.checkins[0].answers[2] == "3");
    screen.Keys(0, "12");  // 12 is not on the scale: 1, then 2 in the next cell
    BOOST_TEST(screen.view.checkins[0].answers[3] == "1");
    BOOST_TEST(screen.view.checkins[0].answers[4] == "2");
    screen.Keys(0, "1");  // waits for a possible 0 ...
    BOOST_TEST(screen.view.checkins[0].answers[5] == "1\u2026");
    screen.presenter.OnCheckinCommit();  // ... until Enter
    BOOST_TEST(screen.view.checkins[0].answers[5] == "1");
    BOOST_TEST((screen.view.checkinFocus == std::optional<std::pair<size_t, size_t>>({1, 0})));
}

BOOST_AUTO_TEST_CASE(an_out_of_range_checkin_is_refused_beside_its_row_and_nothing_is_saved) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnMarkKey(1, 'l');
    screen.presenter.OnMarkKey(2, 'e');
    BOOST_TEST(!screen.presenter.OnCheckinEntered(0, 2, "11"));
    BOOST_TEST(screen.view.problems[0] == "Item 3: 11 is not on the scale (0\u201310).");
    BOOST_TEST(!screen.presenter.OnCheckinEntered(1, 0, "seven"));
    BOOST_TEST(screen.view.problems[1].find("whole number") != std::string::npos);
    screen.Keys(0, "55");  // two answers: the row is incomplete
    screen.presenter.OnSave(screen.Input());
    BOOST_TEST(screen.view.message == "G-101: answer all 6 check-in items, or none (2 given).");
    BOOST_TEST(!screen.view.closed);
    const auto overview = screen.groups.Show(screen.groupId);
    BOOST_TEST(overview.meetings.empty());
    BOOST_TEST(overview.attendance.empty());
}

BOOST_AUTO_TEST_CASE(a_note_for_someone_not_marked_is_refused_before_anything_is_written) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnNoteChanged(1, "Spoke about a hard week.");
    screen.presenter.OnSave(screen.Input());
    BOOST_TEST(screen.view.message == "Mark G-102's attendance before writing their note.");
    BOOST_TEST(screen.groups.Show(screen.groupId).meetings.empty());
}

BOOST_AUTO_TEST_CASE(save_records_attendance_checkins_notes_and_the_group_note) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnMarkKey(1, 'l');
    screen.presenter.OnMarkKey(2, 'a');
    screen.Keys(0, "765432");
    screen.presenter.OnNoteChanged(0, "Named her pattern for the first time.");
    screen.presenter.OnSave(screen.Input());
    BOOST_TEST(screen.view.message.empty());
    BOOST_TEST(screen.view.closed);
    BOOST_TEST(screen.left);
    const auto overview = screen.groups.Show(screen.groupId);
    BOOST_REQUIRE(overview.meetings.size() == 1u);
    BOOST_TEST(overview.meetings[0].topic == "Knowing your pattern");
    BOOST_TEST(overview.meetings[0].groupNote == "We met.");
    BOOST_REQUIRE(overview.attendance.size() == 3u);
    const auto checkins = screen.groups.CheckinsOf(overview.meetings[0].id);
    BOOST_REQUIRE(checkins.size() == 1u);  // Brannoc's row was left empty
    BOOST_TEST(checkins[0].clientId == screen.clients[0]);
    const auto answers =
        screen.vault.session->Assessing().Show(checkins[0].administrationId).administration.answers;
    BOOST_TEST(answers.at("safety") == 7);
    BOOST_TEST(answers.at("needs") == 2);
    for (const auto& mark : overview.attendance)
        if (mark.clientId == screen.clients[0]) {
            const auto note = screen.vault.Records().NoteOf(mark.sessionId);
            BOOST_REQUIRE(note.has_value());
            BOOST_TEST(*note->Field("text") == "Named her pattern for the first time.");
        }
}

BOOST_AUTO_TEST_CASE(a_saved_meeting_reopens_with_its_marks_and_checkins_locked) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnMarkKey(1, 'a');
    screen.presenter.OnMarkKey(2, 'a');
    screen.Keys(0, "765432");
    screen.presenter.OnSave(screen.Input());
    const Id meetingId = *screen.presenter.MeetingId();
    FakeMeetingView view;
    present::GroupMeetingPresenter reopened(
        view, screen.groups, screen.vault.session->Assessing(), screen.vault.Records(),
        screen.vault.session->GroupAssignments(), screen.vault.session->Homework(), screen.groupId,
        meetingId, {});
    reopened.Start();
    BOOST_TEST(view.details.dateLocked);
    BOOST_TEST(view.attendance[0].mark == "Present");
    BOOST_TEST(view.attendance[1].mark == "Absent");
    BOOST_REQUIRE(view.checkins.size() == 1u);
    BOOST_TEST(view.checkins[0].locked);
    BOOST_TEST(view.checkins[0].answers[0] == "7");
    reopened.OnMark(0, GroupAttendance::Absent);
    reopened.OnSave({"", 0, "", ""});
    BOOST_TEST(view.message == "G-101 checked in at this meeting; mark them present or late.");
}

BOOST_AUTO_TEST_CASE(homework_waits_for_a_saved_meeting_then_goes_to_those_who_came) {
    MeetingScreen screen;
    screen.presenter.OnMarkKey(0, 'p');
    screen.presenter.OnMarkKey(1, 'l');
    screen.presenter.OnMarkKey(2, 'a');
    screen.presenter.OnAssignHomework();
    BOOST_TEST(screen.view.message.find("Save the meeting first") == 0u);
    screen.presenter.OnSave(screen.Input());
    FakeMeetingView view;
    present::GroupMeetingPresenter saved(
        view, screen.groups, screen.vault.session->Assessing(), screen.vault.Records(),
        screen.vault.session->GroupAssignments(), screen.vault.session->Homework(), screen.groupId,
        screen.presenter.MeetingId(), {});
    saved.Start();
    view.homework = [](present::MeetingHomeworkForm& form) { form.instructions = "Ten minutes"; };
    saved.OnAssignHomework();
    BOOST_TEST(view.heading == "For the 2 marked present or late, from 2 Nov 2026 to 8 Nov 2026.");
    BOOST_TEST(view.message == "\u201cReflective journal\u201d assigned to 2 participants.",
               view.message);
    const auto given = screen.vault.session->GroupAssignments().OfGroup(screen.groupId);
    BOOST_REQUIRE(given.size() == 2u);
    BOOST_TEST(given[0].code == "G-101");
    BOOST_TEST(given[1].code == "G-102");
}

BOOST_AUTO_TEST_SUITE_END()

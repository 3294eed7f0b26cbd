#include <boost/test/unit_test.hpp>

#include <wx/dialog.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>

#include "gui_driver.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/main_frame.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;

namespace {

// Letters and digits only, so the simulated keyboard types it the same on every layout.
const Secret kPassphrase("harbourlight62steady");

wxWindow* Window(const char* name) { return wxWindow::FindWindowByName(name); }

// Three weeks ago on the same weekday, so today is the fourth weekly meeting's day.
Date FirstMeeting() { return std::chrono::sys_days{Today()} - std::chrono::weeks{3}; }

// A practice with an eight-meeting group of three invented participants, unlocked in the real
// window with the Groups view open.
struct GroupPractice {
    GroupPractice() {
        {
            auto session =
                service::VaultSession::Create(path, kPassphrase, {storage::kTestKdfIterations});
            service::Groups& groups = session->Groups();
            Group draft;
            draft.name = "Evening circle";
            draft.weekday = std::chrono::weekday(std::chrono::sys_days{FirstMeeting()});
            draft.startsOn = FirstMeeting();
            draft.meetingCount = 8;
            draft.curriculumId = "moving_toward_secure_attachment";
            draft.status = GroupStatus::Running;
            groupId = groups.Create(draft).id;
            for (const char* name : {"Odile", "Brannoc", "Sefa"})
                clients.push_back(groups.EnrolNew(groupId, {name, ""}, FirstMeeting()).id);
        }
        app.Start(&kPassphrase);
        BOOST_REQUIRE(app.IsUnlocked());
        frame = app.Frame();
        gui.Click(gui.Find("show_groups", frame));
        auto* list = gui.Find<wxListView>("groups", frame);
        BOOST_REQUIRE(list);
        BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetItemCount() == 1; }));
        auto* roster = gui.Find<wxListView>("roster", frame);
        BOOST_REQUIRE(gui.PumpUntil([&] { return roster->GetItemCount() == 3; }));
    }
    ~GroupPractice() {
        if (app.IsUnlocked()) Lock();
        if (app.Dialog()) app.Dialog()->Destroy();
        gui.PumpUntil([] { return !Window("unlock_dialog"); });
    }

    void Lock() {
        app.Lock();
        gui.PumpUntil([] { return !Window("main_frame"); });
    }

    // Clicks a read-only cell of the grid: it focuses the grid the way a user does.
    void ClickCell(wxGrid* grid, int row, int column) {
        const wxRect cell = grid->CellToRect(row, column);
        const wxPoint centre = grid->CalcScrolledPosition(cell.GetPosition()) +
                               wxPoint(cell.GetWidth() / 2, cell.GetHeight() / 2);
        gui.ClickAt(grid->GetGridWindow()->ClientToScreen(centre));
    }

    TempDir dir;
    std::filesystem::path path = dir / "practice.sbv";
    GuiDriver gui;
    ui::AppController app{path};
    wxWindow* frame = nullptr;
    Id groupId = kNoId;
    std::vector<Id> clients;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(group_window)

BOOST_AUTO_TEST_CASE(a_meetings_attendance_and_checkins_are_recorded_with_the_keyboard_alone) {
    GroupPractice practice;
    GuiDriver& gui = practice.gui;
    gui.Snapshot("groups_view_before");

    gui.Click(gui.Find("new_meeting", practice.frame));
    BOOST_REQUIRE(gui.PumpUntil([] { return Window("group_meeting"); }));
    wxWindow* meeting = Window("group_meeting");
    auto* attendance = gui.Find<wxGrid>("attendance_grid", meeting);
    auto* checkins = gui.Find<wxGrid>("checkin_grid", meeting);
    BOOST_REQUIRE(attendance && checkins);
    BOOST_TEST(attendance->GetNumberRows() == 3);
    practice.ClickCell(attendance, 0, 0);

    // Odile present, Brannoc late, Sefa absent; the last mark hands the keyboard to the check-in.
    gui.Key('p', wxMOD_NONE);
    gui.Key('l', wxMOD_NONE);
    gui.Key('a', wxMOD_NONE);
    BOOST_REQUIRE(gui.PumpUntil([&] { return checkins->GetNumberRows() == 2; }));
    BOOST_TEST(attendance->GetCellValue(0, 2) == wxString::FromUTF8("\u25cf"));
    BOOST_TEST(attendance->GetCellValue(1, 3) == wxString::FromUTF8("\u25cf"));
    BOOST_TEST(attendance->GetCellValue(2, 5) == wxString::FromUTF8("\u25cf"));
    BOOST_REQUIRE(gui.PumpUntil(
        [&] { return checkins->HasFocus() || checkins->GetGridWindow()->HasFocus(); }));

    // Odile 7 6 3 2 8 9; Brannoc 10 (two keys) 5 4 3 2 6.
    for (const char key : std::string("763289")) gui.Key(key, wxMOD_NONE);
    for (const char key : std::string("1054326")) gui.Key(key, wxMOD_NONE);
    BOOST_REQUIRE(gui.PumpUntil([&] { return checkins->GetCellValue(1, 6) == "6"; }));
    BOOST_TEST(checkins->GetCellValue(0, 1) == "7");
    BOOST_TEST(checkins->GetCellValue(1, 1) == "10");
    gui.Snapshot("group_meeting");

    gui.Click(gui.Find("save_meeting", meeting));
    BOOST_REQUIRE(gui.PumpUntil([] { return !Window("group_meeting"); }));
    auto* meetings = gui.Find<wxListView>("meetings", practice.frame);
    BOOST_REQUIRE(gui.PumpUntil([&] { return meetings->GetItemCount() == 1; }));
    BOOST_TEST(ui::FromWx(meetings->GetItemText(0, 2)) == "1 present, 1 late, 1 absent");
    // Security composite (withdrawal and reassurance reversed): 7.5 and 6.0.
    BOOST_TEST(ui::FromWx(meetings->GetItemText(0, 3)) == "6.8 (6.0\u20137.5), 2 in");
    gui.Snapshot("groups_view_after");
    practice.Lock();

    auto session = service::VaultSession::Open(practice.path, kPassphrase);
    const auto overview = session->Groups().Show(practice.groupId);
    BOOST_REQUIRE(overview.meetings.size() == 1u);
    const Id meetingId = overview.meetings[0].id;
    BOOST_TEST(overview.meetings[0].topic == "Knowing your pattern");
    std::map<Id, GroupAttendance> marks;
    for (const auto& mark : overview.attendance) marks[mark.clientId] = mark.attendance;
    BOOST_TEST((marks[practice.clients[0]] == GroupAttendance::Present));
    BOOST_TEST((marks[practice.clients[1]] == GroupAttendance::Late));
    BOOST_TEST((marks[practice.clients[2]] == GroupAttendance::Absent));
    std::map<Id, assess::Answers> answers;
    for (const auto& checkin : session->Groups().CheckinsOf(meetingId))
        answers[checkin.clientId] =
            session->Assessing().Show(checkin.administrationId).administration.answers;
    BOOST_REQUIRE(answers.size() == 2u);
    BOOST_TEST(answers[practice.clients[0]].at("safety") == 7);
    BOOST_TEST(answers[practice.clients[0]].at("needs") == 9);
    BOOST_TEST(answers[practice.clients[1]].at("safety") == 10);
    BOOST_TEST(answers[practice.clients[1]].at("needs") == 6);
}

BOOST_AUTO_TEST_SUITE_END()

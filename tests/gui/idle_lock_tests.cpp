#include <boost/test/unit_test.hpp>

#include <wx/dialog.h>
#include <wx/listctrl.h>

#include "gui_driver.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/main_frame.h"

using namespace securebase;
using namespace securebase::test;
using namespace std::chrono_literals;

BOOST_AUTO_TEST_SUITE(idle_lock)

BOOST_AUTO_TEST_CASE(an_unattended_vault_locks_itself_but_not_while_someone_works) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const Secret passphrase("orchid lantern 47 quiet");
    {
        auto session =
            service::VaultSession::Create(path, passphrase, {storage::kTestKdfIterations});
        PracticeSettings settings = session->Records().Settings();
        settings.idleLockMinutes = 2;
        session->Records().SaveSettings(settings);
    }
    GuiDriver gui;
    present::IdleLock::Clock::time_point now{};
    ui::AppController app(path, {}, [&] { return now; });
    app.Start(&passphrase);
    BOOST_REQUIRE(app.IsUnlocked());
    auto* list = gui.Find<wxListView>("clients", app.Frame());
    BOOST_REQUIRE(list);

    now += 90s;
    app.CheckIdle();
    BOOST_TEST(app.IsUnlocked());

    gui.Click(list);  // someone is at the keyboard: the two minutes start again
    now += 90s;
    app.CheckIdle();
    BOOST_TEST(app.IsUnlocked());

    now += 31s;
    app.CheckIdle();
    BOOST_TEST(!app.IsUnlocked());
    BOOST_TEST(gui.PumpUntil([] { return !wxWindow::FindWindowByName("main_frame"); }));
    BOOST_TEST(wxWindow::FindWindowByName("unlock_dialog") != nullptr);

    app.Dialog()->Destroy();
    gui.PumpUntil([] { return !wxWindow::FindWindowByName("unlock_dialog"); });
}

// The app unlocks with a passphrase from the environment in OnInit, before its main loop runs:
// a lock asked for later, from that loop, must still happen (it once waited forever, taking the
// missing loop for a dialog's).
BOOST_AUTO_TEST_CASE(a_vault_unlocked_before_the_main_loop_runs_still_locks) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const Secret passphrase("orchid lantern 47 quiet");
    service::VaultSession::Create(path, passphrase, {storage::kTestKdfIterations});
    GuiDriver gui;
    ui::AppController app(path);
    wxEventLoopBase* loop = wxEventLoopBase::GetActive();
    wxEventLoopBase::SetActive(nullptr);  // as in OnInit
    app.Start(&passphrase);
    wxEventLoopBase::SetActive(loop);
    BOOST_REQUIRE(app.IsUnlocked());
    gui.Pump();
    app.Lock();
    BOOST_TEST(gui.PumpUntil([&] { return !app.IsUnlocked(); }));
    BOOST_TEST(gui.PumpUntil([] { return !wxWindow::FindWindowByName("main_frame"); }));
    if (app.Dialog()) app.Dialog()->Destroy();
    gui.PumpUntil([] { return !wxWindow::FindWindowByName("unlock_dialog"); });
}

BOOST_AUTO_TEST_SUITE_END()

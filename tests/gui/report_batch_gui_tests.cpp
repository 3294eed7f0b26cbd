#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/menu.h>
#include <wx/progdlg.h>
#include <wx/textctrl.h>

#include <set>

#include "gui_driver.h"
#include "service/demo_assessments.h"
#include "service/demo_homework.h"
#include "service/demo_practice.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/main_frame.h"
#include "ui/report_batch_dialog.h"
#include "ui/report_workers.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;
using namespace std::chrono_literals;

namespace {

const Secret kPassphrase("quill-meadow-harbour-58");

// A demo practice of invented clients with sessions, assessments and homework, as `demo` makes.
void LoadDemo(service::VaultSession& session, size_t clients) {
    service::DemoOptions options;
    options.clients = clients;
    service::LoadDemoPractice(session.Records(), options);
    service::LoadDemoAssessments(session.Records(), session.Assessing(), options);
    service::LoadDemoHomework(session.Records(), session.Homework(), options);
}

// The form filled for every client and a period wide enough for all of the demo.
void FillForm(GuiDriver& gui, wxWindow* dialog, const std::filesystem::path& folder) {
    gui.Find<wxChoice>("batch_status", dialog)->SetSelection(3);  // all clients
    gui.Find<wxTextCtrl>("batch_from", dialog)->ChangeValue("2000-01-01");
    gui.Find<wxTextCtrl>("batch_to", dialog)->ChangeValue("2099-12-31");
    gui.Find<wxTextCtrl>("batch_folder", dialog)->ChangeValue(ui::ToWx(folder.string()));
}

// Presses the button as its click handler would, at once and without a round of the event loop,
// so the test decides what the loop sees next.
void Press(wxWindow* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
}

bool ProgressDialogShown() {
    for (wxWindow* window : wxTopLevelWindows) {
        if (dynamic_cast<wxGenericProgressDialog*>(window) && !window->IsBeingDeleted())
            return true;
    }
    return false;
}

std::set<std::string> PdfsIn(const std::filesystem::path& folder) {
    std::set<std::string> codes;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".pdf") codes.insert(entry.path().stem().string());
    }
    return codes;
}

// A demo practice and its batch dialog, shown without a modal loop so the test drives it.
struct BatchPractice {
    TempDir dir;
    std::unique_ptr<service::VaultSession> session = service::VaultSession::Create(
        dir / "practice.sbv", kPassphrase, {storage::kTestKdfIterations});
    GuiDriver gui;
    ui::ReportBatchDialog* dialog = nullptr;
    wxTextCtrl* summary = nullptr;

    BatchPractice() {
        LoadDemo(*session, 5);
        std::filesystem::create_directory(dir / "out");
        dialog = new ui::ReportBatchDialog(nullptr, session->Reporting());
        dialog->Show();
        FillForm(gui, dialog, dir / "out");
        summary = gui.Find<wxTextCtrl>("batch_summary", dialog);
    }
    ~BatchPractice() {
        dialog->Destroy();
        gui.PumpUntil([] { return !wxWindow::FindWindowByName("report_batch_dialog"); });
    }

    std::string Summary() const { return ui::FromWx(summary->GetValue()); }
    bool Ended() const { return !Summary().empty() && !ProgressDialogShown(); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_batch_dialog)

// When the last client is done, wxProgressDialog::Update() shows "Done" and runs a modal loop
// until the practitioner presses Close; the batch's end (its summary) arrives inside that loop,
// so the progress dialog must go only after Update has returned. Waiting for the worker before
// the loop runs again queues the last progress tick, then the summary, then the press on Close:
// this path is taken every time, not by chance.
BOOST_FIXTURE_TEST_CASE(a_batch_writes_one_pdf_per_client_and_sums_up_after_the_progress_closes,
                        BatchPractice) {
    Press(gui.Find<wxButton>("batch_run", dialog));
    BOOST_REQUIRE(ProgressDialogShown());
    BOOST_REQUIRE(ui::ReportWorkers::WaitUntilNoneRuns(120s));
    bool summaryWhileProgressShown = false;
    wxTheApp->CallAfter([&] {
        summaryWhileProgressShown = !Summary().empty() && ProgressDialogShown();
        for (wxWindow* window : wxTopLevelWindows) {
            if (!dynamic_cast<wxGenericProgressDialog*>(window)) continue;
            if (auto* close = wxWindow::FindWindowById(wxID_CANCEL, window)) Press(close);
        }
    });
    BOOST_REQUIRE(gui.PumpUntil([&] { return Ended(); }, 3000));
    BOOST_TEST(summaryWhileProgressShown);
    BOOST_TEST(gui.Find<wxButton>("batch_run", dialog)->IsEnabled());

    const std::string text = Summary();
    BOOST_TEST(text.rfind("Reports written", 0) == 0u);
    const auto written = PdfsIn(dir / "out");
    BOOST_TEST(!written.empty());
    // Every client has a report, or a line in the summary saying why not.
    for (const auto& client : session->Records().ListClients({std::nullopt, 0, 100})) {
        const bool skipped = text.find("- " + client.code + ":") != std::string::npos;
        BOOST_TEST((written.count(client.code) == 1u) != skipped, client.code);
    }
    BOOST_TEST(text.find(std::to_string(written.size()) + " report") != std::string::npos);
    gui.Snapshot("report_batch_summary");
}

BOOST_FIXTURE_TEST_CASE(closing_during_a_batch_cancels_it_between_clients, BatchPractice) {
    Press(gui.Find<wxButton>("batch_run", dialog));
    BOOST_REQUIRE(ProgressDialogShown());
    dialog->Close();  // vetoed while the batch runs: it cancels instead
    BOOST_REQUIRE(gui.PumpUntil([&] { return Ended(); }, 12000));
    BOOST_TEST(Summary().rfind("Reports stopped", 0) == 0u);
    BOOST_TEST(PdfsIn(dir / "out").size() < 5u);
    BOOST_TEST(dialog->IsShown());
}

// The idle lock ends the batch dialog's modal loop; the dialog cancels and joins its worker as it
// goes, so the vault closes only once no report thread is left using it.
BOOST_AUTO_TEST_CASE(an_idle_lock_during_a_batch_cancels_and_joins_it_before_the_vault_closes) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto session =
            service::VaultSession::Create(path, kPassphrase, {storage::kTestKdfIterations});
        LoadDemo(*session, 8);
        auto settings = session->Records().Settings();
        settings.idleLockMinutes = 2;
        session->Records().SaveSettings(settings);
    }
    std::filesystem::create_directory(dir / "out");
    GuiDriver gui;
    present::IdleLock::Clock::time_point now{};
    ui::AppController app(path, {}, [&] { return now; });
    app.Start(&kPassphrase);
    BOOST_REQUIRE(app.IsUnlocked());
    ui::MainFrame* frame = app.Frame();
    BOOST_REQUIRE(gui.Find("main_frame", nullptr));
    const int batchMenu =
        frame->GetMenuBar()->FindMenuItem("File", ui::ToWx("Reports for all clients…"));
    BOOST_REQUIRE(batchMenu != wxNOT_FOUND);

    // The menu event is queued first, so the step after it runs inside the dialog's modal loop:
    // start the batch, then let the idle time run out.
    wxQueueEvent(frame, new wxCommandEvent(wxEVT_MENU, batchMenu));
    bool started = false;
    wxTheApp->CallAfter([&] {
        auto* batch = wxWindow::FindWindowByName("report_batch_dialog");
        if (!batch) return;
        FillForm(gui, batch, dir / "out");
        Press(wxWindow::FindWindowByName("batch_run", batch));
        started = ui::ReportWorkers::Running() > 0;
        now += 3min;
        app.CheckIdle();
    });
    BOOST_TEST(gui.PumpUntil([] { return wxWindow::FindWindowByName("unlock_dialog"); }, 6000));
    BOOST_TEST(started);
    BOOST_TEST(!app.IsUnlocked());
    BOOST_TEST(ui::ReportWorkers::Running() == 0);
    BOOST_TEST(gui.PumpUntil([] { return !wxWindow::FindWindowByName("main_frame"); }));
    BOOST_TEST(PdfsIn(dir / "out").size() < 8u);

    app.Dialog()->Destroy();
    gui.PumpUntil([] { return !wxWindow::FindWindowByName("unlock_dialog"); });
}

BOOST_AUTO_TEST_SUITE_END()

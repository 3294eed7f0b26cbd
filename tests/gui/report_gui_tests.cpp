#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui_driver.h"
#include "service/demo_practice.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/report_dialog.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;

namespace {

// A demo practice of a few invented clients, and the progress report dialog of one in care.
struct ReportPractice {
    TempDir dir;
    std::unique_ptr<service::VaultSession> session = service::VaultSession::Create(
        dir / "practice.sbv", Secret("harbour-lantern-93"), {storage::kTestKdfIterations});
    GuiDriver gui;
    std::string code;
    ui::ReportDialog* dialog = nullptr;

    ReportPractice() {
        service::DemoOptions options;
        options.clients = 4;
        service::LoadDemoPractice(session->Records(), options);
        const auto active = session->Records().ListClients({ClientStatus::Active, 0, 10});
        BOOST_REQUIRE(!active.empty());
        code = active.front().code;
        dialog = new ui::ReportDialog(nullptr, session->Reporting(), code);
        dialog->SetSize(dialog->FromDIP(wxSize(1260, 780)));
        dialog->Move(0, 0);
        dialog->Show();
        BOOST_REQUIRE(gui.Find("report_generate", dialog));
        auto* file = gui.Find<wxTextCtrl>("report_file", dialog);
        file->ChangeValue(ui::ToWx((dir / (code + ".pdf")).string()));
    }
    ~ReportPractice() {
        dialog->Destroy();
        gui.PumpUntil([] { return !wxWindow::FindWindowByName("report_dialog"); });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_dialog)

BOOST_FIXTURE_TEST_CASE(generate_saves_the_report_and_previews_its_pages, ReportPractice) {
    gui.Type(gui.Find<wxTextCtrl>("report_summary", dialog),
             "Steady attendance; keep the weekly check-ins.");
    gui.Click(gui.Find<wxButton>("report_generate", dialog));
    BOOST_TEST(gui.PumpUntil([&] { return dialog->PreviewPages() > 0; }, 6000));
    BOOST_TEST(std::filesystem::exists(dir / (code + ".pdf")));
    BOOST_TEST(gui.Find<wxButton>("report_open", dialog)->IsEnabled());
    gui.Snapshot("report_dialog_preview");
}

BOOST_FIXTURE_TEST_CASE(a_reversed_period_is_refused_in_the_dialog, ReportPractice) {
    auto* from = gui.Find<wxTextCtrl>("report_from", dialog);
    from->ChangeValue("2099-01-01");
    gui.Click(gui.Find<wxButton>("report_generate", dialog));
    auto* status = gui.Find<wxStaticText>("report_status", dialog);
    BOOST_TEST(ui::FromWx(status->GetLabel()).find("ends before it starts") != std::string::npos);
    BOOST_TEST(!std::filesystem::exists(dir / (code + ".pdf")));
    BOOST_TEST(dialog->PreviewPages() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

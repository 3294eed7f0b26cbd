#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <fstream>
#include <iterator>

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
        BOOST_REQUIRE(gui.Find("report_render", dialog));
    }

    bool AnyPdf() const {
        for (const auto& entry : std::filesystem::directory_iterator(dir.Path())) {
            if (entry.path().extension() == ".pdf") return true;
        }
        return false;
    }

    std::string Contents(const std::filesystem::path& file) const {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), {}};
    }
    ~ReportPractice() {
        dialog->Destroy();
        gui.PumpUntil([] { return !wxWindow::FindWindowByName("report_dialog"); });
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_dialog)

BOOST_FIXTURE_TEST_CASE(preview_shows_the_pages_and_no_file_exists_until_save_as, ReportPractice) {
    auto* save = gui.Find<wxButton>("report_save", dialog);
    auto* open = gui.Find<wxButton>("report_open", dialog);
    BOOST_TEST(!save->IsEnabled());
    gui.Type(gui.Find<wxTextCtrl>("report_summary", dialog),
             "Steady attendance; keep the weekly check-ins.");
    gui.Click(gui.Find<wxButton>("report_render", dialog));
    BOOST_TEST(gui.PumpUntil([&] { return dialog->PreviewPages() > 0; }, 6000));
    BOOST_TEST(gui.PumpUntil([&] { return save->IsEnabled(); }));
    BOOST_TEST(!open->IsEnabled());
    BOOST_TEST(!AnyPdf());
    gui.Snapshot("report_dialog_preview");

    const auto file = dir / (code + ".pdf");
    dialog->SaveTo(file);
    BOOST_TEST(Contents(file).starts_with("%PDF-"));
    BOOST_TEST(open->IsEnabled());
    auto* status = gui.Find<wxStaticText>("report_status", dialog);
    BOOST_TEST(ui::FromWx(status->GetLabel()).find("Saved") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(typing_after_the_preview_holds_save_as_until_the_next_preview,
                        ReportPractice) {
    gui.Click(gui.Find<wxButton>("report_render", dialog));
    auto* save = gui.Find<wxButton>("report_save", dialog);
    BOOST_TEST(gui.PumpUntil([&] { return save->IsEnabled(); }, 6000));
    gui.Type(gui.Find<wxTextCtrl>("report_summary", dialog), "One more line.");
    BOOST_TEST(!save->IsEnabled());
    dialog->SaveTo(dir / "stale.pdf");
    BOOST_TEST(!AnyPdf());
}

BOOST_FIXTURE_TEST_CASE(a_reversed_period_is_refused_in_the_dialog, ReportPractice) {
    auto* from = gui.Find<wxTextCtrl>("report_from", dialog);
    from->ChangeValue("2099-01-01");
    gui.Click(gui.Find<wxButton>("report_render", dialog));
    auto* status = gui.Find<wxStaticText>("report_status", dialog);
    BOOST_TEST(ui::FromWx(status->GetLabel()).find("ends before it starts") != std::string::npos);
    BOOST_TEST(!AnyPdf());
    BOOST_TEST(dialog->PreviewPages() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()

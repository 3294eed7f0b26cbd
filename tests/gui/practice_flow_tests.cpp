#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui_driver.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/main_frame.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;

namespace {

constexpr const char* kPassphrase = "orchid lantern 47 quiet";

std::string Label(wxWindow* window) { return ui::FromWx(window->GetLabel()); }

}  // namespace

BOOST_AUTO_TEST_SUITE(practice_flow)

BOOST_AUTO_TEST_CASE(a_practitioner_creates_a_vault_signs_a_note_locks_and_unlocks_it) {
    TempDir dir;
    GuiDriver gui;
    ui::AppController app(dir / "new folder" / "practice.sbv", {storage::kTestKdfIterations});
    app.Start();

    // First run: the create dialog asks for the passphrase twice.
    wxWindow* dialog = app.Dialog();
    BOOST_REQUIRE(dialog);
    gui.Type(gui.Find("passphrase", dialog), kPassphrase);
    gui.Type(gui.Find("confirmation", dialog), kPassphrase);
    gui.Type(gui.Find("practitioner", dialog), "Dr Wenna Castellan");
    gui.Snapshot("gui-create-vault");
    BOOST_TEST(Label(gui.Find("strength", dialog)).find("trong") != std::string::npos,
               Label(gui.Find("strength", dialog)));
    auto* createError = gui.Find<wxStaticText>("error", dialog);
    gui.Click(gui.Find("create", dialog));
    if (!gui.PumpUntil([&] { return app.IsUnlocked(); }))
        BOOST_FAIL("the vault was not created: " << Label(createError));
    BOOST_TEST(std::filesystem::exists(dir / "new folder" / "practice.sbv"));

    // A new client through the Details tab.
    wxWindow* frame = app.Frame();
    gui.Find("clients", frame);
    gui.Click(gui.Find("new_client", frame));
    gui.Type(gui.Find("field:name.given", frame), "Marisol");
    gui.Type(gui.Find("field:name.family", frame), "Thornquist");
    gui.Click(gui.Find("save_client", frame));
    auto* list = gui.Find<wxListView>("clients", frame);
    BOOST_REQUIRE(list);
    BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetItemCount() == 1; }));
    auto* code = gui.Find<wxTextCtrl>("field:code", frame);
    gui.Snapshot("gui-details");
    BOOST_TEST(ui::FromWx(code->GetValue()).starts_with("SB-"));

    // Find it by typing, then open its chart.
    gui.Click(gui.Find("new_client", frame));
    BOOST_TEST(code->GetValue().empty());
    gui.Type(gui.Find("search", frame), "thorn");
    BOOST_REQUIRE(gui.PumpUntil([&] {
        return list->GetItemCount() == 1 &&
               ui::FromWx(list->GetItemText(0, 1)) == "Marisol Thornquist";
    }));
    wxRect row;
    BOOST_REQUIRE(list->GetItemRect(0, row));
    gui.ClickAt(
        list->ClientToScreen(row.GetPosition() + wxPoint(row.GetWidth() / 3, row.GetHeight() / 2)));
    BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetFirstSelected() == 0; }));
    BOOST_REQUIRE(gui.PumpUntil([&] { return !code->GetValue().empty(); }));
    auto* given = gui.Find<wxTextCtrl>("field:name.given", frame);
    BOOST_TEST(ui::FromWx(given->GetValue()) == "Marisol");

    // A session, and its note written and signed.
    auto* chart = gui.Find<wxNotebook>("chart", frame);
    chart->SetSelection(1);
    gui.Click(gui.Find("add_session", frame));
    auto* sessions = gui.Find<wxListView>("sessions", frame);
    BOOST_REQUIRE(gui.PumpUntil([&] { return sessions->GetItemCount() == 1; }));
    auto* subjective = gui.Find<wxTextCtrl>("note_section_0", frame);
    BOOST_REQUIRE(subjective);
    gui.Type(subjective, "slept better this week");
    gui.Click(gui.Find("sign_note", frame));
    BOOST_REQUIRE_MESSAGE(
        gui.PumpUntil([&] { return wxWindow::FindWindowByName("add_addendum", frame); }),
        "not signed: " << Label(gui.Find("note_message", frame)));
    subjective = gui.Find<wxTextCtrl>("note_section_0", frame);
    BOOST_TEST(!subjective->IsEditable());
    gui.Snapshot("gui-signed-note");
    BOOST_TEST(ui::FromWx(subjective->GetValue()) == "slept better this week");
    BOOST_TEST(Label(gui.Find("signature", frame)).find("Dr Wenna Castellan") != std::string::npos);

    // A correction after signing is an addendum.
    gui.Type(gui.Find("addendum", frame), "client called to add context");
    gui.Click(gui.Find("add_addendum", frame));
    BOOST_REQUIRE(gui.PumpUntil([&] { return wxWindow::FindWindowByName("addenda", frame); }));
    auto* addenda = gui.Find<wxTextCtrl>("addenda", frame);
    BOOST_TEST(ui::FromWx(addenda->GetValue()).find("client called to add context") !=
               std::string::npos);
    gui.Snapshot("gui-addendum");

    // Lock with Ctrl+L: the main window goes, the unlock dialog comes.
    gui.Click(list);
    gui.Key('L', wxMOD_CONTROL);
    BOOST_REQUIRE(gui.PumpUntil([&] { return !app.IsUnlocked(); }));
    BOOST_REQUIRE(gui.PumpUntil([&] { return !wxWindow::FindWindowByName("main_frame"); }));

    // A wrong passphrase is refused with a message; the right one opens the vault again.
    dialog = app.Dialog();
    BOOST_REQUIRE(dialog);
    gui.Type(gui.Find("passphrase", dialog), "orchid lantern 47 quite");
    gui.Click(gui.Find("unlock", dialog));
    auto* error = gui.Find<wxStaticText>("error", dialog);
    BOOST_REQUIRE(gui.PumpUntil([&] { return !error->GetLabel().empty(); }));
    BOOST_TEST(Label(error).find("passphrase") != std::string::npos, Label(error));
    gui.Snapshot("gui-wrong-passphrase");
    BOOST_TEST(!app.IsUnlocked());
    gui.Type(gui.Find("passphrase", dialog), kPassphrase);
    gui.Click(gui.Find("unlock", dialog));
    BOOST_REQUIRE(gui.PumpUntil([&] { return app.IsUnlocked(); }));
    list = gui.Find<wxListView>("clients", app.Frame());
    BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetItemCount() == 1; }));

    app.Frame()->Destroy();
    gui.PumpUntil([] { return !wxWindow::FindWindowByName("main_frame"); });
}

BOOST_AUTO_TEST_SUITE_END()

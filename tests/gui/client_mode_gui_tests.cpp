#include <boost/test/unit_test.hpp>

#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment_gui_support.h"

using namespace securebase;
using namespace securebase::test;

namespace {

const std::string kInventoryTitle = "Relationship Patterns Inventory";

std::string Label(wxWindow* window) { return ui::FromWx(window->GetLabel()); }

wxWindow* ClientMode() { return wxWindow::FindWindowByName("client_mode"); }

// Keys reach the window under the pointer on a bare X server: point at the question first.
void PointAtQuestion(GuiDriver& gui, wxWindow* clientMode) {
    auto* text = gui.Find("item_text", clientMode);
    BOOST_REQUIRE(text);
    gui.Click(text);
}

void EnterPassphrase(GuiDriver& gui, wxWindow* clientMode, const std::string& passphrase) {
    auto* field = gui.Find<wxTextCtrl>("client_passphrase", clientMode);
    BOOST_REQUIRE(field);
    gui.Type(field, passphrase);
    gui.Click(gui.Find("confirm_passphrase", clientMode));
}

struct Opened : AssessmentPractice {
    Opened() : AssessmentPractice(kInventoryTitle) {}
    ~Opened() {
        if (auto* window = ClientMode()) window->Destroy();
    }
    wxWindow* StartClientMode() {
        gui.Click(gui.Find("start_client_mode", frame));
        BOOST_REQUIRE(gui.PumpUntil([] { return ClientMode() && ClientMode()->IsShown(); }));
        return ClientMode();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(client_mode_window)

BOOST_AUTO_TEST_CASE(a_client_completes_the_inventory_with_number_keys) {
    Opened opened;
    wxWindow* clientMode = opened.StartClientMode();
    PointAtQuestion(opened.gui, clientMode);
    auto* progress = opened.gui.Find<wxStaticText>("progress", clientMode);
    BOOST_TEST(Label(progress) == "Question 1 of 24");
    BOOST_TEST(!opened.frame->IsEnabled());  // nothing behind it can be reached
    opened.gui.Key('6', wxMOD_NONE);
    BOOST_REQUIRE(opened.gui.PumpUntil([&] { return Label(progress) == "Question 2 of 24"; }));
    opened.gui.Snapshot("gui-client-mode");
    for (int i = 1; i < 24; ++i) opened.gui.Key(i % 2 ? '3' : '5', wxMOD_NONE);
    auto* end = opened.gui.Find<wxStaticText>("end_text", clientMode);
    BOOST_REQUIRE(end);
    BOOST_TEST(Label(end).find("every question") != std::string::npos, Label(end));

    opened.gui.Click(opened.gui.Find("finish", clientMode));
    EnterPassphrase(opened.gui, clientMode, "wrongpassphrase");
    auto* error = opened.gui.Find<wxStaticText>("passphrase_error", clientMode);
    BOOST_REQUIRE(opened.gui.PumpUntil([&] { return !Label(error).empty(); }));
    BOOST_TEST(Label(error).find("not the vault's passphrase") != std::string::npos);
    BOOST_TEST(ClientMode() != nullptr);
    opened.gui.Snapshot("gui-client-mode-passphrase");

    EnterPassphrase(opened.gui, clientMode, std::string(kAssessPassphrase.View()));
    BOOST_REQUIRE(opened.gui.PumpUntil([] { return !ClientMode(); }));
    BOOST_TEST(opened.frame->IsEnabled());
    auto* result = opened.gui.Find<wxTextCtrl>("result", opened.frame);
    BOOST_REQUIRE(opened.gui.PumpUntil(
        [&] { return ui::FromWx(result->GetValue()).find("Scores") != std::string::npos; }));
    BOOST_TEST(ui::FromWx(result->GetValue()).find("not a validated diagnostic measure") !=
               std::string::npos);
    opened.gui.Snapshot("gui-assessment-result-inventory");

    const auto history = opened.History();
    BOOST_REQUIRE(history.size() == 1u);
    BOOST_TEST((history[0].administration.status == AdministrationStatus::Completed));
    BOOST_TEST(history[0].administration.answers.size() == 24u);
    BOOST_TEST(history[0].administration.answers.at("1") == 6);
}

BOOST_AUTO_TEST_CASE(leaving_client_mode_demands_the_passphrase_and_resume_starts_where_it_left) {
    Opened opened;
    wxWindow* clientMode = opened.StartClientMode();
    PointAtQuestion(opened.gui, clientMode);
    for (char key : {'2', '4', '7'}) opened.gui.Key(key, wxMOD_NONE);

    // Closing the window (as a window manager would) only brings up the passphrase page.
    clientMode->Close();
    opened.gui.Settle();
    BOOST_REQUIRE(ClientMode());
    auto* field = opened.gui.Find<wxTextCtrl>("client_passphrase", clientMode);
    BOOST_REQUIRE(field);
    opened.gui.Click(opened.gui.Find("stay", clientMode));
    PointAtQuestion(opened.gui, clientMode);

    // Escape the same; the right passphrase leaves, keeping the answers.
    opened.gui.Key(WXK_ESCAPE, wxMOD_NONE);
    EnterPassphrase(opened.gui, clientMode, std::string(kAssessPassphrase.View()));
    BOOST_REQUIRE(opened.gui.PumpUntil([] { return !ClientMode(); }));
    auto history = opened.History();
    BOOST_REQUIRE(history.size() == 1u);
    BOOST_TEST((history[0].administration.status == AdministrationStatus::InProgress));
    BOOST_TEST(history[0].administration.answers.size() == 3u);

    opened.gui.Click(opened.gui.Find("resume", opened.frame));
    BOOST_REQUIRE(opened.gui.PumpUntil([] { return ClientMode() && ClientMode()->IsShown(); }));
    auto* progress = opened.gui.Find<wxStaticText>("progress", ClientMode());
    BOOST_TEST(Label(progress) == "Question 4 of 24");
}

BOOST_AUTO_TEST_SUITE_END()

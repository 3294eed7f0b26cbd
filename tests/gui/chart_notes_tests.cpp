#include <boost/test/unit_test.hpp>

#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui_driver.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/change_passphrase_dialog.h"
#include "ui/main_frame.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;

namespace {

const Secret kPassphrase("orchid lantern 47 quiet");

Date On(int y, unsigned m, unsigned d) {
    return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

// A small invented practice: three clients, one with consents and two sessions.
struct Practice {
    Id clientId = kNoId;
    Id sessionId = kNoId;
};

Practice Prepare(const std::filesystem::path& path) {
    auto session = service::VaultSession::Create(path, kPassphrase, {storage::kTestKdfIterations});
    service::Practice& records = session->Records();
    PracticeSettings settings = records.Settings();
    settings.practiceName = "Harbour Lane Therapy";
    settings.practitionerName = "Dr Wenna Castellan";
    settings.credentials = "MSc, UKCP";
    records.SaveSettings(settings);
    for (const auto& [given, family] :
         {std::pair{"Oriel", "Vantongeren"}, std::pair{"Tamsin", "Okonkwo-Reyes"}}) {
        Client other;
        other.name = {given, family, ""};
        records.AdmitClient(other);
    }
    Client client;
    client.name = {"Marisol", "Thornquist", "Mari"};
    client.pronouns = "she/her";
    client.contact.email = "m.thornquist@example.org";
    client.referralSource = "Self-referred";
    client.presentingConcerns = "Low mood since a change of job; poor sleep.";
    client.tags = {"evening", "sliding scale"};
    client.consents = {{kNoId, "Treatment and record keeping", On(2026, 9, 1), std::nullopt},
                       {kNoId, "Audio recording of sessions", On(2026, 9, 1), On(2026, 10, 15)}};
    client = records.AdmitClient(client);
    Session first;
    first.clientId = client.id;
    first.start = std::chrono::local_days{On(2026, 11, 11)} + std::chrono::hours{10};
    records.AddSession(first);
    Session second = first;
    second.start = std::chrono::local_days{On(2026, 11, 18)} + std::chrono::hours{10};
    second = records.AddSession(second);
    return {client.id, second.id};
}

std::string Label(wxWindow* window) { return ui::FromWx(window->GetLabel()); }

}  // namespace

BOOST_AUTO_TEST_SUITE(chart_notes)

BOOST_AUTO_TEST_CASE(a_consent_and_a_private_process_note_are_recorded_through_the_window) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const Practice practice = Prepare(path);
    GuiDriver gui;
    ui::AppController app(path);
    app.Start(&kPassphrase);
    BOOST_REQUIRE(app.IsUnlocked());
    wxWindow* frame = app.Frame();

    // Open the chart of the client with consents.
    auto* list = gui.Find<wxListView>("clients", frame);
    BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetItemCount() == 3; }));
    long row = -1;
    for (long i = 0; i < list->GetItemCount(); ++i)
        if (ui::FromWx(list->GetItemText(i, 1)).find("Thornquist") != std::string::npos) row = i;
    BOOST_REQUIRE(row >= 0);
    wxRect rect;
    BOOST_REQUIRE(list->GetItemRect(row, rect));
    gui.ClickAt(list->ClientToScreen(rect.GetPosition() +
                                     wxPoint(rect.GetWidth() / 3, rect.GetHeight() / 2)));
    auto* consents = gui.Find<wxListView>("consents", frame);
    BOOST_REQUIRE(consents);
    BOOST_REQUIRE(gui.PumpUntil([&] { return consents->GetItemCount() == 2; }));

    // A new consent, typed and added with the button.
    auto* topic = gui.Find<wxTextCtrl>("consent_topic", frame);
    auto* details = gui.Find<wxScrolledWindow>("details", frame);
    details->Scroll(-1, details->GetVirtualSize().GetHeight());
    gui.Settle();
    gui.Type(topic, "Sharing a summary with the referrer");
    gui.Click(gui.Find("add_consent", frame));
    BOOST_REQUIRE_MESSAGE(gui.PumpUntil([&] { return consents->GetItemCount() == 3; }),
                          "not added: " << Label(gui.Find("details_message", frame)));
    BOOST_TEST(ui::FromWx(consents->GetItemText(2, 0)) == "Sharing a summary with the referrer");
    BOOST_TEST(ui::FromWx(consents->GetItemText(1, 2)) == "2026-10-15");
    details->Scroll(-1, details->GetVirtualSize().GetHeight());
    gui.Snapshot("gui-details-consents");

    // The process note of the newest session, on its own sub-tab.
    gui.Find<wxNotebook>("chart", frame)->SetSelection(1);
    auto* noteTabs = gui.Find<wxNotebook>("note_tabs", frame);
    BOOST_REQUIRE(noteTabs);
    BOOST_TEST(ui::FromWx(noteTabs->GetPageText(1)).find("private") != std::string::npos);
    noteTabs->SetSelection(1);
    auto* process = gui.Find<wxTextCtrl>("process_note", frame);
    BOOST_REQUIRE(process);
    gui.Type(process, "Noticed my own impatience when work came up; take to supervision.");
    gui.Click(gui.Find("save_process_note", frame));
    auto* message = gui.Find<wxStaticText>("process_message", frame);
    BOOST_REQUIRE(gui.PumpUntil([&] { return !message->GetLabel().empty(); }));
    BOOST_TEST(Label(message).find("saved") != std::string::npos, Label(message));
    gui.Snapshot("gui-process-note");

    app.Lock();
    BOOST_REQUIRE(gui.PumpUntil([] { return !wxWindow::FindWindowByName("main_frame"); }));
    app.Dialog()->Destroy();
    gui.PumpUntil([] { return !wxWindow::FindWindowByName("unlock_dialog"); });

    // Stored where it belongs: the process note apart, the progress note untouched.
    const auto reopened = service::VaultSession::Open(path, kPassphrase);
    const auto stored = reopened->Records().ProcessNoteOf(practice.sessionId);
    BOOST_REQUIRE(stored);
    BOOST_TEST(stored->text == "Noticed my own impatience when work came up; take to supervision.");
    BOOST_TEST(!reopened->Records().NoteOf(practice.sessionId));
    const Client client = reopened->Records().GetClient(practice.clientId);
    BOOST_REQUIRE(client.consents.size() == 3u);
    BOOST_TEST(client.consents[2].topic == "Sharing a summary with the referrer");
}

// Shown modeless here so the test can drive it; File > Change passphrase shows it modal.
BOOST_AUTO_TEST_CASE(the_change_passphrase_dialog_rates_and_refuses_a_weak_passphrase) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    auto session = service::VaultSession::Create(path, kPassphrase, {storage::kTestKdfIterations});
    GuiDriver gui;
    auto* dialog = new ui::ChangePassphraseDialog(nullptr, *session);
    dialog->Show();
    gui.Type(gui.Find("new_passphrase", dialog), "password123");
    gui.Type(gui.Find("new_confirmation", dialog), "password12");
    BOOST_TEST(Label(gui.Find("match", dialog)) == "The passphrases do not match yet.");
    gui.Click(gui.Find("change", dialog));
    auto* error = gui.Find<wxStaticText>("error", dialog);
    BOOST_REQUIRE(gui.PumpUntil([&] { return !error->GetLabel().empty(); }));
    BOOST_TEST(Label(error).find("too easy to guess") != std::string::npos, Label(error));
    gui.Snapshot("gui-change-passphrase-refused");
    dialog->Destroy();
    gui.PumpUntil([] { return !wxWindow::FindWindowByName("change_passphrase_dialog"); });

    session.reset();
    BOOST_TEST(service::VaultSession::Open(path, kPassphrase));
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "gui_driver.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/png_bytes.h"
#include "support/temp_dir.h"
#include "ui/settings_dialog.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(settings_dialog_gui)

BOOST_AUTO_TEST_CASE(the_logo_row_previews_the_practice_logo_and_none_is_saved_with_ok) {
    TempDir dir;
    auto session = service::VaultSession::Create(dir / "practice.sbv", Secret("quay-bramble-61"),
                                                 {storage::kTestKdfIterations});
    PracticeSettings settings = session->Records().Settings();
    settings.practiceName = "Tollbridge Rooms";
    settings.practitionerName = "Dr Wenna Castellan";
    settings.logo = LogoChoice::Custom;
    settings.logoPng = WideLogo();
    session->Records().SaveSettings(settings);

    GuiDriver gui;
    ui::SettingsDialog dialog(nullptr, session->Records(), nullptr);
    dialog.Move(0, 0);
    std::string shownFirst;
    std::string chooseLabel;
    bool previewFirst = false;
    std::string shownAfterNone;
    bool previewAfterNone = true;
    // The dialog is modal, as in the application: the test drives it from inside its loop.
    wxTheApp->CallAfter([&] {
        auto* text = gui.Find<wxStaticText>("logo_text", &dialog);
        auto* preview = gui.Find<wxStaticBitmap>("logo_preview", &dialog);
        auto* none = gui.Find<wxButton>("logo_none", &dialog);
        auto* choose = gui.Find<wxButton>("logo_choose", &dialog);
        if (choose) chooseLabel = ui::FromWx(choose->GetLabel());
        if (text && preview && none) {
            shownFirst = ui::FromWx(text->GetLabel());
            previewFirst = preview->GetBitmap().IsOk();
            gui.Snapshot("settings_logo_custom");
            gui.Click(none);
            gui.PumpUntil([&] { return text->GetLabel() == "No logo"; });
            shownAfterNone = ui::FromWx(text->GetLabel());
            previewAfterNone = preview->GetBitmap().IsOk();
            gui.Snapshot("settings_logo_none");
            gui.Click(dialog.FindWindow(wxID_OK));
        }
        if (dialog.IsModal()) dialog.EndModal(wxID_CANCEL);
    });
    const int result = dialog.ShowModal();

    BOOST_TEST(chooseLabel == "Choose…");
    BOOST_TEST(shownFirst == "Your custom PNG, 120 × 30 pixels");
    BOOST_TEST(previewFirst);
    BOOST_TEST(shownAfterNone == "No logo");
    BOOST_TEST(!previewAfterNone);
    BOOST_TEST(result == wxID_OK);
    BOOST_TEST((session->Records().Settings().logo == LogoChoice::None));
    BOOST_TEST(session->Records().Settings().practiceName == "Tollbridge Rooms");
}

BOOST_AUTO_TEST_SUITE_END()

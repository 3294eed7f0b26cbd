#pragma once

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>

#include <functional>
#include <string>

#include "gui_driver.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/main_frame.h"
#include "ui/wx_string.h"

namespace securebase::test {

// Letters and digits only, so the simulated keyboard types it the same on every layout.
inline const Secret kAssessPassphrase("orchidlantern47quiet");

// A practice with one invented client, Ilse Marchetti, unlocked in the real window with her
// chart open on the Assessments tab and `instrumentTitle` chosen.
struct AssessmentPractice {
    // `earlier` adds what the client did before this session, through the vault directly.
    using Earlier = std::function<void(service::Assessments&, Id clientId)>;

    explicit AssessmentPractice(const std::string& instrumentTitle, const Earlier& earlier = {}) {
        {
            auto session = service::VaultSession::Create(path, kAssessPassphrase,
                                                         {storage::kTestKdfIterations});
            Client client;
            client.name = {"Ilse", "Marchetti", ""};
            clientId = session->Records().AdmitClient(client).id;
            if (earlier) earlier(session->Assessing(), clientId);
        }
        app.Start(&kAssessPassphrase);
        BOOST_REQUIRE(app.IsUnlocked());
        frame = app.Frame();
        OpenTab(instrumentTitle);
    }
    ~AssessmentPractice() {
        app.Lock();
        gui.PumpUntil([] { return !wxWindow::FindWindowByName("main_frame"); });
        if (app.Dialog()) app.Dialog()->Destroy();
        gui.PumpUntil([] { return !wxWindow::FindWindowByName("unlock_dialog"); });
    }

    // A second connection beside the window's, as a crash-recovery reader would see the vault.
    std::vector<service::AdministrationReport> History() {
        return service::VaultSession::Open(path, kAssessPassphrase)->Assessing().History(clientId);
    }

    TempDir dir;
    std::filesystem::path path = dir / "practice.sbv";
    Id clientId = kNoId;
    GuiDriver gui;
    ui::AppController app{path};
    wxWindow* frame = nullptr;

private:
    void OpenTab(const std::string& instrumentTitle) {
        auto* list = gui.Find<wxListView>("clients", frame);
        BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetItemCount() == 1; }));
        wxRect rect;
        BOOST_REQUIRE(list->GetItemRect(0, rect));
        gui.ClickAt(list->ClientToScreen(rect.GetPosition() +
                                         wxPoint(rect.GetWidth() / 3, rect.GetHeight() / 2)));
        auto* chart = gui.Find<wxNotebook>("chart", frame);
        BOOST_REQUIRE(chart);
        chart->SetSelection(2);
        auto* instruments = gui.Find<wxChoice>("instrument", frame);
        BOOST_REQUIRE(instruments);
        const int index = instruments->FindString(ui::ToWx(instrumentTitle));
        BOOST_REQUIRE(index != wxNOT_FOUND);
        instruments->SetSelection(index);
        gui.Settle();
    }
};

}  // namespace securebase::test

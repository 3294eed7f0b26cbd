#include "ui/unlock_dialog.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "ui/app_icon.h"
#include "ui/worker.h"
#include "ui/wx_string.h"

namespace securebase::ui {

UnlockDialog::UnlockDialog(const std::filesystem::path& vaultPath, present::VaultOpened opened)
    : wxDialog(nullptr, wxID_ANY, "Unlock SecureBase", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "unlock_dialog"),
      m_presenter(*this, vaultPath, std::move(opened), OnWorker(this)) {
    SetIcons(AppIcons());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(this, wxID_ANY, "Enter the passphrase of your vault");
    title->SetFont(title->GetFont().Bold().Larger());
    title->SetInitialSize();
    sizer->Add(title, wxSizerFlags().Border(wxALL, 12));
    auto* where = new wxStaticText(this, wxID_ANY, ToWx(vaultPath.string()));
    where->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(where, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));

    m_passphrase =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(360, -1)),
                       wxTE_PASSWORD | wxTE_PROCESS_ENTER, wxDefaultValidator, "passphrase");
    sizer->Add(m_passphrase, wxSizerFlags().Expand().Border(wxALL, 12));
    m_error = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "error");
    m_error->SetForegroundColour(*wxRED);
    sizer->Add(m_error, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    m_busy = new wxStaticText(this, wxID_ANY, ToWx("Unlocking…"), wxDefaultPosition, wxDefaultSize,
                              0, "busy");
    m_busy->Hide();
    sizer->Add(m_busy, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* quit = new wxButton(this, wxID_CANCEL, "Quit");
    m_unlock = new wxButton(this, wxID_OK, "Unlock", wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "unlock");
    m_unlock->SetDefault();
    buttons->AddStretchSpacer();
    buttons->Add(quit, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(m_unlock);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(sizer);
    CentreOnScreen();

    m_unlock->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnUnlock(); });
    m_passphrase->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { m_presenter.OnUnlock(); });
    m_passphrase->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_presenter.OnPassphraseEdited(); });
    quit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
    m_passphrase->SetFocus();
}

Secret UnlockDialog::Passphrase() const { return Secret(FromWx(m_passphrase->GetValue())); }

void UnlockDialog::ClearPassphrase() {
    m_passphrase->ChangeValue("");
    m_passphrase->SetFocus();
}

void UnlockDialog::ShowError(const std::string& message) {
    if (FromWx(m_error->GetLabel()) == message) return;
    m_error->SetLabel(ToWx(message));
    m_error->Wrap(FromDIP(360));
    GetSizer()->Fit(this);
}

void UnlockDialog::ShowBusy(bool busy) {
    m_passphrase->Enable(!busy);
    m_unlock->Enable(!busy);
    m_busy->Show(busy);
    GetSizer()->Fit(this);
}

}  // namespace securebase::ui

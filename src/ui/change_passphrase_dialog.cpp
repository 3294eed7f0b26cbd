#include "ui/change_passphrase_dialog.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "present/passphrase_choice.h"
#include "ui/passphrase_pair_fields.h"
#include "ui/wx_string.h"

namespace securebase::ui {

ChangePassphraseDialog::ChangePassphraseDialog(wxWindow* parent, service::VaultSession& session)
    : wxDialog(parent, wxID_ANY, "Change passphrase", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "change_passphrase_dialog"),
      m_presenter(*this, session) {
    const wxSizerFlags labelFlags = wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explain = new wxStaticText(
        this, wxID_ANY,
        "From now on the vault opens only with the new passphrase. Backups made earlier keep "
        "opening with the passphrase that was current when they were made.");
    explain->Wrap(FromDIP(420));
    sizer->Add(explain, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    m_fields = PassphrasePairFields::AddTo(
        this, sizer,
        {"New passphrase (at least 10 characters)", "The new passphrase again", "new_passphrase",
         "new_confirmation"});
    m_error = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "error");
    m_error->SetForegroundColour(*wxRED);
    sizer->Add(m_error, labelFlags);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_CANCEL, "Cancel");
    auto* change = new wxButton(this, wxID_OK, "Change passphrase", wxDefaultPosition,
                                wxDefaultSize, 0, wxDefaultValidator, "change");
    change->SetDefault();
    buttons->AddStretchSpacer();
    buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(change);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizer(sizer);
    m_presenter.OnPassphraseEdited();
    Fit();
    CentreOnParent();

    const auto changePassphrase = [this](wxCommandEvent&) {
        bool changed = false;
        {
            // Deriving the new key takes a deliberate fraction of a second.
            wxBusyCursor busy;
            changed = m_presenter.OnChange();
        }
        if (changed) EndModal(wxID_OK);
    };
    change->Bind(wxEVT_BUTTON, changePassphrase);
    m_fields.confirmation->Bind(wxEVT_TEXT_ENTER, changePassphrase);
    m_fields.OnEdited([this] { m_presenter.OnPassphraseEdited(); });
    m_fields.passphrase->SetFocus();
}

Secret ChangePassphraseDialog::Passphrase() const { return m_fields.Passphrase(); }

Secret ChangePassphraseDialog::Confirmation() const { return m_fields.Confirmation(); }

void ChangePassphraseDialog::ShowStrength(const present::PassphraseStrength& strength) {
    m_fields.strengthGauge->SetValue(static_cast<int>(strength.level));
    SetWrapped(m_fields.strength, present::StrengthText(strength), 290);
}

void ChangePassphraseDialog::ShowMatch(const std::string& message) {
    SetWrapped(m_fields.match, message, 420);
}

void ChangePassphraseDialog::ShowError(const std::string& message) {
    SetWrapped(m_error, message, 420);
}

void ChangePassphraseDialog::SetWrapped(wxStaticText* label, const std::string& text, int width) {
    if (FromWx(label->GetLabel()) == text) return;
    label->SetLabel(ToWx(text));
    label->Wrap(FromDIP(width));
    if (GetSizer()) {
        Layout();
        GetSizer()->SetSizeHints(this);
    }
}

}  // namespace securebase::ui

#include "ui/change_passphrase_dialog.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "present/passphrase_choice.h"
#include "ui/wx_string.h"

namespace securebase::ui {

ChangePassphraseDialog::ChangePassphraseDialog(wxWindow* parent, service::VaultSession& session)
    : wxDialog(parent, wxID_ANY, "Change passphrase", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "change_passphrase_dialog"),
      m_presenter(*this, session) {
    const wxSizerFlags labelFlags = wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12);
    const wxSizerFlags fieldFlags = wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explain = new wxStaticText(
        this, wxID_ANY,
        "From now on the vault opens only with the new passphrase. Backups made earlier keep "
        "opening with the passphrase that was current when they were made.");
    explain->Wrap(FromDIP(420));
    sizer->Add(explain, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    sizer->Add(new wxStaticText(this, wxID_ANY, "New passphrase (at least 10 characters)"),
               labelFlags);
    m_passphrase = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(420, -1)),
                                  wxTE_PASSWORD, wxDefaultValidator, "new_passphrase");
    sizer->Add(m_passphrase, fieldFlags);
    auto* strengthRow = new wxBoxSizer(wxHORIZONTAL);
    m_strengthGauge = new wxGauge(this, wxID_ANY, 4, wxDefaultPosition, FromDIP(wxSize(120, 8)));
    m_strength =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "strength");
    strengthRow->Add(m_strengthGauge, wxSizerFlags().Centre().Border(wxRIGHT, 8));
    strengthRow->Add(m_strength, wxSizerFlags(1).Centre());
    sizer->Add(strengthRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    sizer->Add(new wxStaticText(this, wxID_ANY, "The new passphrase again"), labelFlags);
    m_confirmation =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                       wxTE_PASSWORD | wxTE_PROCESS_ENTER, wxDefaultValidator, "new_confirmation");
    sizer->Add(m_confirmation, fieldFlags);
    m_match = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "match");
    sizer->Add(m_match, labelFlags);
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
    m_confirmation->Bind(wxEVT_TEXT_ENTER, changePassphrase);
    m_passphrase->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_presenter.OnPassphraseEdited(); });
    m_confirmation->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_presenter.OnPassphraseEdited(); });
    m_passphrase->SetFocus();
}

Secret ChangePassphraseDialog::Passphrase() const {
    return Secret(FromWx(m_passphrase->GetValue()));
}

Secret ChangePassphraseDialog::Confirmation() const {
    return Secret(FromWx(m_confirmation->GetValue()));
}

void ChangePassphraseDialog::ShowStrength(const present::PassphraseStrength& strength) {
    m_strengthGauge->SetValue(static_cast<int>(strength.level));
    SetWrapped(m_strength, present::StrengthText(strength), 290);
}

void ChangePassphraseDialog::ShowMatch(const std::string& message) {
    SetWrapped(m_match, message, 420);
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

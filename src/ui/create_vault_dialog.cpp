#include "ui/create_vault_dialog.h"

#include <wx/button.h>
#include <wx/gauge.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include "present/passphrase_choice.h"
#include "ui/app_icon.h"
#include "ui/passphrase_pair_fields.h"
#include "ui/wx_string.h"

namespace securebase::ui {

CreateVaultDialog::CreateVaultDialog(const std::filesystem::path& vaultPath,
                                     service::VaultOptions options, present::VaultOpened opened)
    : wxDialog(nullptr, wxID_ANY, "Create your SecureBase vault", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "create_vault_dialog"),
      m_presenter(*this, vaultPath, options, std::move(opened)) {
    SetIcons(AppIcons());
    const wxSizerFlags labelFlags = wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* title = new wxStaticText(this, wxID_ANY, "Choose a passphrase for a new vault");
    title->SetFont(title->GetFont().Bold().Larger());
    title->SetInitialSize();
    sizer->Add(title, wxSizerFlags().Border(wxALL, 12));
    auto* explain = new wxStaticText(
        this, wxID_ANY,
        "Everything you record is encrypted with this passphrase. There is no way to recover the "
        "records without it: keep it somewhere safe.\nThe vault will be created at:");
    explain->Wrap(FromDIP(420));
    sizer->Add(explain, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    auto* where = new wxStaticText(this, wxID_ANY, ToWx(vaultPath.string()));
    where->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(where, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    m_fields =
        PassphrasePairFields::AddTo(this, sizer,
                                    {"Passphrase (at least 10 characters)",
                                     "The same passphrase again", "passphrase", "confirmation"});
    auto* who = new wxStaticText(this, wxID_ANY, "Your practice (signed notes carry your name)");
    who->SetFont(who->GetFont().Bold());
    who->SetInitialSize();
    sizer->Add(who, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(4)));
    grid->AddGrowableCol(1, 1);
    const auto addField = [&](const char* label, const char* name) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
        auto* field = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                     wxDefaultValidator, name);
        grid->Add(field, wxSizerFlags().Expand());
        return field;
    };
    m_practitioner = addField("Your name", "practitioner");
    m_credentials = addField("Credentials", "credentials");
    m_practiceName = addField("Practice name", "practice_name");
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    m_error = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "error");
    m_error->SetForegroundColour(*wxRED);
    sizer->Add(m_error, labelFlags);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* quit = new wxButton(this, wxID_CANCEL, "Quit");
    auto* create = new wxButton(this, wxID_OK, "Create vault", wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "create");
    create->SetDefault();
    buttons->AddStretchSpacer();
    buttons->Add(quit, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(create);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizer(sizer);
    m_presenter.OnPassphraseEdited();
    Fit();
    CentreOnScreen();

    const auto createVault = [this](wxCommandEvent&) {
        wxBusyCursor busy;
        m_presenter.OnCreate();
    };
    create->Bind(wxEVT_BUTTON, createVault);
    m_fields.confirmation->Bind(wxEVT_TEXT_ENTER, createVault);
    m_fields.OnEdited([this] { m_presenter.OnPassphraseEdited(); });
    quit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
    m_fields.passphrase->SetFocus();
}

Secret CreateVaultDialog::Passphrase() const { return m_fields.Passphrase(); }

Secret CreateVaultDialog::Confirmation() const { return m_fields.Confirmation(); }

PracticeSettings CreateVaultDialog::Practice() const {
    PracticeSettings practice;
    practice.practiceName = FromWx(m_practiceName->GetValue().Strip(wxString::both));
    practice.practitionerName = FromWx(m_practitioner->GetValue().Strip(wxString::both));
    practice.credentials = FromWx(m_credentials->GetValue().Strip(wxString::both));
    return practice;
}

void CreateVaultDialog::ShowStrength(const present::PassphraseStrength& strength) {
    m_fields.strengthGauge->SetValue(static_cast<int>(strength.level));
    SetWrapped(m_fields.strength, present::StrengthText(strength));
}

void CreateVaultDialog::ShowMatch(const std::string& message) {
    SetWrapped(m_fields.match, message);
}

void CreateVaultDialog::ShowError(const std::string& message) { SetWrapped(m_error, message); }

void CreateVaultDialog::SetWrapped(wxStaticText* label, const std::string& text) {
    if (FromWx(label->GetLabel()) == text) return;
    label->SetLabel(ToWx(text));
    label->Wrap(FromDIP(label == m_fields.strength ? 290 : 420));
    if (GetSizer()) {
        Layout();
        GetSizer()->SetSizeHints(this);
    }
}

}  // namespace securebase::ui

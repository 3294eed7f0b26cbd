#include "ui/settings_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

constexpr NoteFormat kFormats[] = {NoteFormat::Soap, NoteFormat::Dap, NoteFormat::Birp,
                                   NoteFormat::Free};

}  // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, service::Practice& practice,
                               present::SettingsPresenter::Saved saved)
    : wxDialog(parent, wxID_ANY, "Practice settings", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "settings_dialog"),
      m_presenter(*this, practice, std::move(saved)) {
    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(10), FromDIP(6)));
    grid->AddGrowableCol(1, 1);
    const auto row = [&](const char* label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
        grid->Add(control, wxSizerFlags().Expand());
    };
    m_practitioner =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(300, -1)));
    m_credentials = new wxTextCtrl(this, wxID_ANY);
    m_practiceName = new wxTextCtrl(this, wxID_ANY);
    m_idleMinutes = new wxSpinCtrl(this, wxID_ANY, "10", wxDefaultPosition, wxDefaultSize,
                                   wxSP_ARROW_KEYS, 0, 24 * 60, 10);
    m_noteFormat = new wxChoice(this, wxID_ANY);
    for (NoteFormat format : kFormats) m_noteFormat->Append(DisplayName(format));
    row("Your name", m_practitioner);
    row("Credentials", m_credentials);
    row("Practice name", m_practiceName);
    row("Lock after idle minutes (0 = never)", m_idleMinutes);
    row("Default note format", m_noteFormat);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, 12));
    m_error = new wxStaticText(this, wxID_ANY, "");
    m_error->SetForegroundColour(*wxRED);
    sizer->Add(m_error, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    sizer->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL),
               wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(sizer);
    CentreOnParent();

    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (m_presenter.OnSave()) EndModal(wxID_OK);
        },
        wxID_OK);
    m_presenter.Load();
}

void SettingsDialog::ShowSettings(const PracticeSettings& settings) {
    m_practiceName->ChangeValue(ToWx(settings.practiceName));
    m_practitioner->ChangeValue(ToWx(settings.practitionerName));
    m_credentials->ChangeValue(ToWx(settings.credentials));
    m_idleMinutes->SetValue(settings.idleLockMinutes);
    for (size_t i = 0; i < std::size(kFormats); ++i)
        if (kFormats[i] == settings.defaultNoteFormat)
            m_noteFormat->SetSelection(static_cast<int>(i));
}

PracticeSettings SettingsDialog::ReadSettings() const {
    PracticeSettings settings;
    settings.practiceName = FromWx(m_practiceName->GetValue().Strip(wxString::both));
    settings.practitionerName = FromWx(m_practitioner->GetValue().Strip(wxString::both));
    settings.credentials = FromWx(m_credentials->GetValue().Strip(wxString::both));
    settings.idleLockMinutes = m_idleMinutes->GetValue();
    settings.defaultNoteFormat = kFormats[std::max(m_noteFormat->GetSelection(), 0)];
    return settings;
}

void SettingsDialog::ShowError(const std::string& message) {
    m_error->SetLabel(ToWx(message));
    m_error->Wrap(FromDIP(420));
    GetSizer()->Fit(this);
}

}  // namespace securebase::ui

#include "ui/settings_dialog.h"

#include <algorithm>
#include <functional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/imagpng.h>
#include <wx/mstream.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/app_icon.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

constexpr NoteFormat kFormats[] = {NoteFormat::Soap, NoteFormat::Dap, NoteFormat::Birp,
                                   NoteFormat::Free};
constexpr int kPreviewHeight = 40;  // DIP; a wide logo is scaled to this height, up to 4× as wide

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
    grid->Add(new wxStaticText(this, wxID_ANY, "Logo on documents"), wxSizerFlags().Top());
    grid->Add(LogoRow(), wxSizerFlags().Expand());

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

wxSizer* SettingsDialog::LogoRow() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* line = new wxBoxSizer(wxHORIZONTAL);
    m_logoPreview = new wxStaticBitmap(this, wxID_ANY, wxBitmapBundle(), wxDefaultPosition,
                                       FromDIP(wxSize(4 * kPreviewHeight, kPreviewHeight)));
    m_logoPreview->SetName("logo_preview");
    // The box keeps its size with no logo in it, so the dialog does not jump between choices.
    m_logoPreview->SetMinSize(FromDIP(wxSize(4 * kPreviewHeight, kPreviewHeight)));
    line->Add(m_logoPreview, wxSizerFlags().CentreVertical());
    m_logoText =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "logo_text");
    line->Add(m_logoText, wxSizerFlags(1).CentreVertical().Border(wxLEFT, FromDIP(8)));
    column->Add(line, wxSizerFlags().Expand());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    const auto button = [&](const char* label, const char* name, std::function<void()> action) {
        auto* control = new wxButton(this, wxID_ANY, ToWx(label), wxDefaultPosition, wxDefaultSize,
                                     0, wxDefaultValidator, name);
        control->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(control, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
    };
    button("Choose…", "logo_choose", [this] { ChooseLogoFile(); });
    button("Default", "logo_default", [this] { m_presenter.OnDefaultLogo(); });
    button("None", "logo_none", [this] { m_presenter.OnNoLogo(); });
    column->Add(buttons, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    m_logoError =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "logo_error");
    m_logoError->SetForegroundColour(*wxRED);
    column->Add(m_logoError, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    return column;
}

void SettingsDialog::ChooseLogoFile() {
    wxFileDialog dialog(this, "Choose the practice logo", "", "", "PNG images (*.png)|*.png",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    m_presenter.OnChooseLogo(FromWx(dialog.GetPath()));
}

void SettingsDialog::ShowLogo(LogoChoice choice, const std::string& png,
                              const std::string& description) {
    const wxSize box = FromDIP(wxSize(4 * kPreviewHeight, kPreviewHeight));
    wxBitmapBundle preview;
    if (choice == LogoChoice::Default) {
        preview = wxBitmapBundle::FromBitmap(AppIcon().GetBitmap(wxSize(box.y, box.y)));
    } else if (choice == LogoChoice::Custom) {
        if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
        wxMemoryInputStream stream(png.data(), png.size());
        wxImage image(stream, wxBITMAP_TYPE_PNG);
        if (image.IsOk()) {
            const double scale = std::min(static_cast<double>(box.y) / image.GetHeight(),
                                          static_cast<double>(box.x) / image.GetWidth());
            image.Rescale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                          std::max(1, static_cast<int>(image.GetHeight() * scale)),
                          wxIMAGE_QUALITY_HIGH);
            preview = wxBitmapBundle::FromBitmap(wxBitmap(image));
        }
    }
    m_logoPreview->SetBitmap(preview);
    m_logoText->SetLabel(ToWx(description));
    Refit();
}

void SettingsDialog::ShowLogoError(const std::string& message) {
    m_logoError->SetLabel(ToWx(message));
    m_logoError->Wrap(FromDIP(320));
    Refit();
}

void SettingsDialog::Refit() {
    if (GetSizer()) GetSizer()->Fit(this);
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
    Refit();
}

}  // namespace securebase::ui

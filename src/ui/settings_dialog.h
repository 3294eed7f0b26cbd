#pragma once

#include <wx/dialog.h>

#include "present/settings_presenter.h"

class wxChoice;
class wxSpinCtrl;
class wxStaticBitmap;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// Edit > Practice settings: modal, saved only when every setting is valid.
class SettingsDialog : public wxDialog, public present::SettingsView {
public:
    SettingsDialog(wxWindow* parent, service::Practice& practice,
                   present::SettingsPresenter::Saved saved);

    void ShowSettings(const PracticeSettings& settings) override;
    PracticeSettings ReadSettings() const override;
    void ShowError(const std::string& message) override;
    void ShowLogo(LogoChoice choice, const std::string& png,
                  const std::string& description) override;
    void ShowLogoError(const std::string& message) override;

private:
    wxSizer* LogoRow();
    void ChooseLogoFile();
    void Refit();

    present::SettingsPresenter m_presenter;
    wxTextCtrl* m_practiceName = nullptr;
    wxTextCtrl* m_practitioner = nullptr;
    wxTextCtrl* m_credentials = nullptr;
    wxSpinCtrl* m_idleMinutes = nullptr;
    wxChoice* m_noteFormat = nullptr;
    wxStaticBitmap* m_logoPreview = nullptr;
    wxStaticText* m_logoText = nullptr;
    wxStaticText* m_logoError = nullptr;
    wxStaticText* m_error = nullptr;
};

}  // namespace securebase::ui

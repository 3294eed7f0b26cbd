#pragma once

#include <wx/dialog.h>

#include <filesystem>

#include "present/unlock_presenter.h"

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// Asks for the passphrase of an existing vault. Modeless, so the application's only window can
// be this dialog; it stays open after a wrong passphrase.
class UnlockDialog : public wxDialog, public present::UnlockView {
public:
    UnlockDialog(const std::filesystem::path& vaultPath, present::VaultOpened opened);

    Secret Passphrase() const override;
    void ClearPassphrase() override;
    void ShowError(const std::string& message) override;
    void ShowBusy(bool busy) override;

private:
    present::UnlockPresenter m_presenter;
    wxTextCtrl* m_passphrase = nullptr;
    wxStaticText* m_error = nullptr;
    wxStaticText* m_busy = nullptr;
    wxButton* m_unlock = nullptr;
};

}  // namespace securebase::ui

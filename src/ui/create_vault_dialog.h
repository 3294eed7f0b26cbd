#pragma once

#include <wx/dialog.h>

#include <filesystem>

#include "present/create_vault_presenter.h"
#include "ui/passphrase_pair_fields.h"

class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// First run: no vault at the path yet. Asks for a new passphrase twice and rates it as it is
// typed.
class CreateVaultDialog : public wxDialog, public present::CreateVaultView {
public:
    CreateVaultDialog(const std::filesystem::path& vaultPath, service::VaultOptions options,
                      present::VaultOpened opened);

    Secret Passphrase() const override;
    Secret Confirmation() const override;
    PracticeSettings Practice() const override;
    void ShowStrength(const present::PassphraseStrength& strength) override;
    void ShowMatch(const std::string& message) override;
    void ShowError(const std::string& message) override;

private:
    void SetWrapped(wxStaticText* label, const std::string& text);

    present::CreateVaultPresenter m_presenter;
    wxTextCtrl* m_practiceName = nullptr;
    wxTextCtrl* m_practitioner = nullptr;
    wxTextCtrl* m_credentials = nullptr;
    PassphrasePairFields m_fields;
    wxStaticText* m_error = nullptr;
};

}  // namespace securebase::ui

#pragma once

#include <wx/dialog.h>

#include "present/change_passphrase_presenter.h"
#include "ui/passphrase_pair_fields.h"

class wxStaticText;

namespace securebase::ui {

// File > Change passphrase: modal; closes with wxID_OK once the vault has the new passphrase.
class ChangePassphraseDialog : public wxDialog, public present::ChangePassphraseView {
public:
    ChangePassphraseDialog(wxWindow* parent, service::VaultSession& session);

    Secret Passphrase() const override;
    Secret Confirmation() const override;
    void ShowStrength(const present::PassphraseStrength& strength) override;
    void ShowMatch(const std::string& message) override;
    void ShowError(const std::string& message) override;

private:
    void SetWrapped(wxStaticText* label, const std::string& text, int width);

    present::ChangePassphrasePresenter m_presenter;
    PassphrasePairFields m_fields;
    wxStaticText* m_error = nullptr;
};

}  // namespace securebase::ui

#pragma once

#include "present/change_passphrase_view.h"
#include "service/vault_session.h"

namespace securebase::present {

// Changes the passphrase of the open vault. The current passphrase is not asked again: the vault
// is already unlocked, and idle lock guards an unattended screen. The new one must pass the same
// rules as at creation.
class ChangePassphrasePresenter {
public:
    ChangePassphrasePresenter(ChangePassphraseView& view, service::VaultSession& session);

    void OnPassphraseEdited();
    bool OnChange();  // true once the vault opens with the new passphrase only

private:
    ChangePassphraseView& m_view;
    service::VaultSession& m_session;
};

}  // namespace securebase::present

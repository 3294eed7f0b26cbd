#pragma once

#include <string>

#include "core/date_time.h"
#include "present/vault_tools_view.h"
#include "service/vault_session.h"

namespace securebase::present {

// Vault-wide actions of the File menu: an encrypted backup and an integrity check, each with a
// plain verdict. Both run on the calling thread; see src/ui/README.md.
class VaultToolsPresenter {
public:
    VaultToolsPresenter(VaultToolsView& view, service::VaultSession& session);

    bool OnBackup();  // true when a verified backup was written
    bool OnVerify();  // true when the vault is intact

private:
    VaultToolsView& m_view;
    service::VaultSession& m_session;
};

// "practice-2026-11-25.sbv": sorts by date in a folder of backups.
std::string SuggestedBackupName(const Date& day);

}  // namespace securebase::present

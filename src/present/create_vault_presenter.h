#pragma once

#include <filesystem>

#include "present/create_vault_view.h"
#include "present/vault_opened.h"
#include "service/vault_session.h"

namespace securebase::present {

// First run: asks for a new passphrase twice, rates it while it is typed, and creates the vault
// (and its folder, private to the user) only for a passphrase that is long and strong enough.
class CreateVaultPresenter {
public:
    CreateVaultPresenter(CreateVaultView& view, std::filesystem::path vaultPath,
                         service::VaultOptions options, VaultOpened opened);

    void OnPassphraseEdited();
    void OnCreate();

    const std::filesystem::path& VaultPath() const { return m_vaultPath; }

private:
    CreateVaultView& m_view;
    std::filesystem::path m_vaultPath;
    service::VaultOptions m_options;
    VaultOpened m_opened;
};

}  // namespace securebase::present

#pragma once

#include <filesystem>

#include "present/unlock_view.h"
#include "present/vault_opened.h"

namespace securebase::present {

// Opens an existing vault with the typed passphrase. A failure keeps the dialog open with the
// reason shown, so the user can simply try again.
class UnlockPresenter {
public:
    UnlockPresenter(UnlockView& view, std::filesystem::path vaultPath, VaultOpened opened);

    void OnUnlock();
    void OnPassphraseEdited();

    const std::filesystem::path& VaultPath() const { return m_vaultPath; }

private:
    UnlockView& m_view;
    std::filesystem::path m_vaultPath;
    VaultOpened m_opened;
};

}  // namespace securebase::present

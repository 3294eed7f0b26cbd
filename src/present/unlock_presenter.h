#pragma once

#include <filesystem>

#include "present/background.h"
#include "present/unlock_view.h"
#include "present/vault_opened.h"

namespace securebase::present {

// Opens an existing vault with the typed passphrase, deriving the key in the background so the
// dialog keeps drawing. A failure keeps the dialog open with the reason shown, so the user can
// simply try again.
class UnlockPresenter {
public:
    UnlockPresenter(UnlockView& view, std::filesystem::path vaultPath, VaultOpened opened,
                    Background background = RunInline);

    void OnUnlock();
    void OnPassphraseEdited();

    const std::filesystem::path& VaultPath() const { return m_vaultPath; }

private:
    UnlockView& m_view;
    std::filesystem::path m_vaultPath;
    VaultOpened m_opened;
    Background m_background;
};

}  // namespace securebase::present

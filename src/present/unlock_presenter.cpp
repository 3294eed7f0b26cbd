#include "present/unlock_presenter.h"

#include "core/error.h"

namespace securebase::present {

UnlockPresenter::UnlockPresenter(UnlockView& view, std::filesystem::path vaultPath,
                                 VaultOpened opened)
    : m_view(view), m_vaultPath(std::move(vaultPath)), m_opened(std::move(opened)) {}

void UnlockPresenter::OnUnlock() {
    const Secret passphrase = m_view.Passphrase();
    if (passphrase.Empty()) {
        m_view.ShowError("Enter the vault's passphrase.");
        return;
    }
    std::unique_ptr<service::VaultSession> session;
    try {
        session = service::VaultSession::Open(m_vaultPath, passphrase);
    } catch (const Error& error) {
        m_view.ClearPassphrase();
        m_view.ShowError(error.what());
        return;
    }
    m_view.ClearPassphrase();
    m_view.ShowError("");
    m_opened(std::move(session));
}

void UnlockPresenter::OnPassphraseEdited() { m_view.ShowError(""); }

}  // namespace securebase::present

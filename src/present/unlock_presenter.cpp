#include "present/unlock_presenter.h"

#include <memory>
#include <string>

#include "core/error.h"

namespace securebase::present {

namespace {

struct Attempt {
    Secret passphrase;
    std::unique_ptr<service::VaultSession> session;
    std::string error;
};

}  // namespace

UnlockPresenter::UnlockPresenter(UnlockView& view, std::filesystem::path vaultPath,
                                 VaultOpened opened, Background background)
    : m_view(view),
      m_vaultPath(std::move(vaultPath)),
      m_opened(std::move(opened)),
      m_background(std::move(background)) {}

void UnlockPresenter::OnUnlock() {
    Secret passphrase = m_view.Passphrase();
    if (passphrase.Empty()) {
        m_view.ShowError("Enter the vault's passphrase.");
        return;
    }
    m_view.ShowError("");
    m_view.ShowBusy(true);
    auto attempt = std::make_shared<Attempt>();
    attempt->passphrase = std::move(passphrase);
    m_background(
        [attempt, path = m_vaultPath] {
            try {
                attempt->session = service::VaultSession::Open(path, attempt->passphrase);
            } catch (const Error& error) {
                attempt->error = error.what();
            }
        },
        [this, attempt] {
            m_view.ShowBusy(false);
            m_view.ClearPassphrase();
            if (!attempt->session) {
                m_view.ShowError(attempt->error);
                return;
            }
            m_opened(std::move(attempt->session));
        });
}

void UnlockPresenter::OnPassphraseEdited() { m_view.ShowError(""); }

}  // namespace securebase::present

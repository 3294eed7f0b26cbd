#include "present/change_passphrase_presenter.h"

#include "core/error.h"
#include "present/passphrase_choice.h"

namespace securebase::present {

ChangePassphrasePresenter::ChangePassphrasePresenter(ChangePassphraseView& view,
                                                     service::VaultSession& session)
    : m_view(view), m_session(session) {}

void ChangePassphrasePresenter::OnPassphraseEdited() {
    const Secret passphrase = m_view.Passphrase();
    const Secret confirmation = m_view.Confirmation();
    m_view.ShowStrength(EstimatePassphraseStrength(passphrase.View()));
    m_view.ShowMatch(PassphraseMatch(passphrase.View(), confirmation.View()));
    m_view.ShowError("");
}

bool ChangePassphrasePresenter::OnChange() {
    const Secret passphrase = m_view.Passphrase();
    const Secret confirmation = m_view.Confirmation();
    if (const std::string refusal = PassphraseRefusal(passphrase.View(), confirmation.View());
        !refusal.empty()) {
        m_view.ShowError(refusal);
        return false;
    }
    try {
        m_session.ChangePassphrase(passphrase);
    } catch (const Error& error) {
        m_view.ShowError(std::string("The passphrase was not changed: ") + error.what());
        return false;
    }
    m_view.ShowError("");
    return true;
}

}  // namespace securebase::present

#include "present/vault_tools_presenter.h"

#include "core/error.h"

namespace securebase::present {

std::string SuggestedBackupName(const Date& day) { return "practice-" + FormatDate(day) + ".sbv"; }

VaultToolsPresenter::VaultToolsPresenter(VaultToolsView& view, service::VaultSession& session)
    : m_view(view), m_session(session) {}

bool VaultToolsPresenter::OnBackup() {
    const auto path = m_view.ChooseBackupPath(SuggestedBackupName(Today()));
    if (!path) return false;
    try {
        m_session.Backup(*path);
    } catch (const Error& error) {
        m_view.ShowOutcome(false, "Backup failed",
                           std::string("No backup was written: ") + error.what());
        return false;
    }
    m_view.ShowOutcome(true, "Backup written",
                       "The encrypted backup " + path->string() +
                           " was written and checked. It opens with the current passphrase; keep "
                           "it somewhere other than this computer.");
    return true;
}

bool VaultToolsPresenter::OnVerify() {
    service::VaultSession::Verdict verdict;
    try {
        verdict = m_session.Verify();
    } catch (const Error& error) {
        verdict = {false, {error.what()}};
    }
    if (verdict.ok) {
        m_view.ShowOutcome(true, "Vault verified",
                           "The vault is intact: every page, the records and the audit log "
                           "passed their checks.");
        return true;
    }
    std::string message = "The vault has problems:";
    for (const std::string& problem : verdict.problems) message += "\n- " + problem;
    message +=
        "\nRestore the latest backup, or keep this file and ask for help before changing "
        "anything.";
    m_view.ShowOutcome(false, "Vault damaged", message);
    return false;
}

}  // namespace securebase::present

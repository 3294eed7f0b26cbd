#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include "core/secret.h"
#include "service/assessments.h"
#include "service/group_homework.h"
#include "service/group_reports.h"
#include "service/groups.h"
#include "service/homework.h"
#include "service/practice.h"
#include "service/reports.h"

namespace securebase::storage {
class Vault;
}

namespace securebase::service {

struct VaultOptions {
    int kdfIterations = 0;  // 0 = tuned on this machine; tests pass a small number
};

// An unlocked practice: the vault, the repositories over it, and the use cases. Closing (the
// destructor or Lock()) writes an audit row and releases the key.
class VaultSession {
public:
    static std::unique_ptr<VaultSession> Create(const std::filesystem::path& path,
                                                const Secret& passphrase,
                                                const VaultOptions& options = {});
    static std::unique_ptr<VaultSession> Open(const std::filesystem::path& path,
                                              const Secret& passphrase);
    ~VaultSession();

    Practice& Records();
    Assessments& Assessing();
    service::Groups& Groups();
    GroupHomework& GroupAssignments();
    service::Homework& Homework();
    Reports& Reporting();
    GroupReports& GroupReporting();
    const std::filesystem::path& Path() const;

    void ChangePassphrase(const Secret& newPassphrase);  // audited
    // Whether `passphrase` is this vault's, without changing anything (leaving client mode). Takes
    // one key derivation (~0.3 s): call it off the UI thread.
    bool ConfirmPassphrase(const Secret& passphrase) const;
    // The same check, safe to run on a worker even if the session is locked meanwhile.
    std::function<bool(const Secret&)> PassphraseCheck() const;
    void Backup(const std::filesystem::path& out);  // audited
    // Vault pages, SQL integrity, foreign keys and the audit chain: one verdict.
    struct Verdict {
        bool ok = true;
        std::vector<std::string> problems;
    };
    Verdict Verify();

    // Restores over a closed vault (see storage::Vault::Restore), then records it in the audit log.
    static void Restore(const std::filesystem::path& backup, const Secret& passphrase,
                        const std::filesystem::path& vaultPath);

    // The default vault: $XDG_DATA_HOME/securebase/practice.sbv (~/.local/share when unset).
    static std::filesystem::path DefaultPath();

private:
    struct Impl;
    explicit VaultSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace securebase::service

#include "service/vault_session.h"

#include <cstdlib>
#include <system_error>

#include "core/error.h"
#include "service/instrument_folders.h"
#include "storage/meeting_homework_repository.h"
#include "storage/sqlcipher_assessment_store.h"
#include "storage/sqlcipher_group_store.h"
#include "storage/sqlcipher_homework_store.h"
#include "storage/sqlcipher_practice_store.h"
#include "storage/vault.h"

namespace securebase::service {
namespace {

constexpr std::string_view kAuditChainPurpose = "audit-chain";

// The folder for a new vault, private to its owner when we are the ones creating it.
void PrepareFolder(const std::filesystem::path& path) {
    const auto folder = path.parent_path();
    if (folder.empty() || std::filesystem::exists(folder)) return;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw Error(ErrorCode::Io, "cannot create the folder for the vault (" + error.message() +
                                       "); choose another location");
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, error);
}

}  // namespace

struct VaultSession::Impl {
    explicit Impl(std::unique_ptr<storage::Vault> opened)
        : vault(std::move(opened)),
          store(vault->Db(), vault->DeriveSubkey(kAuditChainPurpose)),
          practice(store),
          assessmentStore(vault->Db()),
          assessments(store, assessmentStore, InstrumentFolders()),
          groupStore(vault->Db()),
          groups(store, groupStore, assessmentStore, assessments, CurriculumFolders()),
          homeworkStore(vault->Db()),
          homework(store, homeworkStore, HomeworkFolders()),
          meetingHomework(vault->Db()),
          groupHomework(store, groupStore, homeworkStore, meetingHomework, homework),
          reports(practice, assessments, homework),
          groupReports(practice, groups, assessments, groupHomework) {}

    std::unique_ptr<storage::Vault> vault;
    storage::SqlcipherPracticeStore store;
    Practice practice;
    storage::SqlcipherAssessmentStore assessmentStore;
    Assessments assessments;
    storage::SqlcipherGroupStore groupStore;
    service::Groups groups;
    storage::SqlcipherHomeworkStore homeworkStore;
    service::Homework homework;
    storage::SqlcipherMeetingHomeworkRepository meetingHomework;
    GroupHomework groupHomework;
    Reports reports;
    GroupReports groupReports;
};

VaultSession::VaultSession(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

std::unique_ptr<VaultSession> VaultSession::Create(const std::filesystem::path& path,
                                                   const Secret& passphrase,
                                                   const VaultOptions& options) {
    PrepareFolder(path);
    storage::VaultCreateOptions createOptions;
    createOptions.kdfIterations = options.kdfIterations;
    auto vault = storage::Vault::Create(path, passphrase, createOptions);
    std::unique_ptr<VaultSession> session(
        new VaultSession(std::make_unique<Impl>(std::move(vault))));
    session->Records().RecordAudit(AuditAction::Create, "vault");
    return session;
}

std::unique_ptr<VaultSession> VaultSession::Open(const std::filesystem::path& path,
                                                 const Secret& passphrase) {
    auto vault = storage::Vault::Open(path, passphrase);
    std::unique_ptr<VaultSession> session(
        new VaultSession(std::make_unique<Impl>(std::move(vault))));
    session->Records().RecordAudit(AuditAction::Unlock, "vault");
    return session;
}

VaultSession::~VaultSession() {
    try {
        m_impl->practice.RecordAudit(AuditAction::Lock, "vault");
    } catch (...) {
        // Locking must always succeed; a vault that cannot take one more row still closes.
    }
}

Practice& VaultSession::Records() { return m_impl->practice; }

Assessments& VaultSession::Assessing() { return m_impl->assessments; }

Groups& VaultSession::Groups() { return m_impl->groups; }

Homework& VaultSession::Homework() { return m_impl->homework; }

GroupHomework& VaultSession::GroupAssignments() { return m_impl->groupHomework; }

Reports& VaultSession::Reporting() { return m_impl->reports; }

GroupReports& VaultSession::GroupReporting() { return m_impl->groupReports; }

const std::filesystem::path& VaultSession::Path() const { return m_impl->vault->Path(); }

void VaultSession::ChangePassphrase(const Secret& newPassphrase) {
    m_impl->vault->ChangePassphrase(newPassphrase);
    m_impl->practice.RecordAudit(AuditAction::Rekey, "vault");
}

bool VaultSession::ConfirmPassphrase(const Secret& passphrase) const {
    return m_impl->vault->ConfirmPassphrase(passphrase);
}

std::function<bool(const Secret&)> VaultSession::PassphraseCheck() const {
    return m_impl->vault->PassphraseCheck();
}

void VaultSession::Backup(const std::filesystem::path& out) {
    // The row goes in first so that the backup carries the record of its own making. The log
    // only grows, so a copy that fails (and is removed) is answered by a second row saying so.
    m_impl->practice.RecordAudit(AuditAction::Backup, "vault");
    try {
        m_impl->vault->BackupTo(out);
    } catch (...) {
        m_impl->practice.RecordAudit(AuditAction::Delete, "backup");
        throw;
    }
}

VaultSession::Verdict VaultSession::Verify() {
    const storage::VaultVerdict vault = m_impl->vault->Verify();
    Verdict verdict{vault.ok, vault.problems};
    const AuditVerification audit = m_impl->practice.VerifyAuditTrail();
    if (!audit.intact) {
        verdict.ok = false;
        verdict.problems.push_back(audit.problem);
    }
    return verdict;
}

void VaultSession::Restore(const std::filesystem::path& backup, const Secret& passphrase,
                           const std::filesystem::path& vaultPath) {
    storage::Vault::Restore(backup, passphrase, vaultPath);
    auto restored = Open(vaultPath, passphrase);
    restored->Records().RecordAudit(AuditAction::Restore, "vault");
}

std::filesystem::path VaultSession::DefaultPath() {
    // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
    const char* dataHome = std::getenv("XDG_DATA_HOME");
    std::filesystem::path base;
    if (dataHome && *dataHome && std::filesystem::path(dataHome).is_absolute()) {
        base = dataHome;
    } else {
        const char* home = std::getenv("HOME");
        if (!home || !*home)
            throw Error(ErrorCode::Io, "neither XDG_DATA_HOME nor HOME is set; pass --vault PATH");
        base = std::filesystem::path(home) / ".local" / "share";
    }
    return base / "securebase" / "practice.sbv";
}

}  // namespace securebase::service

#pragma once

#include <memory>
#include <vector>

#include "core/repositories.h"
#include "storage/audit_log.h"
#include "storage/client_repository.h"
#include "storage/database.h"
#include "storage/note_repository.h"
#include "storage/session_repository.h"
#include "storage/settings_repository.h"

namespace securebase::storage {

// The practice's records in one SQLCipher connection (already keyed and migrated). auditKey keys
// the audit chain: Vault::DeriveSubkey("audit-chain") in the application, any fixed bytes in tests.
class SqlcipherPracticeStore : public PracticeStore {
public:
    SqlcipherPracticeStore(Database& db, std::vector<unsigned char> auditKey);

    ClientRepository& Clients() override { return m_clients; }
    SessionRepository& Sessions() override { return m_sessions; }
    NoteRepository& Notes() override { return m_notes; }
    AuditLog& Audit() override { return m_audit; }
    SettingsRepository& Settings() override { return m_settings; }
    // An IMMEDIATE transaction; units of work do not nest.
    std::unique_ptr<UnitOfWork> BeginWork() override;

private:
    Database& m_db;
    SqlcipherClientRepository m_clients;
    SqlcipherSessionRepository m_sessions;
    SqlcipherNoteRepository m_notes;
    ChainedAuditLog m_audit;
    SqlcipherSettingsRepository m_settings;
};

}  // namespace securebase::storage

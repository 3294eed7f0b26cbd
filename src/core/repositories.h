#pragma once

// The ports through which use cases reach stored records. src/storage implements them over
// SQLCipher; a clinic server could implement them over PostgreSQL without touching src/service.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/audit.h"
#include "core/client.h"
#include "core/practice_settings.h"
#include "core/session.h"

namespace securebase {

struct ClientListQuery {
    std::optional<ClientStatus> status;  // all when empty
    size_t offset = 0;
    size_t limit = 100;
};

class ClientRepository {
public:
    virtual ~ClientRepository() = default;
    virtual Id Insert(const Client& client) = 0;  // client.code must be set and unused
    virtual void Update(const Client& client) = 0;
    virtual std::optional<Client> Find(Id id) const = 0;
    virtual std::optional<Client> FindByCode(std::string_view code) const = 0;
    virtual bool CodeExists(std::string_view code) const = 0;
    // Ordered by family name, then given name, then id: stable across calls for paging.
    virtual std::vector<ClientSummary> List(const ClientListQuery& query) const = 0;
    virtual size_t Count(std::optional<ClientStatus> status) const = 0;
    // Prefix search over names, code, tags and note text; best matches first.
    virtual std::vector<ClientSummary> Search(std::string_view query, size_t limit) const = 0;
};

class SessionRepository {
public:
    virtual ~SessionRepository() = default;
    virtual Id Insert(const Session& session) = 0;
    virtual void Update(const Session& session) = 0;
    virtual std::optional<Session> Find(Id id) const = 0;
    virtual std::vector<Session> ListForClient(Id clientId) const = 0;  // newest first
};

class NoteRepository {
public:
    virtual ~NoteRepository() = default;
    // Inserts or replaces the progress note of note.sessionId; returns its id. A signed note is
    // refused (ErrorCode::Refused) here and, independently, by the vault's own triggers.
    virtual Id SaveProgressNote(const ProgressNote& note) = 0;
    virtual std::optional<ProgressNote> FindProgressNote(Id sessionId) const = 0;
    virtual std::optional<ProgressNote> FindProgressNoteById(Id noteId) const = 0;
    virtual void Sign(Id noteId, const Signature& signature) = 0;
    virtual Id AddAddendum(Id noteId, const Addendum& addendum) = 0;  // note must be signed
    virtual void SaveProcessNote(Id sessionId, std::string_view text) = 0;
    virtual std::optional<ProcessNote> FindProcessNote(Id sessionId) const = 0;
};

struct AuditVerification {
    bool intact = true;
    size_t rowsChecked = 0;
    std::optional<Id> firstBadRow;  // the first row whose chain link does not match
    std::string problem;            // empty when intact
};

class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual void Append(const AuditEntry& entry) = 0;  // entry.id and the chain are filled in
    virtual std::vector<AuditEntry> Recent(size_t limit, size_t offset) const = 0;  // newest first
    virtual AuditVerification Verify() const = 0;
};

class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual PracticeSettings Load() const = 0;
    virtual void Save(const PracticeSettings& settings) = 0;
    // Who the audit log names for each row: one setting, without the logo's bytes.
    virtual std::string PractitionerName() const { return Load().practitionerName; }
};

// One use case = one unit of work: everything it wrote is committed together or not at all.
class UnitOfWork {
public:
    virtual ~UnitOfWork() = default;  // rolls back unless committed; never throws
    virtual void Commit() = 0;
};

// Everything a practice keeps, as the service layer sees it.
class PracticeStore {
public:
    virtual ~PracticeStore() = default;
    virtual ClientRepository& Clients() = 0;
    virtual SessionRepository& Sessions() = 0;
    virtual NoteRepository& Notes() = 0;
    virtual AuditLog& Audit() = 0;
    virtual SettingsRepository& Settings() = 0;
    virtual std::unique_ptr<UnitOfWork> BeginWork() = 0;
};

}  // namespace securebase

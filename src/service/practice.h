#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/repositories.h"
#include "service/validation.h"

namespace securebase::service {

// One client's chart as the practitioner opens it: the record, its sessions newest first, and
// each session's progress note where there is one. Process notes stay out: they are opened one by
// one, on purpose.
struct ClientChart {
    struct Entry {
        Session session;
        std::optional<ProgressNote> note;
    };
    Client client;
    std::vector<Entry> sessions;  // newest first
};

// The use cases a practitioner performs on client records. Each public call is one unit of work
// (all or nothing) and leaves one or more audit rows naming the action and record ids, never
// client text. The GUI and the CLI call only this (and VaultSession for vault-wide actions).
class Practice {
public:
    explicit Practice(PracticeStore& store);

    // --- clients ---
    // Validates (throws ValidationError listing every bad field), assigns a fresh client code
    // when none is given, records the status date (waitlist or admission) as today when missing.
    Client AdmitClient(Client draft);
    void UpdateClient(const Client& client);  // validates; the code cannot change
    Client GetClient(Id id);                  // audited read; NotFound when absent
    Client GetClientByCode(std::string_view code);
    // Accepts either a numeric id or a client code, as typed on the command line.
    Client FindClient(std::string_view idOrCode);
    void Activate(Id clientId, Date on);
    void Discharge(Id clientId, Date on, std::string reason);
    std::vector<ClientSummary> ListClients(const ClientListQuery& query);
    size_t CountClients(std::optional<ClientStatus> status = std::nullopt);
    std::vector<ClientSummary> Search(std::string_view query, size_t limit = 50);

    // --- sessions and notes ---
    Session AddSession(Session session);  // the client must exist and not be discharged
    void UpdateSession(const Session& session);
    Session GetSession(Id sessionId);
    std::vector<Session> SessionsOf(Id clientId);  // newest first
    // The whole chart in one unit of work, with one audit row for the client and one for each
    // note read, committed together: opening a chart costs one commit, not one per note.
    // NotFound when there is no such client.
    ClientChart OpenChart(Id clientId);
    // OpenChart for a numeric id or a client code, as typed on the command line.
    ClientChart FindChart(std::string_view idOrCode);
    // Creates or updates the progress note of a session. Refused once signed.
    ProgressNote SaveNote(ProgressNote note);
    std::optional<ProgressNote> NoteOf(Id sessionId);
    ProgressNote GetNote(Id noteId);
    // Signs with the practice settings' signature line; refused when already signed or empty.
    ProgressNote SignNote(Id noteId);
    // A signed, dated addendum to a signed note.
    Addendum AddAddendum(Id noteId, std::string text);
    void SaveProcessNote(Id sessionId, std::string text);
    std::optional<ProcessNote> ProcessNoteOf(Id sessionId);

    // --- practice ---
    PracticeSettings Settings();
    void SaveSettings(const PracticeSettings& settings);
    std::vector<AuditEntry> AuditTrail(size_t limit, size_t offset = 0);
    AuditVerification VerifyAuditTrail();
    // Records an action that happened outside this class (unlock, lock, export, backup).
    void RecordAudit(AuditAction action, std::string entity, Id entityId = kNoId);

private:
    std::string Actor();
    // A code as typed, or in upper case; unaudited, inside the caller's unit of work.
    std::optional<Client> FindByCode(std::string_view code);
    // Reads the rest of the chart and audits every read, inside the caller's unit of work.
    ClientChart ChartOf(Client client);
    // Appends an audit row inside the caller's unit of work.
    void Record(AuditAction action, std::string_view entity, Id entityId = kNoId);
    // The practitioner's signature line as of now; Refused while no practitioner name is set.
    Signature SignatureNow();
    PracticeStore& m_store;
};

// A new client code: "SB-" and six characters from an alphabet without look-alikes (0/O, 1/I).
std::string NewClientCode();

}  // namespace securebase::service

#include "service/practice.h"

#include <algorithm>
#include <random>

#include "core/error.h"
#include "core/text.h"

namespace securebase::service {
namespace {

constexpr const char* kAlreadySigned = "this note is already signed; add an addendum instead";
constexpr int kCodeAttempts = 50;

[[noreturn]] void NotFound(const std::string& what, Id id) {
    throw Error(ErrorCode::NotFound, "no " + what + " with id " + std::to_string(id));
}

[[noreturn]] void Invalid(std::string field, std::string message) {
    throw ValidationError(std::vector<FieldProblem>{{std::move(field), std::move(message)}});
}

void ThrowIfInvalid(std::vector<FieldProblem> problems) {
    if (!problems.empty()) throw ValidationError(std::move(problems));
}

void CheckText(std::string field, std::string_view text) {
    if (Trim(text).empty()) Invalid(field, "Write the text first.");
    if (!IsValidUtf8(text)) Invalid(field, "Some characters in the text are not valid text.");
}

// Every section of the format, in the format's order, whatever the caller sent.
ProgressNote InFormatOrder(const ProgressNote& note) {
    ProgressNote ordered = note;
    ordered.fields.clear();
    for (const auto& spec : FieldsOf(note.format)) {
        const std::string* text = note.Field(spec.key);
        ordered.fields.push_back({std::string(spec.key), text ? *text : std::string()});
    }
    return ordered;
}

bool IsBlank(const ProgressNote& note) {
    return std::all_of(note.fields.begin(), note.fields.end(),
                       [](const NoteField& field) { return Trim(field.text).empty(); });
}

bool IsNumber(std::string_view text) {
    return !text.empty() && text.size() < 19 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Codes are issued in upper case; a code typed in lower case still finds its client.
std::string ToUpperAscii(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

}  // namespace

std::string NewClientCode() {
    // 32 symbols, so each draw of 5 bits is uniform; no 0/O or 1/I to misread.
    static constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    std::random_device entropy;  // the OS's CSPRNG (getrandom / RDRAND) in libstdc++
    std::string code = "SB-";
    for (int i = 0; i < 6; ++i) code += kAlphabet[entropy() % kAlphabet.size()];
    return code;
}

Practice::Practice(PracticeStore& store) : m_store(store) {}

std::string Practice::Actor() {
    std::string name = m_store.Settings().PractitionerName();
    return name.empty() ? "practitioner" : name;
}

void Practice::Record(AuditAction action, std::string_view entity, Id entityId) {
    m_store.Audit().Append({kNoId, Now(), Actor(), action, std::string(entity), entityId});
}

Signature Practice::SignatureNow() {
    const PracticeSettings settings = m_store.Settings().Load();
    if (Trim(settings.practitionerName).empty())
        throw Error(ErrorCode::Refused,
                    "set the practitioner's name in the practice settings before signing");
    return {settings.SignatureLine(), Now()};
}

// --- clients ---

Client Practice::AdmitClient(Client draft) {
    const Date today = Today();
    if (draft.status == ClientStatus::Waitlist && !draft.waitlistedOn) draft.waitlistedOn = today;
    if (draft.status == ClientStatus::Active && !draft.admittedOn) draft.admittedOn = today;
    draft.code = Trim(draft.code);
    ThrowIfInvalid(Validate(draft, today));
    auto work = m_store.BeginWork();
    ClientRepository& clients = m_store.Clients();
    if (draft.code.empty()) {
        for (int attempt = 0; attempt < kCodeAttempts && draft.code.empty(); ++attempt) {
            std::string candidate = NewClientCode();
            if (!clients.CodeExists(candidate)) draft.code = std::move(candidate);
        }
        if (draft.code.empty())
            throw Error(ErrorCode::Storage, "could not find an unused client code; try again");
    } else if (clients.CodeExists(draft.code)) {
        Invalid("code", "This client code is already in use; leave it empty to get a new one.");
    }
    const Id id = clients.Insert(draft);
    Record(AuditAction::Create, "client", id);
    Client admitted = *clients.Find(id);
    work->Commit();
    return admitted;
}

void Practice::UpdateClient(const Client& client) {
    ThrowIfInvalid(Validate(client, Today()));
    auto work = m_store.BeginWork();
    const auto existing = m_store.Clients().Find(client.id);
    if (!existing) NotFound("client", client.id);
    if (existing->code != client.code) Invalid("code", "A client code never changes once given.");
    m_store.Clients().Update(client);
    Record(AuditAction::Update, "client", client.id);
    work->Commit();
}

Client Practice::GetClient(Id id) {
    auto work = m_store.BeginWork();
    auto client = m_store.Clients().Find(id);
    if (!client) NotFound("client", id);
    Record(AuditAction::Read, "client", id);
    work->Commit();
    return *client;
}

Client Practice::GetClientByCode(std::string_view code) {
    auto work = m_store.BeginWork();
    auto client = FindByCode(code);
    if (!client) throw Error(ErrorCode::NotFound, "no client with that code");
    Record(AuditAction::Read, "client", client->id);
    work->Commit();
    return *client;
}

std::optional<Client> Practice::FindByCode(std::string_view code) {
    auto client = m_store.Clients().FindByCode(Trim(code));
    if (!client) client = m_store.Clients().FindByCode(ToUpperAscii(Trim(code)));
    return client;
}

Client Practice::FindClient(std::string_view idOrCode) {
    const std::string text = Trim(idOrCode);
    if (IsNumber(text)) return GetClient(std::stoll(text));
    return GetClientByCode(text);
}

void Practice::Activate(Id clientId, Date on) {
    auto work = m_store.BeginWork();
    auto client = m_store.Clients().Find(clientId);
    if (!client) NotFound("client", clientId);
    if (client->status == ClientStatus::Active)
        throw Error(ErrorCode::Refused, "this client is already active");
    client->status = ClientStatus::Active;
    client->admittedOn = on;
    client->dischargedOn.reset();
    client->dischargeReason.clear();
    ThrowIfInvalid(Validate(*client, Today()));
    m_store.Clients().Update(*client);
    Record(AuditAction::Update, "client", clientId);
    work->Commit();
}

void Practice::Discharge(Id clientId, Date on, std::string reason) {
    auto work = m_store.BeginWork();
    auto client = m_store.Clients().Find(clientId);
    if (!client) NotFound("client", clientId);
    if (client->status == ClientStatus::Discharged)
        throw Error(ErrorCode::Refused, "this client is already discharged");
    client->status = ClientStatus::Discharged;
    client->dischargedOn = on;
    client->dischargeReason = std::move(reason);
    ThrowIfInvalid(Validate(*client, Today()));
    m_store.Clients().Update(*client);
    Record(AuditAction::Update, "client", clientId);
    work->Commit();
}

std::vector<ClientSummary> Practice::ListClients(const ClientListQuery& query) {
    return m_store.Clients().List(query);
}

size_t Practice::CountClients(std::optional<ClientStatus> status) {
    return m_store.Clients().Count(status);
}

std::vector<ClientSummary> Practice::Search(std::string_view query, size_t limit) {
    if (!IsValidUtf8(query)) return {};
    return m_store.Clients().Search(query, limit);
}

// --- sessions and notes ---

Session Practice::AddSession(Session session) {
    ThrowIfInvalid(Validate(session));
    auto work = m_store.BeginWork();
    const auto client = m_store.Clients().Find(session.clientId);
    if (!client) NotFound("client", session.clientId);
    if (client->status == ClientStatus::Discharged)
        throw Error(ErrorCode::Refused,
                    "this client is discharged; make them active again before adding a session");
    session.id = m_store.Sessions().Insert(session);
    Record(AuditAction::Create, "session", session.id);
    work->Commit();
    return session;
}

void Practice::UpdateSession(const Session& session) {
    ThrowIfInvalid(Validate(session));
    auto work = m_store.BeginWork();
    const auto existing = m_store.Sessions().Find(session.id);
    if (!existing) NotFound("session", session.id);
    if (existing->clientId != session.clientId)
        Invalid("clientId", "A session cannot move to another client.");
    m_store.Sessions().Update(session);
    Record(AuditAction::Update, "session", session.id);
    work->Commit();
}

Session Practice::GetSession(Id sessionId) {
    auto work = m_store.BeginWork();
    const auto session = m_store.Sessions().Find(sessionId);
    if (!session) NotFound("session", sessionId);
    Record(AuditAction::Read, "session", sessionId);
    work->Commit();
    return *session;
}

std::vector<Session> Practice::SessionsOf(Id clientId) {
    return m_store.Sessions().ListForClient(clientId);
}

ClientChart Practice::OpenChart(Id clientId) {
    auto work = m_store.BeginWork();
    auto client = m_store.Clients().Find(clientId);
    if (!client) NotFound("client", clientId);
    ClientChart chart = ChartOf(std::move(*client));
    work->Commit();
    return chart;
}

ClientChart Practice::FindChart(std::string_view idOrCode) {
    const std::string text = Trim(idOrCode);
    if (IsNumber(text)) return OpenChart(std::stoll(text));
    auto work = m_store.BeginWork();
    auto client = FindByCode(text);
    if (!client) throw Error(ErrorCode::NotFound, "no client with that code");
    ClientChart chart = ChartOf(std::move(*client));
    work->Commit();
    return chart;
}

ClientChart Practice::ChartOf(Client client) {
    // One actor for every row of the chart: the settings are not read again for each note.
    const std::string actor = Actor();
    const auto read = [&](std::string_view entity, Id id) {
        m_store.Audit().Append({kNoId, Now(), actor, AuditAction::Read, std::string(entity), id});
    };
    read("client", client.id);
    ClientChart chart{std::move(client), {}};
    for (Session& session : m_store.Sessions().ListForClient(chart.client.id)) {
        auto note = m_store.Notes().FindProgressNote(session.id);
        if (note) read("note", note->id);
        chart.sessions.push_back({std::move(session), std::move(note)});
    }
    return chart;
}

ProgressNote Practice::SaveNote(ProgressNote note) {
    ThrowIfInvalid(Validate(note));
    note = InFormatOrder(note);
    auto work = m_store.BeginWork();
    if (!m_store.Sessions().Find(note.sessionId)) NotFound("session", note.sessionId);
    const auto existing = m_store.Notes().FindProgressNote(note.sessionId);
    if (existing && existing->IsSigned()) throw Error(ErrorCode::Refused, kAlreadySigned);
    const Id id = m_store.Notes().SaveProgressNote(note);
    Record(existing ? AuditAction::Update : AuditAction::Create, "note", id);
    auto saved = m_store.Notes().FindProgressNoteById(id);
    work->Commit();
    return *saved;
}

std::optional<ProgressNote> Practice::NoteOf(Id sessionId) {
    auto work = m_store.BeginWork();
    auto note = m_store.Notes().FindProgressNote(sessionId);
    if (note) Record(AuditAction::Read, "note", note->id);
    work->Commit();
    return note;
}

ProgressNote Practice::GetNote(Id noteId) {
    auto work = m_store.BeginWork();
    auto note = m_store.Notes().FindProgressNoteById(noteId);
    if (!note) NotFound("progress note", noteId);
    Record(AuditAction::Read, "note", noteId);
    work->Commit();
    return *note;
}

ProgressNote Practice::SignNote(Id noteId) {
    auto work = m_store.BeginWork();
    const auto note = m_store.Notes().FindProgressNoteById(noteId);
    if (!note) NotFound("progress note", noteId);
    if (note->IsSigned()) throw Error(ErrorCode::Refused, kAlreadySigned);
    if (IsBlank(*note))
        throw Error(ErrorCode::Refused, "this note is empty; write at least one section first");
    m_store.Notes().Sign(noteId, SignatureNow());
    Record(AuditAction::Sign, "note", noteId);
    auto signedNote = m_store.Notes().FindProgressNoteById(noteId);
    work->Commit();
    return *signedNote;
}

Addendum Practice::AddAddendum(Id noteId, std::string text) {
    CheckText("text", text);
    auto work = m_store.BeginWork();
    const auto note = m_store.Notes().FindProgressNoteById(noteId);
    if (!note) NotFound("progress note", noteId);
    if (!note->IsSigned())
        throw Error(ErrorCode::Refused,
                    "this note is not signed yet; edit the note itself instead of adding an "
                    "addendum");
    Addendum addendum{kNoId, std::move(text), SignatureNow()};
    addendum.id = m_store.Notes().AddAddendum(noteId, addendum);
    Record(AuditAction::Create, "addendum", addendum.id);
    work->Commit();
    return addendum;
}

void Practice::SaveProcessNote(Id sessionId, std::string text) {
    if (!IsValidUtf8(text)) Invalid("text", "Some characters in the text are not valid text.");
    auto work = m_store.BeginWork();
    if (!m_store.Sessions().Find(sessionId)) NotFound("session", sessionId);
    const bool existed = m_store.Notes().FindProcessNote(sessionId).has_value();
    m_store.Notes().SaveProcessNote(sessionId, text);
    Record(existed ? AuditAction::Update : AuditAction::Create, "process-note",
           m_store.Notes().FindProcessNote(sessionId)->id);
    work->Commit();
}

std::optional<ProcessNote> Practice::ProcessNoteOf(Id sessionId) {
    auto work = m_store.BeginWork();
    auto note = m_store.Notes().FindProcessNote(sessionId);
    if (note) Record(AuditAction::Read, "process-note", note->id);
    work->Commit();
    return note;
}

// --- practice ---

PracticeSettings Practice::Settings() { return m_store.Settings().Load(); }

void Practice::SaveSettings(const PracticeSettings& settings) {
    ThrowIfInvalid(Validate(settings));
    auto work = m_store.BeginWork();
    m_store.Settings().Save(settings);
    Record(AuditAction::Update, "settings");
    work->Commit();
}

std::vector<AuditEntry> Practice::AuditTrail(size_t limit, size_t offset) {
    return m_store.Audit().Recent(limit, offset);
}

AuditVerification Practice::VerifyAuditTrail() { return m_store.Audit().Verify(); }

void Practice::RecordAudit(AuditAction action, std::string entity, Id entityId) {
    auto work = m_store.BeginWork();
    Record(action, entity, entityId);
    work->Commit();
}

}  // namespace securebase::service

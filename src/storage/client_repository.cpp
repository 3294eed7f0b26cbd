#include "storage/client_repository.h"

#include <unordered_map>

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/client_search.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelectClient =
    "SELECT id, code, given_name, family_name, preferred_name, date_of_birth, pronouns, phone, "
    "email, address, emergency_name, emergency_relationship, emergency_phone, referral_source, "
    "presenting_concerns, status, waitlisted_on, admitted_on, discharged_on, discharge_reason "
    "FROM clients WHERE id = ?1";

// Parameters ?1..?19 in the column order of kSelectClient after id.
void BindClientFields(Statement& statement, const Client& client) {
    statement.Bind(1, client.code)
        .Bind(2, client.name.given)
        .Bind(3, client.name.family)
        .Bind(4, client.name.preferred)
        .Bind(5, DateText(client.dateOfBirth))
        .Bind(6, client.pronouns)
        .Bind(7, client.contact.phone)
        .Bind(8, client.contact.email)
        .Bind(9, client.contact.address)
        .Bind(10, client.emergencyContact.name)
        .Bind(11, client.emergencyContact.relationship)
        .Bind(12, client.emergencyContact.phone)
        .Bind(13, client.referralSource)
        .Bind(14, client.presentingConcerns)
        .Bind(15, ToString(client.status))
        .Bind(16, DateText(client.waitlistedOn))
        .Bind(17, DateText(client.admittedOn))
        .Bind(18, DateText(client.dischargedOn))
        .Bind(19, client.dischargeReason);
}

ClientStatus StatusFromText(const std::string& text) {
    auto status = ParseClientStatus(text);
    if (!status) throw Error(ErrorCode::Damaged, "the vault holds an unknown client status");
    return *status;
}

Client ReadClient(const Statement& row) {
    Client client;
    client.id = row.Int(0);
    client.code = row.Text(1);
    client.name = {row.Text(2), row.Text(3), row.Text(4)};
    client.dateOfBirth = DateFromText(row.OptionalText(5), "clients.date_of_birth");
    client.pronouns = row.Text(6);
    client.contact = {row.Text(7), row.Text(8), row.Text(9)};
    client.emergencyContact = {row.Text(10), row.Text(11), row.Text(12)};
    client.referralSource = row.Text(13);
    client.presentingConcerns = row.Text(14);
    client.status = StatusFromText(row.Text(15));
    client.waitlistedOn = DateFromText(row.OptionalText(16), "clients.waitlisted_on");
    client.admittedOn = DateFromText(row.OptionalText(17), "clients.admitted_on");
    client.dischargedOn = DateFromText(row.OptionalText(18), "clients.discharged_on");
    client.dischargeReason = row.Text(19);
    return client;
}

// Columns: id, code, given, family, preferred, status.
ClientSummary ReadSummary(const Statement& row) {
    ClientSummary summary;
    summary.id = row.Int(0);
    summary.code = row.Text(1);
    summary.displayName = PersonName{row.Text(2), row.Text(3), row.Text(4)}.Display();
    summary.familyName = row.Text(3);
    summary.status = StatusFromText(row.Text(5));
    return summary;
}

std::int64_t ToInt64(size_t value) { return static_cast<std::int64_t>(value); }

}  // namespace

Id SqlcipherClientRepository::Insert(const Client& client) {
    CachedStatement insert(
        m_db,
        "INSERT INTO clients (code, given_name, family_name, preferred_name, date_of_birth, "
        "pronouns, phone, email, address, emergency_name, emergency_relationship, emergency_phone, "
        "referral_source, presenting_concerns, status, waitlisted_on, admitted_on, discharged_on, "
        "discharge_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "?15, ?16, ?17, ?18, ?19)");
    BindClientFields(*insert, client);
    insert->Run();
    const Id id = m_db.LastInsertRowId();
    WriteConsentsAndTags(id, client);
    return id;
}

void SqlcipherClientRepository::Update(const Client& client) {
    {
        CachedStatement update(
            m_db,
            "UPDATE clients SET code = ?1, given_name = ?2, family_name = ?3, preferred_name = ?4, "
            "date_of_birth = ?5, pronouns = ?6, phone = ?7, email = ?8, address = ?9, "
            "emergency_name = ?10, emergency_relationship = ?11, emergency_phone = ?12, "
            "referral_source = ?13, presenting_concerns = ?14, status = ?15, waitlisted_on = ?16, "
            "admitted_on = ?17, discharged_on = ?18, discharge_reason = ?19 WHERE id = ?20");
        BindClientFields(*update, client);
        update->Bind(20, client.id).Run();
    }
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "no client with id " + std::to_string(client.id));
    CachedStatement(m_db, "DELETE FROM client_consents WHERE client_id = ?1")
        ->Bind(1, client.id)
        .Run();
    CachedStatement(m_db, "DELETE FROM client_tags WHERE client_id = ?1")->Bind(1, client.id).Run();
    WriteConsentsAndTags(client.id, client);
}

void SqlcipherClientRepository::WriteConsentsAndTags(Id clientId, const Client& client) {
    for (const Consent& consent : client.consents) {
        CachedStatement insert(m_db,
                               "INSERT INTO client_consents (id, client_id, topic, given_on, "
                               "withdrawn_on) VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5)");
        insert->Bind(1, consent.id)
            .Bind(2, clientId)
            .Bind(3, consent.topic)
            .Bind(4, FormatDate(consent.givenOn))
            .Bind(5, DateText(consent.withdrawnOn))
            .Run();
    }
    for (const std::string& tag : client.tags) {
        CachedStatement insert(
            m_db, "INSERT OR IGNORE INTO client_tags (client_id, tag) VALUES (?1, ?2)");
        insert->Bind(1, clientId).Bind(2, tag).Run();
    }
}

std::optional<Client> SqlcipherClientRepository::Load(Id id) const {
    std::optional<Client> client;
    {
        CachedStatement select(m_db, kSelectClient);
        select->Bind(1, id);
        if (!select->Step()) return std::nullopt;
        client = ReadClient(*select);
    }
    {
        CachedStatement consents(m_db,
                                 "SELECT id, topic, given_on, withdrawn_on FROM client_consents "
                                 "WHERE client_id = ?1 ORDER BY id");
        consents->Bind(1, id);
        while (consents->Step()) {
            client->consents.push_back(
                {consents->Int(0), consents->Text(1),
                 RequiredDate(consents->Text(2), "client_consents.given_on"),
                 DateFromText(consents->OptionalText(3), "client_consents.withdrawn_on")});
        }
    }
    CachedStatement tags(m_db, "SELECT tag FROM client_tags WHERE client_id = ?1 ORDER BY tag");
    tags->Bind(1, id);
    while (tags->Step()) client->tags.push_back(tags->Text(0));
    return client;
}

std::optional<Client> SqlcipherClientRepository::Find(Id id) const { return Load(id); }

std::optional<Client> SqlcipherClientRepository::FindByCode(std::string_view code) const {
    Id id = kNoId;
    {
        CachedStatement select(m_db, "SELECT id FROM clients WHERE code = ?1");
        select->Bind(1, code);
        if (!select->Step()) return std::nullopt;
        id = select->Int(0);
    }
    return Load(id);
}

bool SqlcipherClientRepository::CodeExists(std::string_view code) const {
    CachedStatement select(m_db, "SELECT 1 FROM clients WHERE code = ?1");
    select->Bind(1, code);
    return select->Step();
}

std::vector<ClientSummary> SqlcipherClientRepository::List(const ClientListQuery& query) const {
    // Two statements rather than "status = ?1 OR ?1 IS NULL", so each is answered by its index.
    CachedStatement select(
        m_db, query.status
                  ? "SELECT id, code, given_name, family_name, preferred_name, status FROM clients "
                    "WHERE status = ?3 ORDER BY family_name COLLATE NOCASE, given_name COLLATE "
                    "NOCASE, id LIMIT ?1 OFFSET ?2"
                  : "SELECT id, code, given_name, family_name, preferred_name, status FROM clients "
                    "ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id "
                    "LIMIT ?1 OFFSET ?2");
    select->Bind(1, ToInt64(query.limit)).Bind(2, ToInt64(query.offset));
    if (query.status) select->Bind(3, ToString(*query.status));
    std::vector<ClientSummary> page;
    while (select->Step()) page.push_back(ReadSummary(*select));
    return page;
}

size_t SqlcipherClientRepository::Count(std::optional<ClientStatus> status) const {
    CachedStatement select(m_db, status ? "SELECT count(*) FROM clients WHERE status = ?1"
                                        : "SELECT count(*) FROM clients");
    if (status) select->Bind(1, ToString(*status));
    select->Step();
    return static_cast<size_t>(select->Int(0));
}

std::vector<ClientSummary> SqlcipherClientRepository::Search(std::string_view query,
                                                             size_t limit) const {
    const std::vector<Id> ids = ClientSearch(m_db, limit).Run(query);
    if (ids.empty()) return {};
    std::string list = "[";
    for (Id id : ids) list += (list.size() > 1 ? "," : "") + std::to_string(id);
    list += "]";
    std::unordered_map<Id, ClientSummary> byId;
    {
        CachedStatement select(
            m_db,
            "SELECT id, code, given_name, family_name, preferred_name, status FROM clients "
            "WHERE id IN (SELECT value FROM json_each(?1))");
        select->Bind(1, list);
        while (select->Step()) byId.emplace(select->Int(0), ReadSummary(*select));
    }
    std::vector<ClientSummary> found;
    found.reserve(ids.size());
    for (Id id : ids) found.push_back(std::move(byId.at(id)));
    return found;
}

}  // namespace securebase::storage

#pragma once

#include "core/repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Clients, their consents and tags, and the search index over names, codes, tags and notes.
class SqlcipherClientRepository : public ClientRepository {
public:
    explicit SqlcipherClientRepository(Database& db) : m_db(db) {}

    Id Insert(const Client& client) override;
    void Update(const Client& client) override;
    std::optional<Client> Find(Id id) const override;
    std::optional<Client> FindByCode(std::string_view code) const override;
    bool CodeExists(std::string_view code) const override;
    std::vector<ClientSummary> List(const ClientListQuery& query) const override;
    size_t Count(std::optional<ClientStatus> status) const override;
    std::vector<ClientSummary> Search(std::string_view query, size_t limit) const override;

private:
    std::optional<Client> Load(Id id) const;
    void WriteConsentsAndTags(Id clientId, const Client& client);

    Database& m_db;
};

}  // namespace securebase::storage

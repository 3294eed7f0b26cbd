#pragma once

#include "core/repositories.h"
#include "storage/database.h"

namespace securebase::storage {

class SqlcipherSessionRepository : public SessionRepository {
public:
    explicit SqlcipherSessionRepository(Database& db) : m_db(db) {}

    Id Insert(const Session& session) override;
    void Update(const Session& session) override;
    std::optional<Session> Find(Id id) const override;
    std::vector<Session> ListForClient(Id clientId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

#pragma once

#include "core/homework_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Treatment goals, one row each.
class SqlcipherGoalRepository : public GoalRepository {
public:
    explicit SqlcipherGoalRepository(Database& db) : m_db(db) {}

    Id Insert(const Goal& goal) override;
    void Update(const Goal& goal) override;
    std::optional<Goal> Find(Id goalId) const override;
    std::vector<Goal> ListForClient(Id clientId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

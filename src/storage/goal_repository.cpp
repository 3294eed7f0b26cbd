#include "storage/goal_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT id, client_id, title, status, progress, set_on, updated_at FROM treatment_goals ";

Goal FromRow(Statement& row) {
    Goal goal;
    goal.id = row.Int(0);
    goal.clientId = row.Int(1);
    goal.title = row.Text(2);
    const auto status = ParseGoalStatus(row.Text(3));
    if (!status)
        throw Error(ErrorCode::Damaged, "the vault holds an unreadable goal " +
                                            std::to_string(goal.id) +
                                            "; run verify and restore a backup if it fails");
    goal.status = *status;
    goal.progress = static_cast<int>(row.Int(4));
    goal.setOn = RequiredDate(row.Text(5), "treatment_goals.set_on");
    goal.updatedAt = TimestampFromText(row.Text(6), "treatment_goals.updated_at");
    return goal;
}

}  // namespace

Id SqlcipherGoalRepository::Insert(const Goal& goal) {
    CachedStatement(m_db,
                    "INSERT INTO treatment_goals (client_id, title, status, progress, set_on, "
                    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        ->Bind(1, goal.clientId)
        .Bind(2, goal.title)
        .Bind(3, ToString(goal.status))
        .Bind(4, goal.progress)
        .Bind(5, FormatDate(goal.setOn))
        .Bind(6, FormatTimestamp(goal.updatedAt))
        .Run();
    return m_db.LastInsertRowId();
}

void SqlcipherGoalRepository::Update(const Goal& goal) {
    CachedStatement(m_db,
                    "UPDATE treatment_goals SET title = ?1, status = ?2, progress = ?3, "
                    "updated_at = ?4 WHERE id = ?5")
        ->Bind(1, goal.title)
        .Bind(2, ToString(goal.status))
        .Bind(3, goal.progress)
        .Bind(4, FormatTimestamp(goal.updatedAt))
        .Bind(5, goal.id)
        .Run();
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "no goal with id " + std::to_string(goal.id));
}

std::optional<Goal> SqlcipherGoalRepository::Find(Id goalId) const {
    CachedStatement select(m_db, std::string(kSelect) + "WHERE id = ?1");
    select->Bind(1, goalId);
    if (!select->Step()) return std::nullopt;
    return FromRow(*select);
}

std::vector<Goal> SqlcipherGoalRepository::ListForClient(Id clientId) const {
    std::vector<Goal> goals;
    CachedStatement select(m_db, std::string(kSelect) + "WHERE client_id = ?1 ORDER BY id");
    select->Bind(1, clientId);
    while (select->Step()) goals.push_back(FromRow(*select));
    return goals;
}

}  // namespace securebase::storage

#pragma once

#include "core/homework_repositories.h"
#include "storage/assignment_repository.h"
#include "storage/database.h"
#include "storage/entry_repository.h"
#include "storage/goal_repository.h"

namespace securebase::storage {

// The homework repositories over the practice's one connection (keyed and migrated); units of
// work come from the SqlcipherPracticeStore over the same Database.
class SqlcipherHomeworkStore : public HomeworkStore {
public:
    explicit SqlcipherHomeworkStore(Database& db) : m_goals(db), m_assignments(db), m_entries(db) {}

    GoalRepository& Goals() override { return m_goals; }
    AssignmentRepository& Assignments() override { return m_assignments; }
    EntryRepository& Entries() override { return m_entries; }

private:
    SqlcipherGoalRepository m_goals;
    SqlcipherAssignmentRepository m_assignments;
    SqlcipherEntryRepository m_entries;
};

}  // namespace securebase::storage

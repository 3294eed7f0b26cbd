#pragma once

// The ports for stored homework, beside the record ports of core/repositories.h. A store
// implements them; units of work come from the PracticeStore over the same connection.

#include <optional>
#include <vector>

#include "core/homework_values.h"

namespace securebase {

class GoalRepository {
public:
    virtual ~GoalRepository() = default;
    virtual Id Insert(const Goal& goal) = 0;
    // Saves title, status, progress and updatedAt of goal.id; NotFound when there is none.
    virtual void Update(const Goal& goal) = 0;
    virtual std::optional<Goal> Find(Id goalId) const = 0;
    virtual std::vector<Goal> ListForClient(Id clientId) const = 0;  // oldest first
};

class AssignmentRepository {
public:
    virtual ~AssignmentRepository() = default;
    // Inserts the assignment with its pauses; its status is assignment.Status().
    virtual Id Insert(const Assignment& assignment) = 0;
    // Saves what may change (instructions, due day, goal, pauses, the end) and the status that
    // follows. What was assigned stays frozen, and an ended assignment is refused
    // (ErrorCode::Refused) here and by the vault's own triggers.
    virtual void Update(const Assignment& assignment) = 0;
    virtual std::optional<Assignment> Find(Id assignmentId) const = 0;
    virtual std::vector<Assignment> ListForClient(Id clientId) const = 0;  // oldest first
};

class EntryRepository {
public:
    virtual ~EntryRepository() = default;
    // Refused (ErrorCode::Refused) when the assignment has ended.
    virtual Id Insert(const Entry& entry) = 0;
    virtual std::optional<Entry> Find(Id entryId) const = 0;
    // By the day written, then in the order recorded.
    virtual std::vector<Entry> ListForAssignment(Id assignmentId) const = 0;
    // Links every entry of the assignment not yet reviewed to the session; returns how many.
    virtual size_t MarkReviewed(Id assignmentId, Id sessionId) = 0;
    virtual size_t CountForAssignment(Id assignmentId) const = 0;
};

// The homework half of a practice store.
class HomeworkStore {
public:
    virtual ~HomeworkStore() = default;
    virtual GoalRepository& Goals() = 0;
    virtual AssignmentRepository& Assignments() = 0;
    virtual EntryRepository& Entries() = 0;
};

}  // namespace securebase

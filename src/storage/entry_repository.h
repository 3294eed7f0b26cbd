#pragma once

#include "core/homework_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Homework entries, kept as recorded (the schema's triggers refuse changes and entries for an
// ended assignment); only the session they were reviewed in is set later.
class SqlcipherEntryRepository : public EntryRepository {
public:
    explicit SqlcipherEntryRepository(Database& db);

    Id Insert(const Entry& entry) override;
    std::optional<Entry> Find(Id entryId) const override;
    std::vector<Entry> ListForAssignment(Id assignmentId) const override;
    size_t MarkReviewed(Id assignmentId, Id sessionId) override;
    size_t CountForAssignment(Id assignmentId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

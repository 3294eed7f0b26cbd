#pragma once

#include "core/homework_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Homework assignments and their pauses; the schema's triggers keep what was assigned frozen and
// an ended assignment final.
class SqlcipherAssignmentRepository : public AssignmentRepository {
public:
    explicit SqlcipherAssignmentRepository(Database& db);

    Id Insert(const Assignment& assignment) override;
    void Update(const Assignment& assignment) override;
    std::optional<Assignment> Find(Id assignmentId) const override;
    std::vector<Assignment> ListForClient(Id clientId) const override;

private:
    void InsertPauses(const Assignment& assignment);
    void LoadPauses(Assignment& assignment) const;

    Database& m_db;
};

}  // namespace securebase::storage

#pragma once

#include "core/group_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

class SqlcipherEnrolmentRepository : public EnrolmentRepository {
public:
    explicit SqlcipherEnrolmentRepository(Database& db) : m_db(db) {}

    void Insert(const GroupEnrolment& enrolment) override;
    void Update(const GroupEnrolment& enrolment) override;
    std::optional<GroupEnrolment> Find(Id groupId, Id clientId) const override;
    std::vector<GroupEnrolment> ForGroup(Id groupId) const override;
    std::vector<GroupEnrolment> ForClient(Id clientId) const override;
    size_t ActiveCount(Id groupId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

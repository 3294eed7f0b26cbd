#pragma once

#include "core/group_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Groups with their facilitators, in the order they were named.
class SqlcipherGroupRepository : public GroupRepository {
public:
    explicit SqlcipherGroupRepository(Database& db) : m_db(db) {}

    Id Insert(const Group& group) override;
    void Update(const Group& group) override;
    std::optional<Group> Find(Id groupId) const override;
    std::vector<Group> List() const override;

private:
    void SaveFacilitators(const Group& group);
    void LoadFacilitators(Group& group) const;

    Database& m_db;
};

}  // namespace securebase::storage

#pragma once

#include "core/group_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

class SqlcipherMeetingRepository : public MeetingRepository {
public:
    explicit SqlcipherMeetingRepository(Database& db) : m_db(db) {}

    Id Insert(const GroupMeeting& meeting) override;
    void Update(const GroupMeeting& meeting) override;
    std::optional<GroupMeeting> Find(Id meetingId) const override;
    std::vector<GroupMeeting> ForGroup(Id groupId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

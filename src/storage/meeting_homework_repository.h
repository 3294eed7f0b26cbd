#pragma once

#include "core/meeting_homework_repository.h"
#include "storage/database.h"

namespace securebase::storage {

// Links from group meetings to the assignments made through them; the schema's trigger admits
// participants who came to the meeting only.
class SqlcipherMeetingHomeworkRepository : public MeetingHomeworkRepository {
public:
    explicit SqlcipherMeetingHomeworkRepository(Database& db) : m_db(db) {}

    void Link(Id meetingId, Id assignmentId) override;
    std::vector<MeetingAssignment> ForMeeting(Id meetingId) const override;
    std::vector<MeetingAssignment> ForGroup(Id groupId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

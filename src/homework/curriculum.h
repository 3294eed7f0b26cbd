#pragma once

#include <optional>
#include <string>
#include <vector>

namespace securebase::homework {

// One meeting of a curriculum: what it is about, a short outline for the facilitator, and the
// homework template (by id, from forms/homework) participants may take away.
struct CurriculumMeeting {
    std::string title;
    std::string outline;
    std::optional<std::string> homeworkTemplateId;
};

// A group programme as data (forms/groups/*.json): its meetings in the order they are held.
struct Curriculum {
    std::string id;
    std::string version;
    std::string title;
    std::string description;
    std::string source;  // what the content follows, shown to the facilitator
    std::vector<CurriculumMeeting> meetings;
};

}  // namespace securebase::homework

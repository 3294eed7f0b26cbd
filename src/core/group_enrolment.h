#pragma once

#include <optional>
#include <string>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

// A client's place in a group: from the day they joined until the day they left, if they have.
// A client holds at most one place in a group, so a leaver does not come back as a second row.
struct GroupEnrolment {
    Id groupId = kNoId;
    Id clientId = kNoId;
    Date enrolledOn{};
    std::optional<Date> leftOn;
    std::string leaveReason;

    bool Active() const { return !leftOn.has_value(); }
};

}  // namespace securebase

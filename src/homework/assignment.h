#pragma once

#include <optional>
#include <string>

#include "core/date_time.h"
#include "core/ids.h"
#include "homework/schedule.h"

namespace securebase::homework {

// A template given to one client: which exercise (and which version of its wording), the
// practitioner's own instructions, and when work is expected.
struct Assignment {
    Id id = kNoId;
    Id clientId = kNoId;
    std::string templateId;
    int templateVersion = 1;
    std::string instructions;  // in addition to the template's own
    Schedule schedule;
    std::optional<Id> goalId;            // the treatment goal this work serves, if any
    std::optional<Date> lastReviewedOn;  // the last session in which it was reviewed
};

}  // namespace securebase::homework

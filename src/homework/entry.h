#pragma once

#include <string>

#include "core/date_time.h"
#include "core/ids.h"
#include "homework/field_value.h"

namespace securebase::homework {

// What the client brought back for one assignment, entered by the practitioner. writtenOn is the
// day the client did it, which may be earlier than the day it was typed in (back-dated).
struct Entry {
    Id id = kNoId;
    Id assignmentId = kNoId;
    Date writtenOn{};
    EntryValues values;
    std::string freeText;  // anything else the client wanted to add
};

}  // namespace securebase::homework

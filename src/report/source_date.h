#pragma once

#include "core/date_time.h"

namespace securebase::report {

// "Now" for a document: SOURCE_DATE_EPOCH (reproducible-builds.org) when it is set to a whole
// number of seconds, so the same input gives byte-identical files; the clock otherwise.
Timestamp DocumentTime();

// The day of DocumentTime() in UTC, printed as the report date.
Date DocumentDate();

}  // namespace securebase::report

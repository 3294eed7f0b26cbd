#pragma once

#include <string>

#include "core/date_time.h"

namespace securebase::present {

// An instant as a practitioner reads it on screen: in the machine's time zone, with the month
// spelled out so that day and month cannot be confused ("25 Nov 2026, 14:30"). Storage and
// exports keep ISO UTC; this is for display only.
std::string FormatLocalTime(Timestamp instant);

}  // namespace securebase::present

#pragma once

#include <vector>

#include "core/homework_values.h"
#include "homework/problem.h"

namespace securebase::homework {

std::vector<Problem> ValidateSchedule(const Schedule& schedule);

// Whether an entry written on day can be recorded for this schedule as of today: not in the
// future, not before the start, not after the assignment ended. Entries on paused days and past a
// recurring schedule's last day are accepted (the client did the work) but do not count.
std::vector<Problem> CheckEntryDay(const Schedule& schedule, Date day, Date today);

}  // namespace securebase::homework

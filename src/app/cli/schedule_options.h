#pragma once

#include "core/homework_values.h"

namespace securebase::cli {

class CommandContext;

// A homework schedule from the command line: the start from --<startOption> (startFallback when
// absent), --due, and at most one of --daily, --weekdays L and --weekly DAY; a one-off without
// them.
Schedule ScheduleOptions(const CommandContext& context, const char* startOption,
                         Date startFallback);

}  // namespace securebase::cli

#include "app/cli/schedule_options.h"

#include <string>

#include "app/cli/command_context.h"
#include "core/error.h"
#include "homework/recurrence_text.h"

namespace securebase::cli {
namespace {

Recurrence ParsedRecurrence(const std::string& text, const char* option) {
    const auto recurrence = homework::ParseRecurrence(text);
    if (!recurrence)
        throw Error(ErrorCode::Usage, std::string("--") + option +
                                          " takes three-letter day names such as mon,wed,fri");
    return *recurrence;
}

}  // namespace

Schedule ScheduleOptions(const CommandContext& context, const char* startOption,
                         Date startFallback) {
    Schedule schedule;
    schedule.start = context.DateOption(startOption, startFallback);
    if (context.Has("due")) schedule.due = context.DateOption("due", schedule.start);
    const int chosen = context.Has("daily") + context.Has("weekdays") + context.Has("weekly");
    if (chosen > 1) throw Error(ErrorCode::Usage, "choose one of --daily, --weekdays and --weekly");
    schedule.recurrence.kind = RecurrenceKind::Once;
    if (context.Has("daily")) schedule.recurrence.kind = RecurrenceKind::Daily;
    if (const auto days = context.Option("weekdays"))
        schedule.recurrence = ParsedRecurrence("weekdays:" + *days, "weekdays");
    if (const auto day = context.Option("weekly"))
        schedule.recurrence = ParsedRecurrence("weekly:" + *day, "weekly");
    return schedule;
}

}  // namespace securebase::cli

#include "homework/schedule.h"

namespace securebase::homework {

std::vector<Problem> ValidateSchedule(const Schedule& schedule) {
    using std::chrono::sys_days;
    std::vector<Problem> problems;
    if (!schedule.start.ok()) problems.push_back({"start", "is not a calendar date"});
    const auto kind = schedule.recurrence.kind;
    if (kind == RecurrenceKind::Once && !schedule.due)
        problems.push_back({"due", "is required for a one-off assignment; set a due date"});
    if (schedule.due && sys_days{*schedule.due} < sys_days{schedule.start})
        problems.push_back({"due", "is before the start; pick a later due date"});
    if (kind == RecurrenceKind::Weekdays && schedule.recurrence.weekdays.empty())
        problems.push_back({"recurrence.weekdays", "needs at least one day of the week"});
    for (auto weekday : schedule.recurrence.weekdays)
        if (!weekday.ok()) problems.push_back({"recurrence.weekdays", "holds an invalid day"});
    if (!schedule.recurrence.weeklyOn.ok())
        problems.push_back({"recurrence.weeklyOn", "is not a day of the week"});
    for (size_t i = 0; i < schedule.pauses.size(); ++i) {
        const auto& pause = schedule.pauses[i];
        if (pause.last && sys_days{*pause.last} < sys_days{pause.first})
            problems.push_back(
                {"pauses[" + std::to_string(i + 1) + "]", "ends before it begins; swap the dates"});
    }
    if (schedule.ended && sys_days{*schedule.ended} < sys_days{schedule.start})
        problems.push_back({"ended", "is before the start"});
    return problems;
}

std::vector<Problem> CheckEntryDay(const Schedule& schedule, Date day, Date today) {
    using std::chrono::sys_days;
    std::vector<Problem> problems;
    if (!day.ok())
        problems.push_back({"writtenOn", "is not a calendar date"});
    else if (sys_days{day} > sys_days{today})
        problems.push_back({"writtenOn", "is in the future; use the day the client wrote it"});
    else if (sys_days{day} < sys_days{schedule.start})
        problems.push_back({"writtenOn", "is before the assignment started"});
    else if (schedule.ended && sys_days{day} > sys_days{*schedule.ended})
        problems.push_back({"writtenOn", "is after the assignment ended; re-assign it first"});
    return problems;
}

}  // namespace securebase::homework

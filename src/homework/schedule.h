#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "core/date_time.h"
#include "homework/problem.h"

namespace securebase::homework {

enum class RecurrenceKind {
    Once,      // one piece of work, done any day from start to the due date
    Daily,     // every day
    Weekdays,  // on the chosen days of the week
    Weekly,    // once in each ISO week (Monday to Sunday), planned for one weekday
};

struct Recurrence {
    RecurrenceKind kind = RecurrenceKind::Daily;
    std::vector<std::chrono::weekday> weekdays;           // Weekdays: the chosen days
    std::chrono::weekday weeklyOn = std::chrono::Monday;  // Weekly: the planned day
};

// Inclusive on both ends; a pause that is still going on has no last day yet.
struct DateInterval {
    Date first{};
    std::optional<Date> last;

    bool Contains(Date day) const;
};

// When an assignment expects work. Everything is in calendar days (std::chrono::sys_days), never
// in hours, so month ends, leap days and daylight saving changes cannot add or lose a day.
struct Schedule {
    Date start{};
    std::optional<Date> due;  // Once: the due date (required); others: the last day, if any
    Recurrence recurrence;
    std::vector<DateInterval> pauses;
    std::optional<Date> ended;  // the practitioner ended it on this day (inclusive)

    // The last day work is expected, if the schedule has one.
    std::optional<Date> LastDay() const;
    // Inside start..LastDay and not paused: an entry written that day counts.
    bool IsActiveOn(Date day) const;
};

std::vector<Problem> ValidateSchedule(const Schedule& schedule);

// Whether an entry written on day can be recorded for this schedule as of today: not in the
// future, not before the start, not after the assignment ended. Entries on paused days and past a
// recurring schedule's last day are accepted (the client did the work) but do not count.
std::vector<Problem> CheckEntryDay(const Schedule& schedule, Date day, Date today);

}  // namespace securebase::homework

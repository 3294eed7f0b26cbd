#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/date_time.h"
#include "homework/iso_week.h"
#include "homework/schedule.h"

namespace securebase::homework {

enum class OccurrenceStatus {
    Completed,  // an entry was written on an active day inside its window
    Missed,     // its window closed without one
    Pending,    // its window is still open: it includes the as-of day or later
};

const char* ToString(OccurrenceStatus status);  // "completed", "missed", "pending"

// One piece of work the schedule expects.
struct Occurrence {
    Date day{};          // the planned day (Weekly: the chosen weekday; Once: the due date)
    Date windowFirst{};  // an entry written on an active day from here...
    Date windowLast{};   // ...to here completes it (Daily/Weekdays: the day; Weekly: its ISO week)
    OccurrenceStatus status = OccurrenceStatus::Missed;
};

struct WeekAdherence {
    IsoWeek week;
    size_t expected = 0;
    size_t completed = 0;
    size_t pending = 0;
};

struct Adherence {
    std::vector<Occurrence> occurrences;  // in order of day
    std::vector<WeekAdherence> weeks;     // every ISO week of the active range, in order
    size_t expected = 0;                  // all occurrences, pending ones included
    size_t completed = 0;
    size_t pending = 0;
    size_t currentStreak = 0;  // completed occurrences in a row up to the as-of day
    size_t longestStreak = 0;
    std::optional<Date> lastEntry;          // the latest entry written on or before the as-of day
    size_t entriesOutsideActivePeriod = 0;  // before start, after the end, or while paused

    // Completed share of the occurrences that are no longer pending; none when nothing was due.
    std::optional<double> Rate() const;
};

// Adherence of one assignment from `from` to `asOf` (inclusive), given the days its entries were
// written (in any order, duplicates allowed: several entries on one day count once). Occurrences
// are those whose window touches the range; a window that reaches the as-of day is Pending rather
// than Missed, since that day is not over yet. Entries after asOf are ignored. Pauses hold no
// occurrences and do not break a streak.
Adherence ComputeAdherence(const Schedule& schedule, std::span<const Date> entryDays, Date from,
                           Date asOf);

}  // namespace securebase::homework

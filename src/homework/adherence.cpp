#include "homework/adherence.h"

#include <algorithm>
#include <map>

namespace securebase::homework {

using std::chrono::days;
using std::chrono::sys_days;

namespace {

bool IsPlannedDay(const Recurrence& recurrence, sys_days day) {
    const std::chrono::weekday weekday{day};
    switch (recurrence.kind) {
        case RecurrenceKind::Daily:
            return true;
        case RecurrenceKind::Weekdays:
            return std::find(recurrence.weekdays.begin(), recurrence.weekdays.end(), weekday) !=
                   recurrence.weekdays.end();
        case RecurrenceKind::Weekly:
            return weekday == recurrence.weeklyOn;
        case RecurrenceKind::Once:
            return false;
    }
    return false;
}

// The occurrences whose window touches [from, to], before entries are matched.
std::vector<Occurrence> PlannedOccurrences(const Schedule& schedule, sys_days from, sys_days to) {
    std::vector<Occurrence> planned;
    const auto& recurrence = schedule.recurrence;
    if (recurrence.kind == RecurrenceKind::Once) {
        if (!schedule.due) return planned;
        const sys_days due{*schedule.due};
        if (schedule.IsActiveOn(*schedule.due) && sys_days{schedule.start} <= to && due >= from)
            planned.push_back({*schedule.due, schedule.start, *schedule.due});
        return planned;
    }
    // A weekly window spans its whole ISO week, so look one week either side of the range.
    const bool weekly = recurrence.kind == RecurrenceKind::Weekly;
    const auto first = weekly ? from - days{6} : from;
    const auto last = weekly ? to + days{6} : to;
    for (auto day = first; day <= last; day += days{1}) {
        if (!IsPlannedDay(recurrence, day) || !schedule.IsActiveOn(Date{day})) continue;
        Occurrence occurrence{Date{day}, Date{day}, Date{day}};
        if (weekly) {
            const auto week = IsoWeekOf(Date{day});
            occurrence.windowFirst = week.monday;
            occurrence.windowLast = week.Sunday();
        }
        if (sys_days{occurrence.windowFirst} <= to && sys_days{occurrence.windowLast} >= from)
            planned.push_back(occurrence);
    }
    return planned;
}

void CountStreaks(Adherence& adherence) {
    size_t run = 0;
    for (const auto& occurrence : adherence.occurrences) {
        if (occurrence.status == OccurrenceStatus::Pending) continue;
        run = occurrence.status == OccurrenceStatus::Completed ? run + 1 : 0;
        adherence.longestStreak = std::max(adherence.longestStreak, run);
    }
    adherence.currentStreak = run;
}

void CountWeeks(Adherence& adherence, const Schedule& schedule, sys_days from, sys_days to) {
    std::map<sys_days, WeekAdherence> weeks;
    auto rangeFirst = std::max(from, sys_days{schedule.start});
    auto rangeLast = to;
    if (auto lastDay = schedule.LastDay()) rangeLast = std::min(rangeLast, sys_days{*lastDay});
    for (auto day = rangeFirst; day <= rangeLast; day += days{7}) {
        const auto week = IsoWeekOf(Date{day});
        weeks.emplace(sys_days{week.monday}, WeekAdherence{week});
    }
    if (rangeFirst <= rangeLast) {
        const auto week = IsoWeekOf(Date{rangeLast});
        weeks.emplace(sys_days{week.monday}, WeekAdherence{week});
    }
    for (const auto& occurrence : adherence.occurrences) {
        const auto week = IsoWeekOf(occurrence.day);
        auto& counts = weeks.emplace(sys_days{week.monday}, WeekAdherence{week}).first->second;
        ++counts.expected;
        if (occurrence.status == OccurrenceStatus::Completed) ++counts.completed;
        if (occurrence.status == OccurrenceStatus::Pending) ++counts.pending;
    }
    for (auto& [monday, counts] : weeks) adherence.weeks.push_back(counts);
}

}  // namespace

const char* ToString(OccurrenceStatus status) {
    switch (status) {
        case OccurrenceStatus::Completed:
            return "completed";
        case OccurrenceStatus::Missed:
            return "missed";
        case OccurrenceStatus::Pending:
            return "pending";
    }
    return "missed";
}

std::optional<double> Adherence::Rate() const {
    const auto due = expected - pending;
    if (due == 0) return std::nullopt;
    return static_cast<double>(completed) / static_cast<double>(due);
}

Adherence ComputeAdherence(const Schedule& schedule, std::span<const Date> entryDays, Date from,
                           Date asOf) {
    const sys_days first{from};
    const sys_days last{asOf};
    Adherence adherence;

    // Active entry days up to asOf, sorted. Occurrences look entries up by window, so several
    // entries on one day complete one occurrence and count once.
    std::vector<sys_days> counted;
    for (const auto& entryDay : entryDays) {
        const sys_days day{entryDay};
        if (day > last) continue;
        if (!adherence.lastEntry || day > sys_days{*adherence.lastEntry})
            adherence.lastEntry = entryDay;
        if (!schedule.IsActiveOn(entryDay)) {
            if (day >= first) ++adherence.entriesOutsideActivePeriod;
            continue;
        }
        counted.push_back(day);
    }
    std::sort(counted.begin(), counted.end());

    for (auto occurrence : PlannedOccurrences(schedule, first, last)) {
        const sys_days windowLast{occurrence.windowLast};
        auto hit =
            std::lower_bound(counted.begin(), counted.end(), sys_days{occurrence.windowFirst});
        if (hit != counted.end() && *hit <= std::min(windowLast, last))
            occurrence.status = OccurrenceStatus::Completed;
        else if (windowLast >= last)
            occurrence.status = OccurrenceStatus::Pending;
        else
            occurrence.status = OccurrenceStatus::Missed;
        ++adherence.expected;
        if (occurrence.status == OccurrenceStatus::Completed) ++adherence.completed;
        if (occurrence.status == OccurrenceStatus::Pending) ++adherence.pending;
        adherence.occurrences.push_back(occurrence);
    }
    CountStreaks(adherence);
    CountWeeks(adherence, schedule, first, last);
    return adherence;
}

}  // namespace securebase::homework

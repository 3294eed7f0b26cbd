#pragma once

// Between-session homework as plain values: what was assigned, when work is expected, what came
// back, and the treatment goals the work serves. The logic over them (templates, validation,
// adherence) lives in src/homework; src/storage maps them to rows.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

// A wall-clock time without a date ("when did it happen"), minutes since midnight.
struct TimeOfDay {
    std::chrono::minutes sinceMidnight{0};
    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

// What one field of an entry holds, by field type:
//   text, long_text, choice -> std::string (choice: the option key)
//   rating -> std::int64_t;  number -> double or std::int64_t;  yes_no -> bool
//   list, multi_choice -> std::vector<std::string> (multi_choice: option keys)
//   time_of_day -> TimeOfDay;  steps -> StepRows
// A value of another alternative is what validation reports as the wrong type.
using ScalarValue =
    std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>, TimeOfDay>;
using StepRow = std::map<std::string, ScalarValue>;  // one row of a steps field, by sub-field key
using StepRows = std::vector<StepRow>;
using FieldValue = std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>,
                                TimeOfDay, StepRows>;

// An entry's values by field key. A field left blank is simply absent.
using EntryValues = std::map<std::string, FieldValue>;

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

enum class AssignmentStatus { Active, Paused, Ended };

const char* ToString(AssignmentStatus status);  // "active", "paused", "ended"
std::optional<AssignmentStatus> ParseAssignmentStatus(std::string_view text);

// A template given to one client: which exercise, frozen as it read on the day it was assigned
// (so rewording the template later never changes what old entries mean), the practitioner's own
// instructions, and when work is expected.
struct Assignment {
    Id id = kNoId;
    Id clientId = kNoId;
    std::string templateId;
    int templateVersion = 1;
    std::string templateJson;  // the whole template as assigned (src/homework/template_json.h)
    std::string instructions;  // in addition to the template's own
    Schedule schedule;
    std::optional<Id> goalId;  // the treatment goal this work serves, if any
    Timestamp assignedAt{};

    // Ended once schedule.ended is set; paused while a pause has no last day; else active.
    AssignmentStatus Status() const;
};

// What the client brought back for one assignment, entered by the practitioner. writtenOn is the
// day the client did it, which may be earlier than the day it was typed in (back-dated).
struct Entry {
    Id id = kNoId;
    Id assignmentId = kNoId;
    Date writtenOn{};
    Timestamp recordedAt{};
    EntryValues values;
    std::string freeText;                 // anything else the client wanted to add
    std::optional<Id> reviewedInSession;  // the session in which it was talked through
};

enum class GoalStatus { Active, Achieved, Dropped };

const char* ToString(GoalStatus status);  // "active", "achieved", "dropped"
std::optional<GoalStatus> ParseGoalStatus(std::string_view text);

inline constexpr int kGoalProgressMax = 100;

// A treatment goal agreed with the client; homework can be linked to one.
struct Goal {
    Id id = kNoId;
    Id clientId = kNoId;
    std::string title;
    GoalStatus status = GoalStatus::Active;
    int progress = 0;  // percent, as the practitioner and client judge it together
    Date setOn{};
    Timestamp updatedAt{};
};

}  // namespace securebase

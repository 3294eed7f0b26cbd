#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace securebase::homework {

// A wall-clock time without a date ("when did it happen"), minutes since midnight.
struct TimeOfDay {
    std::chrono::minutes sinceMidnight{0};
    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text);  // "07:30"
std::string FormatTimeOfDay(TimeOfDay time);                     // "07:30"

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

// The value as a number when it is one (rating or number), for trends and summaries.
std::optional<double> AsNumber(const FieldValue& value);
std::optional<double> AsNumber(const ScalarValue& value);

}  // namespace securebase::homework

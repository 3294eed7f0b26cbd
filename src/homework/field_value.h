#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/homework_values.h"

namespace securebase::homework {

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text);  // "07:30"
std::string FormatTimeOfDay(TimeOfDay time);                     // "07:30"

// The value as a number when it is one (rating or number), for trends and summaries.
std::optional<double> AsNumber(const FieldValue& value);
std::optional<double> AsNumber(const ScalarValue& value);

}  // namespace securebase::homework

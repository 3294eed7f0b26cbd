#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "homework/schedule.h"

namespace securebase::homework {

// A recurrence as one short word, for the CLI, storage and JSON: "once", "daily",
// "weekdays:mon,wed,fri", "weekly:fri". Day names are English three-letter abbreviations in any
// case; the list is stored Monday first, each day once.
std::string FormatRecurrence(const Recurrence& recurrence);
std::optional<Recurrence> ParseRecurrence(std::string_view text);

const char* ToString(std::chrono::weekday day);  // "mon" .. "sun"

}  // namespace securebase::homework

#pragma once

#include <string>
#include <vector>

#include "homework/field_value.h"
#include "homework/homework_template.h"
#include "homework/problem.h"

namespace securebase::homework {

// Entry values as a JSON object by field key: how entries travel through the CLI (--json) and how
// storage can keep them. Times of day are "HH:MM" strings, steps are arrays of objects.
std::string EntryValuesToJson(const EntryValues& values);

struct EntryValuesParse {
    EntryValues values;
    std::vector<Problem> problems;  // JSON that maps to no value at all; not template rules
};

// Reads values back, using the template only to tell a time of day from text and steps from a
// list. Run ValidateEntry on the result for the template's rules.
EntryValuesParse ParseEntryValues(const HomeworkTemplate& homeworkTemplate,
                                  const std::string& json);

}  // namespace securebase::homework

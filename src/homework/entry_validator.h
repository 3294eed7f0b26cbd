#pragma once

#include <vector>

#include "homework/field_value.h"
#include "homework/homework_template.h"
#include "homework/problem.h"

namespace securebase::homework {

// Every way values break the template: a field it does not have, a required field left blank, a
// value of the wrong type, a rating outside 0-10, a number outside its range, an option it does
// not offer, too few or too many list items or steps. Paths are field keys, and for steps
// "ladder[2].anxiety_after" with rows counted from 1 as a person counts them. Empty when valid.
std::vector<Problem> ValidateEntry(const HomeworkTemplate& homeworkTemplate,
                                   const EntryValues& values);

}  // namespace securebase::homework

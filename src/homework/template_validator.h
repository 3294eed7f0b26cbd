#pragma once

#include <vector>

#include "homework/homework_template.h"
#include "homework/problem.h"

namespace securebase::homework {

// Every rule a template must keep to be shown as a form, printed as a worksheet and used to check
// entries. Empty when the template is sound. Used on load and on every edit of a copy.
std::vector<Problem> ValidateTemplate(const HomeworkTemplate& homeworkTemplate);

// Stored keys: lower_snake ASCII starting with a letter, at most 64 characters.
bool IsValidKey(std::string_view key);

// "fields.intensity" when the key is usable, else "fields[3]": where a problem sits.
std::string FieldPath(const std::string& parent, size_t index, const std::string& key);

}  // namespace securebase::homework

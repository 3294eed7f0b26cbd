#pragma once

#include <optional>
#include <string>
#include <vector>

#include "homework/homework_template.h"
#include "homework/problem.h"

namespace securebase::homework {

struct TemplateParse {
    std::optional<HomeworkTemplate> value;  // set only when problems is empty
    std::vector<Problem> problems;
};

// Reads one template from its JSON text (format: forms/README.md, "Homework templates") and
// validates it: every problem is reported with the path of the member at fault.
TemplateParse ParseTemplate(const std::string& json);

// The same format back, members in a stable order, so an edited copy can be saved as a file or
// kept in the vault and read back unchanged.
std::string ToJson(const HomeworkTemplate& homeworkTemplate);

}  // namespace securebase::homework

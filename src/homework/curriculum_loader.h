#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "homework/curriculum.h"
#include "homework/problem.h"

namespace securebase::homework {

// A curriculum from its JSON text; throws ProblemsError naming `origin` and every bad field.
Curriculum ParseCurriculum(const std::string& text, const std::string& origin);

// Reads and validates one file; throws ProblemsError naming the file and every bad field.
Curriculum LoadCurriculumFile(const std::filesystem::path& file);

// The curriculum with `id` from the first folder that has a file of that name (`<id>.json`);
// NotFound when none has.
Curriculum FindCurriculum(const std::vector<std::filesystem::path>& folders, std::string_view id);

}  // namespace securebase::homework

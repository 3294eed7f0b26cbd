#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "homework/homework_template.h"
#include "homework/problem.h"

namespace securebase::homework {

// A template file that could not be used, with every reason.
struct TemplateLoadFailure {
    std::filesystem::path file;
    std::vector<Problem> problems;

    std::string Message() const;  // "<file>: <path>: <message>; ..."
};

// The templates of one folder (forms/homework, or a clinic's own): what loaded, and apart from
// that, what did not. One bad file never hides the good ones.
struct TemplateLibrary {
    std::vector<HomeworkTemplate> templates;    // ordered by id
    std::vector<TemplateLoadFailure> failures;  // ordered by file name

    const HomeworkTemplate* Find(std::string_view id) const;
};

// Reads and validates one file; throws ProblemsError naming the file and every problem, or
// Error(Io) when it cannot be read.
HomeworkTemplate LoadTemplateFile(const std::filesystem::path& file);

// Every *.json file directly in folder. Two files with one id: the later by file name fails.
// Throws Error(Io) only when the folder itself cannot be read.
TemplateLibrary LoadTemplateFolder(const std::filesystem::path& folder);

}  // namespace securebase::homework

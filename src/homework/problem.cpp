#include "homework/problem.h"

namespace securebase::homework {

std::string Describe(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& problem : problems) {
        if (!text.empty()) text += "; ";
        text += problem.path.empty() ? problem.message : problem.path + ": " + problem.message;
    }
    return text;
}

ProblemsError::ProblemsError(std::string context, std::vector<Problem> problems)
    : Error(ErrorCode::Invalid, context + ": " + Describe(problems)),
      m_problems(std::move(problems)) {}

}  // namespace securebase::homework

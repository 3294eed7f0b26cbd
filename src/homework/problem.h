#pragma once

#include <string>
#include <vector>

#include "core/error.h"

namespace securebase::homework {

// One thing wrong with a template or an entry. The path names where ("fields.intensity.anchors",
// "ladder[2].anxiety_after"); the message says what is wrong and what would be right. Neither
// ever repeats what a client wrote.
struct Problem {
    std::string path;
    std::string message;
};

// "path: message" lines joined by "; ".
std::string Describe(const std::vector<Problem>& problems);

// Thrown where a caller asked for a result that has problems; carries every one of them so a form
// can mark them all at once.
class ProblemsError : public Error {
public:
    ProblemsError(std::string context, std::vector<Problem> problems);
    const std::vector<Problem>& Problems() const { return m_problems; }

private:
    std::vector<Problem> m_problems;
};

}  // namespace securebase::homework

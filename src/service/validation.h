#pragma once

#include <string>
#include <vector>

#include "core/client.h"
#include "core/error.h"
#include "core/practice_settings.h"
#include "core/session.h"

namespace securebase::service {

struct FieldProblem {
    std::string field;    // "name.given", "dateOfBirth", ...
    std::string message;  // "Enter the client's given name."
};

// Thrown by use cases when input breaks a rule; carries every problem, not only the first, so a
// form can mark them all at once.
class ValidationError : public Error {
public:
    explicit ValidationError(std::vector<FieldProblem> problems);
    const std::vector<FieldProblem>& Problems() const { return m_problems; }

private:
    std::vector<FieldProblem> m_problems;
};

std::vector<FieldProblem> Validate(const Client& client, Date today);
std::vector<FieldProblem> Validate(const Session& session);
// Sections must belong to the note's format, once each; text must be valid UTF-8.
std::vector<FieldProblem> Validate(const ProgressNote& note);
std::vector<FieldProblem> Validate(const PracticeSettings& settings);

}  // namespace securebase::service

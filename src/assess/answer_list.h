#pragma once

#include <string>

#include "assess/scoring.h"

namespace securebase::assess {

// Answers typed as "1=3, 2=5, 7=1" (the CLI's --answers and an answers file, where newlines may
// separate pairs too). Throws Error(Invalid) naming the faulty pair; whether items and values fit
// an instrument is RequireValidAnswers' job.
Answers ParseAnswerList(const std::string& text);

}  // namespace securebase::assess

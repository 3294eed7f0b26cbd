#pragma once

#include "assess/scoring.h"

namespace securebase::cli {

class CommandContext;

// Usage when --answers was given: answers on the command line would stay in the process list and
// the shell history. The message says what to do instead; it never repeats the value.
void RefuseAnswersInArgv(const CommandContext& context);

// An administration's answers from --answers-file F ('-' = standard input), else standard input,
// else one prompt on the terminal: "1=3, 2=5" pairs (commas or newlines) or a JSON object
// {"1": 3, "2": 5} where null leaves an item unanswered. Invalid when malformed; the message names
// the position or item, never the text read.
assess::Answers ReadAnswers(const CommandContext& context);

}  // namespace securebase::cli

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace securebase::cli {

// True when standard input is an interactive terminal (then records are asked for by prompts).
bool StdinIsTerminal();

// Asks one line on the controlling terminal (/dev/tty), not on standard input, so that a prompt
// works even when stdin carries data. Without echo for passphrases. Nothing when there is no
// terminal or the user ended input.
std::optional<std::string> AskOnTerminal(std::string_view prompt, bool echo);

}  // namespace securebase::cli

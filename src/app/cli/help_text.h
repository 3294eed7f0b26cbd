#pragma once

#include <ostream>

namespace securebase::cli {

// --help: commands, options, where passphrases and record contents come from, exit codes.
void PrintHelp(std::ostream& out);

// --version: the program and the storage engine linked into it.
void PrintVersion(std::ostream& out);

}  // namespace securebase::cli

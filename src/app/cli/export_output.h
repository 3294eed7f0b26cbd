#pragma once

#include <string>

namespace securebase::cli {

class CommandContext;

// An export to --out FILE, else to standard output. The file is created readable by its owner
// only (it may carry clinical answers) and never replaces an existing one: Refused when it exists.
void WriteExport(const CommandContext& context, const std::string& text);

}  // namespace securebase::cli

#pragma once

#include <ostream>

#include "core/session.h"

namespace securebase::cli {

// A progress note as a person reads it: its format, each section under its label, the signature
// and the addenda in the order they were written.
void PrintNote(std::ostream& out, const ProgressNote& note);

}  // namespace securebase::cli

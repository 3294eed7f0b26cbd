#pragma once

#include <span>
#include <string_view>

#include "core/error.h"

namespace securebase::cli {

// Exit statuses are part of the CLI's contract with scripts: documented in --help, never
// renumbered.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUnexpected = 1;
inline constexpr int kExitUsage = 2;

struct ExitCodeInfo {
    int status;
    std::string_view meaning;
};

// The one mapping from an error's kind to the status the process ends with.
int ExitCodeFor(ErrorCode code);

// Every status the CLI can end with, in order, for --help.
std::span<const ExitCodeInfo> DocumentedExitCodes();

}  // namespace securebase::cli

#pragma once

#include <string>
#include <string_view>

#include "core/practice_settings.h"

namespace securebase::report {

// The SecureBase logo (assets/securebase-logo.png), compiled in so documents never depend on
// files beside the executable.
std::string_view DefaultLogoPng();

// The PNG a practice's documents carry in their header: its own, the default, or none (empty).
std::string PracticeLogoPng(const PracticeSettings& settings);

}  // namespace securebase::report

#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/practice_settings.h"

namespace securebase::service {

// The bytes of a logo file the practitioner chose, read whole up to one byte past
// kMaxLogoBytes: enough for validation to refuse a file that is too large without reading all of
// it. NotFound when the file cannot be opened.
std::string ReadLogoFile(const std::filesystem::path& file);

// Why the settings' custom logo cannot head a document, in words for the user; nothing when it
// can. Core's checks of size and header first, then the whole image is decoded: a PNG that
// libpng refuses must never reach a report.
std::optional<std::string> LogoRefusal(const PracticeSettings& settings);

}  // namespace securebase::service

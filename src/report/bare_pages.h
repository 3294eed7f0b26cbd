#pragma once

#include <filesystem>

namespace securebase::report {

// The benchmark's floor: `pages` A4 pages of about a report page's text, a few lines and a
// polyline, drawn with bare libharu calls and the same embedded font, no layout at all.
void WriteBarePages(int pages, const std::filesystem::path& file);

}  // namespace securebase::report

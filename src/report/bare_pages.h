#pragma once

#include <filesystem>
#include <string_view>

namespace securebase::report {

// The benchmark's floor: `pages` A4 pages of about a report page's text, a few lines and a
// polyline and the header logo, drawn with bare libharu calls and the same embedded font, no
// layout at all.
void WriteBarePages(int pages, std::string_view logoPng, const std::filesystem::path& file);

}  // namespace securebase::report

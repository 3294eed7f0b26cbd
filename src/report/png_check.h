#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace securebase::report {

// The image re-encoded as a plain PNG (8-bit RGB or RGBA, not interlaced), or nothing when libpng
// cannot read it. libharu 2.3 aborts the process on a PNG libpng refuses (a bad checksum, a cut-off
// file) and corrupts its heap on interlaced ones with alpha, so it only ever sees this form.
std::optional<std::string> PlainPng(std::string_view png);

// Whether libpng reads the whole image.
bool PngDecodes(std::string_view png);

}  // namespace securebase::report

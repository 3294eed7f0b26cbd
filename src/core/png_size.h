#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace securebase {

struct PngSize {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

// The pixel size a PNG file declares in its header (signature, then the IHDR chunk), or nothing
// when the bytes do not start like a PNG. It does not decode the image.
std::optional<PngSize> ReadPngSize(std::string_view bytes);

}  // namespace securebase

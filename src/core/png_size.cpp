#include "core/png_size.h"

namespace securebase {
namespace {

constexpr std::string_view kSignature{"\x89PNG\r\n\x1a\n", 8};
// Signature, chunk length, "IHDR", width, height, bit depth, colour type.
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 4 + 4 + 1 + 1;
constexpr std::uint32_t kIhdrLength = 13;
// The PNG specification limits each dimension to 2^31 - 1.
constexpr std::uint32_t kMaxDimension = 0x7fffffff;

std::uint32_t BigEndian32(std::string_view bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// Bit depths the specification allows for each colour type.
bool ValidDepth(unsigned colourType, unsigned depth) {
    switch (colourType) {
        case 0:  // grey
            return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        case 3:  // palette
            return depth == 1 || depth == 2 || depth == 4 || depth == 8;
        case 2:  // RGB
        case 4:  // grey with alpha
        case 6:  // RGBA
            return depth == 8 || depth == 16;
        default:
            return false;
    }
}

}  // namespace

std::optional<PngSize> ReadPngSize(std::string_view bytes) {
    if (bytes.size() < kHeaderBytes || bytes.substr(0, kSignature.size()) != kSignature)
        return std::nullopt;
    if (BigEndian32(bytes, 8) != kIhdrLength || bytes.substr(12, 4) != "IHDR") return std::nullopt;
    const PngSize size{BigEndian32(bytes, 16), BigEndian32(bytes, 20)};
    if (size.width == 0 || size.height == 0 || size.width > kMaxDimension ||
        size.height > kMaxDimension)
        return std::nullopt;
    const auto depth = static_cast<unsigned char>(bytes[24]);
    const auto colourType = static_cast<unsigned char>(bytes[25]);
    if (!ValidDepth(colourType, depth)) return std::nullopt;
    return size;
}

}  // namespace securebase

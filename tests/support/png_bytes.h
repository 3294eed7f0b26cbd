#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace securebase::test {

// The start of a PNG file as far as its header: enough for checks that do not decode pixels.
inline std::string PngHeader(std::uint32_t width, std::uint32_t height, unsigned depth = 8,
                             unsigned colourType = 6) {
    std::string bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += std::string("\0\0\0\x0dIHDR", 8);
    for (const std::uint32_t value : {width, height}) {
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += static_cast<char>((value >> shift) & 0xff);
    }
    bytes += static_cast<char>(depth);
    bytes += static_cast<char>(colourType);
    bytes += std::string(3, '\0');  // compression, filter, interlace
    bytes += std::string(4, '\0');  // CRC, not checked by the header reader
    return bytes;
}

inline std::string ReadBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A PNG checked in under tests/data.
inline std::string TestPng(const std::string& name) {
    return ReadBytes(std::filesystem::path(SECUREBASE_SOURCE_ROOT) / "tests/data" / name);
}

// A real 120 × 30 RGB PNG.
inline std::string WideLogo() { return TestPng("wide_logo.png"); }

// The wide logo with one byte of its compressed pixels changed: the header still reads, the
// checksum of the image data does not.
inline std::string DamagedLogo() {
    std::string bytes = WideLogo();
    bytes[bytes.find("IDAT") + 10] ^= 0x55;
    return bytes;
}

}  // namespace securebase::test

#include "report/png_check.h"

#include <png.h>

#include <vector>

namespace securebase::report {
namespace {

// The pixels as 8-bit RGB, or RGBA when the image has transparency. libpng's simplified API reports
// errors through its return value, never by aborting.
std::optional<std::vector<unsigned char>> Pixels(std::string_view png, png_image& image) {
    image = png_image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) return std::nullopt;
    // Alpha only where the file has it: a mask costs a second image object in the PDF.
    image.format = (image.format & PNG_FORMAT_FLAG_ALPHA) ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
    std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
    const bool read = png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) != 0;
    png_image_free(&image);
    if (!read) return std::nullopt;
    return pixels;
}

}  // namespace

std::optional<std::string> PlainPng(std::string_view png) {
    png_image image;
    const auto pixels = Pixels(png, image);
    if (!pixels) return std::nullopt;
    png_alloc_size_t size = 0;
    if (!png_image_write_to_memory(&image, nullptr, &size, 0, pixels->data(), 0, nullptr))
        return std::nullopt;
    std::string plain(size, '\0');
    if (!png_image_write_to_memory(&image, plain.data(), &size, 0, pixels->data(), 0, nullptr))
        return std::nullopt;
    plain.resize(size);
    return plain;
}

bool PngDecodes(std::string_view png) {
    png_image image;
    return Pixels(png, image).has_value();
}

}  // namespace securebase::report

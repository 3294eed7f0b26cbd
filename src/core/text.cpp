#include "core/text.h"

#include <cctype>

namespace securebase {

std::string Trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string ToLower(std::string_view ascii) {
    std::string out(ascii);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> Split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(separator, start);
        if (end == std::string_view::npos) end = text.size();
        std::string part = Trim(text.substr(start, end - start));
        if (!part.empty()) parts.push_back(std::move(part));
        start = end + 1;
    }
    return parts;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

bool IsValidUtf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        size_t continuation = 0;
        if (lead < 0x80) continuation = 0;
        else if ((lead & 0xE0) == 0xC0 && lead >= 0xC2) continuation = 1;
        else if ((lead & 0xF0) == 0xE0) continuation = 2;
        else if ((lead & 0xF8) == 0xF0 && lead <= 0xF4) continuation = 3;
        else return false;
        if (text.size() - i <= continuation) return false;
        for (size_t k = 1; k <= continuation; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        i += continuation + 1;
    }
    return true;
}

}  // namespace securebase

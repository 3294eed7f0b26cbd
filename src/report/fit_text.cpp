#include "report/fit_text.h"

namespace securebase::report {

namespace {

constexpr double kRunningSize = 8.0;

bool ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string FitText(const PdfDocument& document, const std::string& text, double width) {
    const auto measure = [&](const std::string& part) {
        return document.TextWidth(part, Weight::Regular, kRunningSize);
    };
    if (measure(text) <= width) return text;
    std::string cut = text;
    while (!cut.empty() && measure(cut + "…") > width) {
        // One whole character off the end: its continuation bytes, then its first byte.
        while (!cut.empty() && ContinuationByte(cut.back())) cut.pop_back();
        if (!cut.empty()) cut.pop_back();
    }
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + "…";
}

}  // namespace securebase::report

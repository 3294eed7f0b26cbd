#include "report/text_wrap.h"

namespace securebase::report {

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Splits a word too wide for any line after its last hyphen that fits ("Reassurance-" over
// "seeking"), else at character boundaries, filling each line as far as it goes (at least one
// character, so a narrow column still makes progress).
void BreakWord(std::string_view word, double width, const MeasureText& measure,
               std::vector<std::string>& lines) {
    while (!word.empty()) {
        size_t end = 0;
        size_t fits = 0;
        while (end < word.size()) {
            size_t next = end + 1;
            while (next < word.size() && IsContinuationByte(word[next])) ++next;
            if (fits > 0 && measure(word.substr(0, next)) > width) break;
            fits = end = next;
        }
        if (fits < word.size()) {
            const size_t hyphen = word.substr(0, fits).rfind('-');
            if (hyphen != std::string_view::npos && hyphen > 0) fits = hyphen + 1;
        }
        lines.emplace_back(word.substr(0, fits));
        word.remove_prefix(fits);
    }
}

// Widths add up (libharu applies no kerning), so each word is measured once and a line's width
// is the sum of its words and the spaces between them.
void WrapLine(std::string_view line, double width, const MeasureText& measure, double spaceWidth,
              std::vector<std::string>& lines) {
    std::string current;
    double currentWidth = 0.0;
    size_t start = 0;
    bool any = false;
    while (start <= line.size()) {
        size_t end = line.find(' ', start);
        if (end == std::string_view::npos) end = line.size();
        const auto word = line.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        any = true;
        const double wordWidth = measure(word);
        if (!current.empty() && currentWidth + spaceWidth + wordWidth <= width) {
            current.append(" ").append(word);
            currentWidth += spaceWidth + wordWidth;
            continue;
        }
        if (!current.empty()) lines.push_back(current);
        if (wordWidth <= width) {
            current = word;
            currentWidth = wordWidth;
        } else {
            BreakWord(word, width, measure, lines);
            current = lines.back();
            currentWidth = measure(current);
            lines.pop_back();
        }
    }
    if (!current.empty() || !any) lines.push_back(current);
}

}  // namespace

std::vector<std::string> WrapText(std::string_view text, double width, const MeasureText& measure) {
    std::vector<std::string> lines;
    const double spaceWidth = measure(" ");
    size_t start = 0;
    while (true) {
        size_t end = text.find('\n', start);
        auto line =
            text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        WrapLine(line, width, measure, spaceWidth, lines);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace securebase::report

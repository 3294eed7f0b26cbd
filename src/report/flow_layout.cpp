#include "report/flow_layout.h"

#include <algorithm>
#include <numeric>

#include "report/pdf_chart_painter.h"
#include "report/text_wrap.h"

namespace securebase::report {

namespace {

constexpr double kLeading = 1.3;  // line height as a multiple of the font size
constexpr double kCellPadding = 3.0;
constexpr double kTableSize = 8.5;
constexpr double kRunningSize = 8.0;
constexpr double kLogoHeight = 16.0;
constexpr double kLogoMaxWidth = 96.0;  // a wide logo is scaled down to this, keeping its aspect
constexpr double kLogoGap = 6.0;

HPDF_REAL R(double value) { return static_cast<HPDF_REAL>(value); }

std::string Replace(std::string text, const std::string& key, const std::string& value) {
    for (size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size())) {
        text.replace(at, key.size(), value);
    }
    return text;
}

}  // namespace

FlowLayout::FlowLayout(PdfDocument& document, RunningText running)
    : m_document(document), m_running(std::move(running)) {
    NewPage();
}

void FlowLayout::NewPage() {
    m_page = m_document.AddPage();
    m_y = kContentTop;
}

void FlowLayout::EnsureRoom(double height) {
    if (m_y - height < kContentBottom && m_y < kContentTop) NewPage();
}

std::vector<std::string> FlowLayout::Wrap(const std::string& text, double width, Weight weight,
                                          double size) const {
    return WrapText(text, width, [&](std::string_view part) {
        return m_document.TextWidth(part, weight, size);
    });
}

void FlowLayout::Lines(const std::vector<std::string>& lines, double x, Weight weight, double size,
                       Rgb colour) {
    const double leading = size * kLeading;
    for (const auto& line : lines) {
        EnsureRoom(leading);
        m_document.Text(m_page, x, m_y - size, line, weight, size, colour);
        m_y -= leading;
    }
}

void FlowLayout::Rule(double x1, double x2, double y, double width, Rgb colour) {
    HPDF_Page_SetRGBStroke(m_page, R(colour.r), R(colour.g), R(colour.b));
    HPDF_Page_SetLineWidth(m_page, R(width));
    HPDF_Page_MoveTo(m_page, R(x1), R(y));
    HPDF_Page_LineTo(m_page, R(x2), R(y));
    HPDF_Page_Stroke(m_page);
}

void FlowLayout::Title(const std::string& text) {
    Lines(Wrap(text, kContentWidth, Weight::Bold, 17), kMargin, Weight::Bold, 17, kInk);
    Space(6);
}

void FlowLayout::Heading(const std::string& text) {
    // Kept with at least three lines of what follows, so a heading never ends a page.
    const auto lines = Wrap(text, kContentWidth, Weight::Bold, 13);
    EnsureRoom(10 + static_cast<double>(lines.size()) * 13 * kLeading + 4 * kBodySize * kLeading);
    Space(10);
    Lines(lines, kMargin, Weight::Bold, 13, kInk);
    Rule(kMargin, kMargin + kContentWidth, m_y + 2, 0.6, kMutedInk);
    Space(6);
}

void FlowLayout::Subheading(const std::string& text) {
    const auto lines = Wrap(text, kContentWidth, Weight::Bold, 10.5);
    EnsureRoom(6 + static_cast<double>(lines.size()) * 10.5 * kLeading + 3 * kBodySize * kLeading);
    Space(6);
    Lines(lines, kMargin, Weight::Bold, 10.5, kInk);
    Space(2);
}

void FlowLayout::Paragraph(const std::string& text, Weight weight, double size, Rgb colour) {
    Lines(Wrap(text, kContentWidth, weight, size), kMargin, weight, size, colour);
    Space(size * 0.5);
}

void FlowLayout::KeyValues(const std::vector<std::pair<std::string, std::string>>& pairs) {
    double keyWidth = 0.0;
    for (const auto& [key, value] : pairs) {
        keyWidth = std::max(keyWidth, m_document.TextWidth(key, Weight::Bold, kBodySize));
    }
    keyWidth = std::min(keyWidth + 12, kContentWidth * 0.4);
    const double leading = kBodySize * kLeading;
    for (const auto& [key, value] : pairs) {
        const auto keys = Wrap(key, keyWidth - 12, Weight::Bold, kBodySize);
        const auto values = Wrap(value, kContentWidth - keyWidth, Weight::Regular, kBodySize);
        const size_t rows = std::max(keys.size(), values.size());
        for (size_t i = 0; i < rows; ++i) {
            EnsureRoom(leading);
            if (i < keys.size()) {
                m_document.Text(m_page, kMargin, m_y - kBodySize, keys[i], Weight::Bold, kBodySize);
            }
            if (i < values.size()) {
                m_document.Text(m_page, kMargin + keyWidth, m_y - kBodySize, values[i],
                                Weight::Regular, kBodySize);
            }
            m_y -= leading;
        }
    }
    Space(kBodySize * 0.5);
}

FlowLayout::TableRow FlowLayout::WrapRow(const TableSpec& table,
                                         const std::vector<std::string>& texts,
                                         const std::vector<double>& widths, Weight weight) const {
    TableRow row{{}, weight, 2 * kCellPadding};
    size_t lines = 1;
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const std::string text = c < texts.size() ? texts[c] : std::string();
        row.cells.push_back(Wrap(text, widths[c] - 2 * kCellPadding, weight, kTableSize));
        lines = std::max(lines, row.cells.back().size());
    }
    row.height += static_cast<double>(lines) * kTableSize * kLeading;
    return row;
}

void FlowLayout::DrawRow(const TableSpec& table, const TableRow& row,
                         const std::vector<double>& widths) {
    double x = kMargin;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        double y = m_y - kCellPadding - kTableSize;
        for (const auto& line : row.cells[c]) {
            const double width = m_document.TextWidth(line, row.weight, kTableSize);
            const double left = table.columns[c].align == Align::Right
                                    ? x + widths[c] - kCellPadding - width
                                    : x + kCellPadding;
            m_document.Text(m_page, left, y, line, row.weight, kTableSize);
            y -= kTableSize * kLeading;
        }
        x += widths[c];
    }
    m_y -= row.height;
}

double FlowLayout::LongestWord(const std::string& text, Weight weight, bool breakAtHyphens) const {
    double longest = 0.0;
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        size_t cut = end;
        if (breakAtHyphens) {
            const size_t hyphen = text.find('-', start);
            if (hyphen < end) cut = hyphen + 1;
        }
        longest = std::max(
            longest, m_document.TextWidth(text.substr(start, cut - start), weight, kTableSize));
        start = cut == end ? end + 1 : cut;
    }
    return longest;
}

// A column at least as wide as the longest word in it (up to a quarter of the page), so neither
// "Avoidance" nor a date breaks inside; the room comes from the other columns in proportion.
void FlowLayout::WidenForLongestWords(const TableSpec& table, std::vector<double>& widths) const {
    std::vector<double> words;  // room for each column's longest word
    std::vector<double> minimum;
    for (size_t c = 0; c < widths.size(); ++c) {
        // A title may break after a hyphen ("Reassurance-" over "seeking"): a wrap at the width
        // of its longest piece breaks it there, and the room goes to the cells.
        double longest = LongestWord(table.columns[c].title, Weight::Bold, true);
        for (const auto& row : table.rows) {
            if (c < row.size()) longest = std::max(longest, LongestWord(row[c], Weight::Regular));
        }
        words.push_back(std::min(longest + 2 * kCellPadding + 1, kContentWidth / 4));
        minimum.push_back(std::max(words[c], table.columns[c].minWidth));
    }
    // A column's own minWidth gives way first when the minimums do not fit side by side.
    const double boosted = std::accumulate(minimum.begin(), minimum.end(), 0.0) - kContentWidth;
    const double boost = std::accumulate(minimum.begin(), minimum.end(), 0.0) -
                         std::accumulate(words.begin(), words.end(), 0.0);
    if (boosted > 0.0 && boost > 0.0) {
        const double cut = std::min(1.0, boosted / boost);
        for (size_t c = 0; c < widths.size(); ++c) minimum[c] -= (minimum[c] - words[c]) * cut;
    }
    double needed = 0.0;
    double spare = 0.0;
    for (size_t c = 0; c < widths.size(); ++c) {
        if (widths[c] < minimum[c]) {
            needed += minimum[c] - widths[c];
        } else {
            spare += widths[c] - minimum[c];
        }
    }
    if (needed <= 0.0 || spare <= 0.0) return;
    const double share = std::min(1.0, needed / spare);
    for (size_t c = 0; c < widths.size(); ++c) {
        widths[c] =
            widths[c] < minimum[c] ? minimum[c] : widths[c] - (widths[c] - minimum[c]) * share;
    }
    // When even the longest words do not fit, every column gives up the same share: a word may
    // then break, but nothing is drawn past the margin.
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (total > kContentWidth) {
        for (double& width : widths) width *= kContentWidth / total;
    }
}

void FlowLayout::TableHeader(const TableSpec& table, const std::vector<double>& widths) {
    std::vector<std::string> titles;
    for (const auto& column : table.columns) titles.push_back(column.title);
    const auto header = WrapRow(table, titles, widths, Weight::Bold);
    HPDF_Page_SetRGBFill(m_page, R(kGridLine.r), R(kGridLine.g), R(kGridLine.b));
    HPDF_Page_Rectangle(m_page, R(kMargin), R(m_y - header.height), R(kContentWidth),
                        R(header.height));
    HPDF_Page_Fill(m_page);
    DrawRow(table, header, widths);
}

void FlowLayout::Table(const TableSpec& table) {
    const double total =
        std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                        [](double sum, const TableColumn& c) { return sum + c.weight; });
    std::vector<double> widths;
    for (const auto& column : table.columns) {
        widths.push_back(kContentWidth * column.weight / total);
    }
    WidenForLongestWords(table, widths);
    EnsureRoom(3 * (kTableSize * kLeading + 2 * kCellPadding));
    TableHeader(table, widths);
    for (const auto& texts : table.rows) {
        auto row = WrapRow(table, texts, widths, Weight::Regular);
        row.height = std::max(row.height, table.minRowHeight);
        if (m_y - row.height < kContentBottom) {
            NewPage();
            TableHeader(table, widths);
        }
        DrawRow(table, row, widths);
        Rule(kMargin, kMargin + kContentWidth, m_y, 0.4,
             table.minRowHeight > 0 ? kMutedInk : kGridLine);
    }
    Space(8);
}

void FlowLayout::Chart(const LineChart& chart, double height) {
    EnsureRoom(height);
    PaintLineChart(m_document, m_page, {kMargin, m_y - height, kContentWidth, height}, chart);
    m_y -= height;
    Space(10);
}

void FlowLayout::Chart(const QuadrantChart& chart, double height) {
    EnsureRoom(height);
    PaintQuadrantChart(m_document, m_page, {kMargin, m_y - height, kContentWidth, height}, chart);
    m_y -= height;
    Space(10);
}

void FlowLayout::WritingLines(int count, double spacing) {
    for (int i = 0; i < count; ++i) {
        EnsureRoom(spacing);
        m_y -= spacing;
        Rule(kMargin, kMargin + kContentWidth, m_y, 0.5, kMutedInk);
    }
    Space(6);
}

void FlowLayout::ScaleBoxes(const std::vector<std::string>& labels, const std::string& low,
                            const std::string& high) {
    constexpr double kSide = 14.0;
    const double labelSize = 7.5;
    double longest = 0.0;
    for (const auto& label : labels) {
        longest = std::max(longest, LongestWord(label, Weight::Regular) * labelSize / kTableSize);
    }
    const double step = labels.empty()
                            ? 0.0
                            : std::min(std::max(kSide + 10, longest + 6),
                                       kContentWidth / static_cast<double>(labels.size()));
    std::vector<std::vector<std::string>> wrapped;
    size_t lines = 1;
    for (const auto& label : labels) {
        wrapped.push_back(Wrap(label, step - 4, Weight::Regular, labelSize));
        lines = std::max(lines, wrapped.back().size());
    }
    const bool anchors = !low.empty() || !high.empty();
    const double height = kSide + 4 + static_cast<double>(lines) * labelSize * kLeading +
                          (anchors ? labelSize * kLeading + 2 : 0);
    EnsureRoom(height);
    HPDF_Page_SetRGBStroke(m_page, R(kInk.r), R(kInk.g), R(kInk.b));
    HPDF_Page_SetLineWidth(m_page, 0.7f);
    for (size_t i = 0; i < labels.size(); ++i) {
        const double centre = kMargin + step * (static_cast<double>(i) + 0.5);
        HPDF_Page_Rectangle(m_page, R(centre - kSide / 2), R(m_y - kSide), R(kSide), R(kSide));
        HPDF_Page_Stroke(m_page);
        double y = m_y - kSide - 2 - labelSize;
        for (const auto& line : wrapped[i]) {
            const double width = m_document.TextWidth(line, Weight::Regular, labelSize);
            m_document.Text(m_page, centre - width / 2, y, line, Weight::Regular, labelSize);
            y -= labelSize * kLeading;
        }
    }
    m_y -= kSide + 4 + static_cast<double>(lines) * labelSize * kLeading;
    if (anchors) {
        m_document.Text(m_page, kMargin, m_y - labelSize, low, Weight::Regular, labelSize,
                        kMutedInk);
        const double right = kMargin + step * static_cast<double>(labels.size());
        const double width = m_document.TextWidth(high, Weight::Regular, labelSize);
        m_document.Text(m_page, right - width, m_y - labelSize, high, Weight::Regular, labelSize,
                        kMutedInk);
        m_y -= labelSize * kLeading + 2;
    }
    Space(6);
}

void FlowLayout::Checkboxes(const std::vector<std::string>& options) {
    constexpr double kSide = 9.0;
    const double leading = kBodySize * kLeading + 4;
    double x = kMargin;
    EnsureRoom(leading);
    HPDF_Page_SetRGBStroke(m_page, R(kInk.r), R(kInk.g), R(kInk.b));
    HPDF_Page_SetLineWidth(m_page, 0.7f);
    for (const auto& option : options) {
        const double width = kSide + 5 + m_document.TextWidth(option, Weight::Regular, kBodySize);
        if (x > kMargin && x + width > kMargin + kContentWidth) {
            m_y -= leading;
            x = kMargin;
            EnsureRoom(leading);
        }
        HPDF_Page_Rectangle(m_page, R(x), R(m_y - kBodySize), R(kSide), R(kSide));
        HPDF_Page_Stroke(m_page);
        m_document.Text(m_page, x + kSide + 5, m_y - kBodySize, option, Weight::Regular, kBodySize);
        x += width + 16;
    }
    m_y -= leading;
    Space(4);
}

void FlowLayout::Box(const std::string& label, double height) {
    const auto lines = Wrap(label, kContentWidth - 8, Weight::Bold, 9);
    const double labelHeight = static_cast<double>(lines.size()) * 9 * kLeading + 4;
    EnsureRoom(labelHeight + height);
    Lines(lines, kMargin, Weight::Bold, 9, kInk);
    m_y -= 2;
    HPDF_Page_SetRGBStroke(m_page, R(kMutedInk.r), R(kMutedInk.g), R(kMutedInk.b));
    HPDF_Page_SetLineWidth(m_page, 0.7f);
    HPDF_Page_Rectangle(m_page, R(kMargin), R(m_y - height), R(kContentWidth), R(height));
    HPDF_Page_Stroke(m_page);
    m_y -= height;
    Space(10);
}

void FlowLayout::SignatureLine(const std::string& label) {
    EnsureRoom(60);
    Space(34);
    Rule(kMargin, kMargin + 220, m_y, 0.7, kInk);
    Rule(kMargin + 260, kMargin + 400, m_y, 0.7, kInk);
    m_y -= 4;
    m_document.Text(m_page, kMargin, m_y - 8, label, Weight::Regular, 8, kMutedInk);
    m_document.Text(m_page, kMargin + 260, m_y - 8, "Date", Weight::Regular, 8, kMutedInk);
    m_y -= 14;
}

void FlowLayout::Space(double points) { m_y -= points; }

void FlowLayout::Finish() {
    const auto& pages = m_document.Pages();
    const std::string total = std::to_string(pages.size());
    const double headerY = kPageHeight - 40;
    const double footerY = 34;
    // Loaded once: every page draws the same image object, so the PDF holds the bytes once.
    const HPDF_Image logo = m_document.LoadPng(m_running.logoPng);
    double logoWidth = 0.0;
    double logoHeight = 0.0;
    if (logo) {
        const double width = HPDF_Image_GetWidth(logo);
        const double height = HPDF_Image_GetHeight(logo);
        const double scale = std::min(kLogoHeight / height, kLogoMaxWidth / width);
        logoWidth = width * scale;
        logoHeight = height * scale;
    }
    const double nameX = logo ? kMargin + logoWidth + kLogoGap : kMargin;
    for (size_t i = 0; i < pages.size(); ++i) {
        const auto page = pages[i];
        if (logo) {
            HPDF_Page_DrawImage(page, logo, R(kMargin), R(headerY - 2), R(logoWidth),
                                R(logoHeight));
        }
        m_document.Text(page, nameX, headerY, m_running.headerLeft, Weight::Bold, kRunningSize,
                        kMutedInk);
        const double rightWidth =
            m_document.TextWidth(m_running.headerRight, Weight::Regular, kRunningSize);
        m_document.Text(page, kMargin + kContentWidth - rightWidth, headerY, m_running.headerRight,
                        Weight::Regular, kRunningSize, kMutedInk);
        HPDF_Page_SetRGBStroke(page, R(kGridLine.r), R(kGridLine.g), R(kGridLine.b));
        HPDF_Page_SetLineWidth(page, 0.5f);
        for (const double y : {headerY - 5, footerY + 11}) {
            HPDF_Page_MoveTo(page, R(kMargin), R(y));
            HPDF_Page_LineTo(page, R(kMargin + kContentWidth), R(y));
            HPDF_Page_Stroke(page);
        }
        m_document.Text(page, kMargin, footerY, m_running.footerLeft, Weight::Bold, kRunningSize,
                        kMutedInk);
        const auto number = Replace(Replace(m_running.pageFormat, "{page}", std::to_string(i + 1)),
                                    "{pages}", total);
        const double numberWidth = m_document.TextWidth(number, Weight::Regular, kRunningSize);
        m_document.Text(page, kMargin + (kContentWidth - numberWidth) / 2, footerY, number,
                        Weight::Regular, kRunningSize, kMutedInk);
        const double codeWidth =
            m_document.TextWidth(m_running.footerRight, Weight::Regular, kRunningSize);
        m_document.Text(page, kMargin + kContentWidth - codeWidth, footerY, m_running.footerRight,
                        Weight::Regular, kRunningSize, kMutedInk);
    }
}

}  // namespace securebase::report

#pragma once

#include <hpdf.h>

#include <string>
#include <utility>
#include <vector>

#include "report/chart.h"
#include "report/pdf_document.h"

namespace securebase::report {

// What every page repeats: a header line and a footer with "page N of M", written when the
// document is finished and the number of pages is known.
struct RunningText {
    std::string headerLeft;   // the practice
    std::string headerRight;  // the document's title
    std::string footerLeft;   // "Confidential"
    std::string footerRight;  // the client code
    std::string pageFormat = "Page {page} of {pages}";
    std::string logoPng = {};  // PNG bytes drawn left of headerLeft; empty for no logo
};

enum class Align { Left, Right };

struct TableColumn {
    std::string title;
    double weight = 1.0;  // share of the table's width
    Align align = Align::Left;
    double minWidth = 0.0;  // points kept even when other columns widen for their longest words
};

struct TableSpec {
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;  // one cell per column
    double minRowHeight = 0.0;                   // room to write in by hand (worksheets)
};

inline constexpr double kMargin = 56.7;  // 20 mm
inline constexpr double kContentTop = kPageHeight - 64.0;
inline constexpr double kContentBottom = 60.0;
inline constexpr double kContentWidth = kPageWidth - 2 * kMargin;
inline constexpr double kBodySize = 10.0;

// Lays blocks out from the top of an A4 page down, starting a new page when a block does not fit:
// text wraps and flows on, a table splits between rows and repeats its header, a chart or a box
// moves whole to the next page. Nothing is drawn outside the margins.
class FlowLayout {
public:
    FlowLayout(PdfDocument& document, RunningText running);

    void Title(const std::string& text);
    void Heading(const std::string& text);
    void Subheading(const std::string& text);
    void Paragraph(const std::string& text, Weight weight = Weight::Regular,
                   double size = kBodySize, Rgb colour = kInk);
    void KeyValues(const std::vector<std::pair<std::string, std::string>>& pairs);
    void Table(const TableSpec& table);
    void Chart(const LineChart& chart, double height = 190.0);
    void Chart(const QuadrantChart& chart, double height = 330.0);
    void WritingLines(int count, double spacing = 22.0);
    // A row of numbered boxes to tick (a 0..10 rating, a 1..7 scale), each label under its box,
    // with words for both ends when given.
    void ScaleBoxes(const std::vector<std::string>& labels, const std::string& low,
                    const std::string& high);
    // One small box to tick per option, flowing across the line.
    void Checkboxes(const std::vector<std::string>& options);
    void Box(const std::string& label, double height);
    void SignatureLine(const std::string& label);
    void Space(double points);
    void NewPage();

    // Draws the running header and footer on every page; call once, after the last block.
    void Finish();

    int PageCount() const { return static_cast<int>(m_document.Pages().size()); }

private:
    void EnsureRoom(double height);
    void Lines(const std::vector<std::string>& lines, double x, Weight weight, double size,
               Rgb colour);
    std::vector<std::string> Wrap(const std::string& text, double width, Weight weight,
                                  double size) const;
    struct TableRow {
        std::vector<std::vector<std::string>> cells;  // wrapped lines per column
        Weight weight = Weight::Regular;
        double height = 0.0;
    };
    TableRow WrapRow(const TableSpec& table, const std::vector<std::string>& texts,
                     const std::vector<double>& widths, Weight weight) const;
    void DrawRow(const TableSpec& table, const TableRow& row, const std::vector<double>& widths);
    void TableHeader(const TableSpec& table, const std::vector<double>& widths);
    double LongestWord(const std::string& text, Weight weight, bool breakAtHyphens = false) const;
    void WidenForLongestWords(const TableSpec& table, std::vector<double>& widths) const;
    void Rule(double x1, double x2, double y, double width, Rgb colour);

    PdfDocument& m_document;
    RunningText m_running;
    HPDF_Page m_page = nullptr;
    double m_y = kContentTop;  // top of the next block
};

}  // namespace securebase::report

#include "report/pdf_chart_painter.h"

#include <algorithm>

#include "report/chart_palette.h"
#include "report/text_wrap.h"

namespace securebase::report {

namespace {

constexpr double kTitleSize = 9.5;
constexpr double kLabelSize = 7.0;
constexpr double kTickLength = 3.0;

HPDF_REAL R(double value) { return static_cast<HPDF_REAL>(value); }

void Stroke(HPDF_Page page, Rgb colour, double width) {
    HPDF_Page_SetRGBStroke(page, R(colour.r), R(colour.g), R(colour.b));
    HPDF_Page_SetLineWidth(page, R(width));
}

void Line(HPDF_Page page, double x1, double y1, double x2, double y2) {
    HPDF_Page_MoveTo(page, R(x1), R(y1));
    HPDF_Page_LineTo(page, R(x2), R(y2));
    HPDF_Page_Stroke(page);
}

void Dashed(HPDF_Page page, bool on) {
    static const HPDF_UINT16 kDash[] = {4, 3};
    HPDF_Page_SetDash(page, on ? kDash : nullptr, on ? 2 : 0, 0);
}

void Dot(HPDF_Page page, double x, double y, double radius, Rgb colour) {
    HPDF_Page_SetRGBFill(page, R(colour.r), R(colour.g), R(colour.b));
    HPDF_Page_Circle(page, R(x), R(y), R(radius));
    HPDF_Page_Fill(page);
}

void CentredText(PdfDocument& document, HPDF_Page page, double x, double y, const std::string& text,
                 Weight weight, double size, Rgb colour = kInk) {
    document.Text(page, x - document.TextWidth(text, weight, size) / 2, y, text, weight, size,
                  colour);
}

// The plot area inside `area` after room for the title, tick labels and the legend.
struct Plot {
    double left, bottom, width, height;
    double X(double unit) const { return left + unit * width; }
    double Y(double unit) const { return bottom + unit * height; }
};

void DrawFrameAndYAxis(PdfDocument& document, HPDF_Page page, const Plot& plot,
                       const ChartAxis& y) {
    Stroke(page, kGridLine, 0.5);
    for (const auto& tick : y.ticks)
        Line(page, plot.left, plot.Y(tick.position), plot.X(1), plot.Y(tick.position));
    Stroke(page, kMutedInk, 0.7);
    HPDF_Page_Rectangle(page, R(plot.left), R(plot.bottom), R(plot.width), R(plot.height));
    HPDF_Page_Stroke(page);
    for (const auto& tick : y.ticks) {
        const double at = plot.Y(tick.position);
        Line(page, plot.left - kTickLength, at, plot.left, at);
        const double width = document.TextWidth(tick.label, Weight::Regular, kLabelSize);
        document.Text(page, plot.left - kTickLength - 2 - width, at - kLabelSize * 0.35, tick.label,
                      Weight::Regular, kLabelSize, kMutedInk);
    }
}

void DrawXAxis(PdfDocument& document, HPDF_Page page, const Plot& plot, const ChartAxis& x) {
    Stroke(page, kMutedInk, 0.7);
    for (const auto& tick : x.ticks) {
        const double at = plot.X(tick.position);
        Line(page, at, plot.bottom - kTickLength, at, plot.bottom);
        CentredText(document, page, at, plot.bottom - kTickLength - kLabelSize - 1, tick.label,
                    Weight::Regular, kLabelSize, kMutedInk);
    }
}

void DrawReference(PdfDocument& document, HPDF_Page page, const Plot& plot,
                   const ReferenceLine& reference) {
    const double at = plot.Y(reference.position);
    Stroke(page, kCutoffLine, 0.8);
    Dashed(page, true);
    Line(page, plot.left, at, plot.X(1), at);
    Dashed(page, false);
    const std::string label = reference.label + " (" + FormatAxisValue(reference.value, 0.1) + ")";
    const double width = document.TextWidth(label, Weight::Regular, kLabelSize);
    document.Text(page, plot.X(1) - width - 2, at + 2, label, Weight::Regular, kLabelSize,
                  kCutoffLine);
}

void DrawSeries(PdfDocument& document, HPDF_Page page, const Plot& plot, const ChartSeries& series,
                Rgb colour, bool labelPoints) {
    if (series.points.empty()) return;
    Stroke(page, colour, 1.4);
    HPDF_Page_MoveTo(page, R(plot.X(series.points[0].x)), R(plot.Y(series.points[0].y)));
    for (size_t i = 1; i < series.points.size(); ++i) {
        HPDF_Page_LineTo(page, R(plot.X(series.points[i].x)), R(plot.Y(series.points[i].y)));
    }
    if (series.points.size() > 1)
        HPDF_Page_Stroke(page);
    else
        HPDF_Page_EndPath(page);
    for (size_t i = 0; i < series.points.size(); ++i) {
        const double x = plot.X(series.points[i].x);
        const double y = plot.Y(series.points[i].y);
        Dot(page, x, y, 2.2, colour);
        if (labelPoints) {
            // Below the point when it sits near the top, so the label stays inside the plot.
            const double labelY = series.points[i].y > 0.85 ? y - kLabelSize - 3 : y + 4;
            CentredText(document, page, x, labelY, series.values[i], Weight::Regular, kLabelSize,
                        colour);
        }
    }
}

constexpr double kLegendRow = kLabelSize + 5;

// Where each legend entry goes (x offset, row), rows wrapping at `width`.
std::vector<std::pair<double, int>> LegendPlaces(PdfDocument& document, double width,
                                                 const std::vector<ChartSeries>& series) {
    std::vector<std::pair<double, int>> places;
    double x = 0.0;
    int row = 0;
    for (const auto& s : series) {
        const double entry = 15 + document.TextWidth(s.label, Weight::Regular, kLabelSize) + 12;
        if (x > 0 && x + entry > width) {
            x = 0.0;
            ++row;
        }
        places.push_back({x, row});
        x += entry;
    }
    return places;
}

void DrawLegend(PdfDocument& document, HPDF_Page page, double left, double top,
                const std::vector<ChartSeries>& series,
                const std::vector<std::pair<double, int>>& places) {
    for (size_t i = 0; i < series.size(); ++i) {
        const double x = left + places[i].first;
        const double y = top - (places[i].second + 1) * kLegendRow + 3;
        Stroke(page, SeriesColour(i), 1.4);
        Line(page, x, y + 2.5, x + 12, y + 2.5);
        document.Text(page, x + 15, y, series[i].label, Weight::Regular, kLabelSize);
    }
}

// Which date each numbered point of the path is, wrapped to the width of the chart.
void PathKey(PdfDocument& document, HPDF_Page page, const PdfRect& area, double y,
             const std::vector<PathPoint>& path) {
    std::string key;
    for (const auto& point : path) {
        key += (key.empty() ? "" : ",  ") + point.label + ": " + FormatDate(point.date);
    }
    const auto measure = [&](std::string_view text) {
        return document.TextWidth(text, Weight::Regular, kLabelSize);
    };
    for (const auto& line : WrapText(key, area.width, measure)) {
        if (y < area.y) break;
        document.Text(page, area.x, y, line, Weight::Regular, kLabelSize, kMutedInk);
        y -= kLabelSize + 3;
    }
}

}  // namespace

void PaintLineChart(PdfDocument& document, HPDF_Page page, const PdfRect& area,
                    const LineChart& chart) {
    const bool legend = chart.series.size() > 1;
    const auto places = legend ? LegendPlaces(document, area.width - 40, chart.series)
                               : std::vector<std::pair<double, int>>{};
    const double legendHeight = places.empty() ? 0.0 : (places.back().second + 1) * kLegendRow;
    const double top = area.y + area.height;
    document.Text(page, area.x, top - kTitleSize, chart.title, Weight::Bold, kTitleSize);
    const double yTitleWidth = document.TextWidth(chart.y.title, Weight::Regular, kLabelSize);
    document.Text(page, area.x + area.width - yTitleWidth, top - kTitleSize, chart.y.title,
                  Weight::Regular, kLabelSize, kMutedInk);
    double labelWidth = 0.0;
    for (const auto& tick : chart.y.ticks) {
        labelWidth =
            std::max(labelWidth, document.TextWidth(tick.label, Weight::Regular, kLabelSize));
    }
    Plot plot;
    plot.left = area.x + labelWidth + kTickLength + 4;
    plot.bottom = area.y + kLabelSize + kTickLength + 6 + legendHeight;
    plot.width = area.x + area.width - plot.left - 4;
    plot.height = top - kTitleSize - 8 - plot.bottom;
    DrawFrameAndYAxis(document, page, plot, chart.y);
    DrawXAxis(document, page, plot, chart.x);
    for (const auto& reference : chart.references) DrawReference(document, page, plot, reference);
    if (chart.Empty()) {
        CentredText(document, page, plot.X(0.5), plot.Y(0.72), "No data in this period",
                    Weight::Regular, 8.5, kMutedInk);
    }
    size_t points = 0;
    for (const auto& series : chart.series) points += series.points.size();
    for (size_t i = 0; i < chart.series.size(); ++i) {
        DrawSeries(document, page, plot, chart.series[i], SeriesColour(i), points <= 16);
    }
    if (legend) DrawLegend(document, page, plot.left, area.y + legendHeight, chart.series, places);
}

void PaintQuadrantChart(PdfDocument& document, HPDF_Page page, const PdfRect& area,
                        const QuadrantChart& chart) {
    const double top = area.y + area.height;
    document.Text(page, area.x, top - kTitleSize, chart.title, Weight::Bold, kTitleSize);
    Plot plot;
    const double side = std::min(area.width - 40, area.height - kTitleSize - 8 - 60);
    plot.left = area.x + 30;
    plot.bottom = top - kTitleSize - 8 - side;
    plot.width = side;
    plot.height = side;
    for (size_t i = 0; i < chart.quadrants.size(); ++i) {
        const auto& quadrant = chart.quadrants[i];
        const Rgb fill = kQuadrantFills[i];
        HPDF_Page_SetRGBFill(page, R(fill.r), R(fill.g), R(fill.b));
        HPDF_Page_Rectangle(page, R(plot.X(quadrant.left)), R(plot.Y(quadrant.bottom)),
                            R((quadrant.right - quadrant.left) * plot.width),
                            R((quadrant.top - quadrant.bottom) * plot.height));
        HPDF_Page_Fill(page);
        const double labelY = i < 2 ? plot.Y(quadrant.bottom) + 5 : plot.Y(quadrant.top) - 11;
        CentredText(document, page, plot.X((quadrant.left + quadrant.right) / 2), labelY,
                    quadrant.label, Weight::Bold, 7.5, kMutedInk);
    }
    DrawFrameAndYAxis(document, page, plot, chart.y);
    DrawXAxis(document, page, plot, chart.x);
    CentredText(document, page, plot.X(0.5), plot.bottom - 2 * kLabelSize - 8, chart.x.title,
                Weight::Regular, 8, kInk);
    const double yTitleWidth = document.TextWidth(chart.y.title, Weight::Regular, 8);
    document.TextUp(page, area.x + 8, plot.Y(0.5) - yTitleWidth / 2, chart.y.title, Weight::Regular,
                    8);
    Stroke(page, kCutoffLine, 0.8);
    Dashed(page, true);
    Line(page, plot.X(chart.xCutoff.position), plot.bottom, plot.X(chart.xCutoff.position),
         plot.Y(1));
    Line(page, plot.left, plot.Y(chart.yCutoff.position), plot.X(1),
         plot.Y(chart.yCutoff.position));
    Dashed(page, false);
    const Rgb colour = SeriesColour(0);
    if (chart.path.size() > 1) {
        Stroke(page, colour, 1.2);
        HPDF_Page_MoveTo(page, R(plot.X(chart.path[0].at.x)), R(plot.Y(chart.path[0].at.y)));
        for (size_t i = 1; i < chart.path.size(); ++i) {
            HPDF_Page_LineTo(page, R(plot.X(chart.path[i].at.x)), R(plot.Y(chart.path[i].at.y)));
        }
        HPDF_Page_Stroke(page);
    }
    for (const auto& point : chart.path) {
        const double x = plot.X(point.at.x);
        const double y = plot.Y(point.at.y);
        Dot(page, x, y, 5.5, colour);
        CentredText(document, page, x, y - 2.5, point.label, Weight::Bold, 6.5, Rgb{1, 1, 1});
    }
    PathKey(document, page, area, plot.bottom - 2 * kLabelSize - 24, chart.path);
}

}  // namespace securebase::report

#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "report/chart_axis.h"

namespace securebase::report {

// Charts are computed once here, in plain C++, and drawn by two small painters: libharu for the
// PDF (report/pdf_chart_painter.h) and wxGraphicsContext for the screen (src/ui). Every position
// is in a unit box: x from 0 (left) to 1 (right), y from 0 (bottom) to 1 (top), so a painter only
// scales to its own rectangle (flipping y when its origin is at the top).

struct ChartPoint {
    double x = 0.0;
    double y = 0.0;
};

// A value on one day, the input every chart is built from.
struct DatedValue {
    Date date{};
    double value = 0.0;
};

struct ChartSeries {
    std::string label;                // for the legend
    std::vector<ChartPoint> points;   // in date order
    std::vector<Date> dates;          // one per point
    std::vector<std::string> values;  // one per point: the value as text, for a label beside it
};

// A horizontal line across the plot at a value of the y axis, such as a clinical cut-off.
struct ReferenceLine {
    double position = 0.0;  // 0..1 along the axis it crosses
    double value = 0.0;
    std::string label;
};

struct LineChart {
    std::string title;
    ChartAxis x;  // dates
    ChartAxis y;
    std::vector<ChartSeries> series;
    std::vector<ReferenceLine> references;

    bool Empty() const;  // no point in any series: the painter says so instead of drawing lines
};

struct NamedSeries {
    std::string label;
    std::vector<DatedValue> values;  // any order
};

struct ReferenceValue {
    double value = 0.0;
    std::string label;
};

struct LineChartInput {
    std::string title;
    std::string yTitle;
    std::vector<NamedSeries> series;
    // A fixed y range (a response scale's 1..7); without it the range comes from the data and the
    // reference lines, widened to nice ticks.
    std::optional<std::array<double, 2>> yRange;
    std::vector<ReferenceValue> references;
    // The dates the x axis must cover (the report period), whatever the data spans.
    std::optional<std::array<Date, 2>> period;
};

inline constexpr int kMaxValueTicks = 8;
inline constexpr int kMaxDateTicks = 6;

LineChart BuildLineChart(const LineChartInput& input);

// One of the four regions the two cut-offs split the plane into.
struct Quadrant {
    std::string label;
    double left = 0.0;
    double bottom = 0.0;
    double right = 1.0;
    double top = 1.0;
};

struct PathPoint {
    ChartPoint at;
    Date date{};
    std::string label;  // its number along the path: "1", "2", ...
};

// Anxiety (x) by avoidance (y): the cut-offs split the plane into four labelled quadrants and the
// client's administrations form a path through them, oldest first.
struct QuadrantChart {
    std::string title;
    ChartAxis x;
    ChartAxis y;
    ReferenceLine xCutoff;  // a vertical line at xCutoff.position along x
    ReferenceLine yCutoff;  // a horizontal line at yCutoff.position along y
    // Low x & low y, high x & low y, low x & high y, high x & high y.
    std::array<Quadrant, 4> quadrants;
    std::vector<PathPoint> path;
};

struct PlanePoint {
    Date date{};
    double x = 0.0;
    double y = 0.0;
};

struct QuadrantChartInput {
    std::string title;
    std::string xTitle;
    std::string yTitle;
    std::array<double, 2> xRange{};
    std::array<double, 2> yRange{};
    ReferenceValue xCutoff;
    ReferenceValue yCutoff;
    // Labels in the order of QuadrantChart::quadrants.
    std::array<std::string, 4> quadrantLabels;
    std::vector<PlanePoint> points;  // any order; the path follows the dates
};

QuadrantChart BuildQuadrantChart(const QuadrantChartInput& input);

}  // namespace securebase::report

#include "report/chart.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace securebase::report {

namespace {

std::string FormatPointValue(double value) {
    const double rounded = std::round(value);
    return FormatAxisValue(value, std::abs(value - rounded) < 1e-9 ? 1.0 : 0.1);
}

ChartAxis XAxisFor(const LineChartInput& input) {
    std::optional<Date> first;
    std::optional<Date> last;
    const auto include = [&](Date date) {
        if (!first || date < *first) first = date;
        if (!last || date > *last) last = date;
    };
    if (input.period) {
        include((*input.period)[0]);
        include((*input.period)[1]);
    }
    for (const auto& series : input.series) {
        for (const auto& value : series.values) include(value.date);
    }
    if (!first) return ChartAxis{};
    return DateAxis(*first, *last, kMaxDateTicks);
}

ChartAxis YAxisFor(const LineChartInput& input) {
    if (input.yRange) {
        return NiceValueAxis((*input.yRange)[0], (*input.yRange)[1], kMaxValueTicks, false);
    }
    std::optional<double> low;
    std::optional<double> high;
    const auto include = [&](double value) {
        if (!low || value < *low) low = value;
        if (!high || value > *high) high = value;
    };
    for (const auto& series : input.series) {
        for (const auto& value : series.values) include(value.value);
    }
    for (const auto& reference : input.references) include(reference.value);
    if (!low) return NiceValueAxis(0.0, 1.0, kMaxValueTicks, true);
    return NiceValueAxis(*low, *high, kMaxValueTicks, true);
}

void RequireFinite(double value, const std::string& what) {
    if (!std::isfinite(value)) {
        throw Error(ErrorCode::Invalid, "A chart value for " + what + " is not a number.");
    }
}

}  // namespace

bool LineChart::Empty() const {
    return std::all_of(series.begin(), series.end(),
                       [](const ChartSeries& s) { return s.points.empty(); });
}

LineChart BuildLineChart(const LineChartInput& input) {
    for (const auto& series : input.series) {
        for (const auto& value : series.values) RequireFinite(value.value, series.label);
    }
    LineChart chart;
    chart.title = input.title;
    chart.x = XAxisFor(input);
    chart.y = YAxisFor(input);
    chart.y.title = input.yTitle;
    for (const auto& named : input.series) {
        auto values = named.values;
        std::stable_sort(values.begin(), values.end(),
                         [](const DatedValue& a, const DatedValue& b) { return a.date < b.date; });
        ChartSeries series;
        series.label = named.label;
        for (const auto& value : values) {
            series.points.push_back(
                {chart.x.Position(DayNumber(value.date)), chart.y.Position(value.value)});
            series.dates.push_back(value.date);
            series.values.push_back(FormatPointValue(value.value));
        }
        chart.series.push_back(std::move(series));
    }
    for (const auto& reference : input.references) {
        const double position = chart.y.Position(reference.value);
        if (position < 0.0 || position > 1.0) continue;  // outside a fixed range: nothing to draw
        chart.references.push_back({position, reference.value, reference.label});
    }
    return chart;
}

QuadrantChart BuildQuadrantChart(const QuadrantChartInput& input) {
    QuadrantChart chart;
    chart.title = input.title;
    chart.x = NiceValueAxis(input.xRange[0], input.xRange[1], kMaxValueTicks, false);
    chart.x.title = input.xTitle;
    chart.y = NiceValueAxis(input.yRange[0], input.yRange[1], kMaxValueTicks, false);
    chart.y.title = input.yTitle;
    const double xCut = std::clamp(chart.x.Position(input.xCutoff.value), 0.0, 1.0);
    const double yCut = std::clamp(chart.y.Position(input.yCutoff.value), 0.0, 1.0);
    chart.xCutoff = {xCut, input.xCutoff.value, input.xCutoff.label};
    chart.yCutoff = {yCut, input.yCutoff.value, input.yCutoff.label};
    chart.quadrants = {Quadrant{input.quadrantLabels[0], 0.0, 0.0, xCut, yCut},
                       Quadrant{input.quadrantLabels[1], xCut, 0.0, 1.0, yCut},
                       Quadrant{input.quadrantLabels[2], 0.0, yCut, xCut, 1.0},
                       Quadrant{input.quadrantLabels[3], xCut, yCut, 1.0, 1.0}};
    auto points = input.points;
    std::stable_sort(points.begin(), points.end(),
                     [](const PlanePoint& a, const PlanePoint& b) { return a.date < b.date; });
    for (size_t i = 0; i < points.size(); ++i) {
        RequireFinite(points[i].x, input.xTitle);
        RequireFinite(points[i].y, input.yTitle);
        const ChartPoint at{std::clamp(chart.x.Position(points[i].x), 0.0, 1.0),
                            std::clamp(chart.y.Position(points[i].y), 0.0, 1.0)};
        chart.path.push_back({at, points[i].date, std::to_string(i + 1)});
    }
    return chart;
}

}  // namespace securebase::report

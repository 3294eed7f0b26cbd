#include "present/homework_trend_charts.h"

namespace securebase::present {

std::vector<report::LineChart> TrendCharts(const std::vector<homework::TrendSeries>& trends) {
    std::vector<report::LineChart> charts;
    for (const auto& trend : trends) {
        report::LineChartInput input;
        input.title = trend.unit.empty() ? trend.label : trend.label + " (" + trend.unit + ")";
        input.yTitle = trend.unit;
        if (trend.axisMax > trend.axisMin) input.yRange = {{trend.axisMin, trend.axisMax}};
        report::NamedSeries series{trend.label, {}};
        for (const auto& point : trend.points) series.values.push_back({point.day, point.value});
        input.series.push_back(std::move(series));
        charts.push_back(report::BuildLineChart(input));
    }
    return charts;
}

}  // namespace securebase::present

#include "report/spread_chart.h"

#include "report/instrument_charts.h"

namespace securebase::report {

LineChart SubscaleSpreadChart(const assess::Instrument& instrument, const std::string& subscaleId,
                              const std::vector<MeetingSpread>& meetings) {
    // The individual chart of the subscale gives the frame: title, range and cut-offs.
    const auto frame = SubscaleChart(instrument, subscaleId, {});
    LineChartInput input;
    input.title = frame.title + ": group mean and range";
    input.yTitle = frame.y.title;
    input.yRange = {{frame.y.min, frame.y.max}};
    for (const auto& reference : frame.references) {
        input.references.push_back({reference.value, reference.label});
    }
    NamedSeries mean{"Mean", {}};
    NamedSeries highest{"Highest", {}};
    NamedSeries lowest{"Lowest", {}};
    for (const auto& meeting : meetings) {
        mean.values.push_back({meeting.heldOn, meeting.mean});
        highest.values.push_back({meeting.heldOn, meeting.maximum});
        lowest.values.push_back({meeting.heldOn, meeting.minimum});
    }
    input.series = {std::move(mean), std::move(highest), std::move(lowest)};
    auto chart = BuildLineChart(input);
    // Only the mean carries value labels: beside close lines, six labels per meeting collide.
    for (size_t s = 1; s < chart.series.size(); ++s) {
        for (auto& value : chart.series[s].values) value.clear();
    }
    return chart;
}

}  // namespace securebase::report

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"

namespace securebase::report {

struct AxisTick {
    double position = 0.0;  // 0..1 along the axis
    double value = 0.0;     // in axis units (days since 1970-01-01 on a date axis)
    std::string label;
};

// One axis of a chart, computed once so the PDF and the screen show the same ticks. Values map
// linearly onto 0..1; a painter only scales that to its own box.
struct ChartAxis {
    std::string title;
    double min = 0.0;
    double max = 1.0;
    std::vector<AxisTick> ticks;

    double Position(double value) const;
};

// Ticks at 1, 2 or 5 × 10^n, at most `maxTicks` of them. With `expand` the range grows to the
// nearest ticks outside [low, high] (data-driven ranges); without it the range stays as given and
// only ticks inside it are kept (a response scale's fixed 1..7). A zero-width range is widened.
ChartAxis NiceValueAxis(double low, double high, int maxTicks, bool expand);

// A date axis over [first, last] with a little room either side so no point sits on the frame,
// ticks on whole days, Mondays, or first days of months, at most `maxTicks` of them.
ChartAxis DateAxis(Date first, Date last, int maxTicks);

double DayNumber(Date date);  // days since 1970-01-01, the unit of a date axis

// A value as an axis label shows it: as many decimals as `step` needs, never "-0".
std::string FormatAxisValue(double value, double step);

}  // namespace securebase::report

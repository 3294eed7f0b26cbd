#pragma once

#include "report/chart.h"

namespace securebase::test {

inline Date D(int y, unsigned m, unsigned d) {
    return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

// A 1..7 anxiety-by-avoidance plane with cut-offs at 4.0 (x) and `yCut` (y), and no points.
inline report::QuadrantChartInput PlaneInput(double yCut = 4.0) {
    report::QuadrantChartInput input;
    input.title = "Relationship pattern";
    input.xTitle = "Attachment anxiety";
    input.yTitle = "Attachment avoidance";
    input.xRange = {1.0, 7.0};
    input.yRange = {1.0, 7.0};
    input.xCutoff = {4.0, "cut-off"};
    input.yCutoff = {yCut, "cut-off"};
    input.quadrantLabels = {"Secure", "Anxious", "Avoidant", "Fearful"};
    return input;
}

}  // namespace securebase::test

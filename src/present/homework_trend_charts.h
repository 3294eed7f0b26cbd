#pragma once

#include <vector>

#include "homework/trends.h"
#include "report/chart.h"

namespace securebase::present {

// One small line chart per charted field, on the field's own range (0-10 for a rating), so
// charts of one assignment can be compared at a glance. A series without points still gets its
// chart, which then says there is nothing to draw yet.
std::vector<report::LineChart> TrendCharts(const std::vector<homework::TrendSeries>& trends);

}  // namespace securebase::present

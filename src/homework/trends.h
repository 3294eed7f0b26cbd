#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "core/homework_values.h"
#include "homework/homework_template.h"

namespace securebase::homework {

struct TrendPoint {
    Date day{};
    double value = 0;
    std::optional<size_t> step;  // for a sub-field of a steps field: the row, counted from 1
};

// One charted field: a series of (day, value) with the axis the field's range gives it.
struct TrendSeries {
    std::string path;   // "intensity_before", or "ladder.anxiety_after" inside steps
    std::string label;  // the field's label
    std::string unit;   // number fields only
    double axisMin = 0;
    double axisMax = 0;
    std::vector<TrendPoint> points;  // by day, then by entry order, then by step
};

// A series for every field marked "trend" in the template's order, each filled from the entries
// that hold a number for it. Entries may come in any order; a series may be empty.
std::vector<TrendSeries> ComputeTrends(const HomeworkTemplate& homeworkTemplate,
                                       std::span<const Entry> entries);

}  // namespace securebase::homework

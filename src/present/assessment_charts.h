#pragma once

#include <optional>
#include <vector>

#include "assess/instrument.h"
#include "report/chart.h"
#include "service/assessments.h"

namespace securebase::present {

// The history charts under a result: one line per subscale over time and, for an instrument
// whose classification splits two subscales into quadrants, the client's path through them.
struct AssessmentCharts {
    std::vector<report::LineChart> subscales;
    std::optional<report::QuadrantChart> plane;

    bool Empty() const { return subscales.empty() && !plane; }
};

// From the client's scored administrations of `instrument` (any order, other instruments
// ignored); empty when none is scored.
AssessmentCharts ChartsFor(const assess::Instrument& instrument,
                           const std::vector<service::AdministrationReport>& history);

}  // namespace securebase::present

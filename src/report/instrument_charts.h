#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "assess/instrument.h"
#include "report/chart.h"

namespace securebase::report {

// One subscale's scores over time on the range its response scale allows, with the subscale's
// cut-off bands and any classification threshold on it drawn as reference lines. `period`, when
// given, is the span the x axis covers. Throws Error(NotFound) for an unknown subscale.
LineChart SubscaleChart(const assess::Instrument& instrument, const std::string& subscaleId,
                        const std::vector<DatedValue>& scores,
                        const std::optional<std::array<Date, 2>>& period = std::nullopt);

// The two subscales of a classification that splits the plane into four quadrants (x first:
// anxiety, then avoidance for the attachment inventory), or none when the classification is not
// of that shape: exactly two subscales, one threshold each, a rule for every quadrant.
std::optional<std::array<std::string, 2>> QuadrantSubscales(const assess::Instrument& instrument);

// The quadrant plot of such an instrument, points given as (date, x score, y score) in the order
// QuadrantSubscales names them; none when the instrument has no such classification.
std::optional<QuadrantChart> ClassificationQuadrantChart(const assess::Instrument& instrument,
                                                         const std::vector<PlanePoint>& points);

}  // namespace securebase::report

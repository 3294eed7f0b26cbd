#pragma once

#include <wx/gdicmn.h>

#include "report/chart.h"

class wxGraphicsContext;

namespace securebase::ui {

// The screen painters of the chart model: the same series, axes and ticks the PDF shows, scaled
// from the model's unit box into `area` (y flipped: the screen's origin is at the top).
void PaintLineChart(wxGraphicsContext& gc, const report::LineChart& chart, const wxRect& area);
void PaintQuadrantChart(wxGraphicsContext& gc, const report::QuadrantChart& chart,
                        const wxRect& area);

}  // namespace securebase::ui

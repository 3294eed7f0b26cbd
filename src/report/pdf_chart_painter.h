#pragma once

#include <hpdf.h>

#include "report/chart.h"
#include "report/pdf_document.h"

namespace securebase::report {

// A rectangle on a PDF page, in points, from its bottom-left corner.
struct PdfRect {
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
};

// The libharu painters of the chart model: they scale the unit box to `area` and draw; all the
// chart's numbers (ticks, positions, labels) come from the model.
void PaintLineChart(PdfDocument& document, HPDF_Page page, const PdfRect& area,
                    const LineChart& chart);
void PaintQuadrantChart(PdfDocument& document, HPDF_Page page, const PdfRect& area,
                        const QuadrantChart& chart);

}  // namespace securebase::report

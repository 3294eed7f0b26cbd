#pragma once

#include <wx/scrolwin.h>

#include "present/assessment_charts.h"

namespace securebase::ui {

// The history charts beside a result, one under the other, scrolled when they do not all fit.
class HistoryChartsPanel : public wxScrolledWindow {
public:
    explicit HistoryChartsPanel(wxWindow* parent);

    void ShowCharts(const present::AssessmentCharts& charts);

private:
    void OnPaint(wxPaintEvent& event);
    int ChartHeight() const;

    present::AssessmentCharts m_charts;
};

}  // namespace securebase::ui

#pragma once

#include <wx/scrolwin.h>

#include <vector>

#include "report/chart.h"

namespace securebase::ui {

// The small trend charts of one assignment, two to a row, scrolled when there are many.
class HomeworkTrendsPanel : public wxScrolledWindow {
public:
    explicit HomeworkTrendsPanel(wxWindow* parent);

    void ShowCharts(std::vector<report::LineChart> charts);
    const std::vector<report::LineChart>& Charts() const { return m_charts; }

private:
    void OnPaint(wxPaintEvent& event);
    void Resize();
    int Columns() const;

    std::vector<report::LineChart> m_charts;
};

}  // namespace securebase::ui

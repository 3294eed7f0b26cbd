#include "ui/history_charts_panel.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <memory>

#include "ui/chart_painter.h"

namespace securebase::ui {

HistoryChartsPanel::HistoryChartsPanel(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(400, -1)),
                       wxVSCROLL | wxBORDER_THEME, "history_charts") {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(20));
    Bind(wxEVT_PAINT, &HistoryChartsPanel::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

int HistoryChartsPanel::ChartHeight() const { return FromDIP(210); }

void HistoryChartsPanel::ShowCharts(const present::AssessmentCharts& charts) {
    m_charts = charts;
    const size_t count = m_charts.subscales.size() + (m_charts.plane ? 1 : 0);
    // The plane first: it is the summary the practitioner looks for.
    SetVirtualSize(-1,
                   static_cast<int>(count) * ChartHeight() + (m_charts.plane ? FromDIP(90) : 0));
    Scroll(0, 0);
    Refresh();
}

void HistoryChartsPanel::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const int width = GetClientSize().GetWidth();
    if (m_charts.Empty()) {
        gc->SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        gc->DrawText("Charts appear once an administration is scored.", FromDIP(12), FromDIP(12));
        return;
    }
    const int margin = FromDIP(8);
    // The graphics context draws in window pixels: shift by what is scrolled away.
    int unitX = 0, unitY = 0;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    int top = -GetViewStart().y * unitY;
    if (m_charts.plane) {
        const int height = ChartHeight() + FromDIP(90);
        PaintQuadrantChart(*gc, *m_charts.plane,
                           wxRect(margin, top + margin, width - 2 * margin, height - 2 * margin));
        top += height;
    }
    for (const auto& chart : m_charts.subscales) {
        PaintLineChart(
            *gc, chart,
            wxRect(margin, top + margin, width - 2 * margin, ChartHeight() - 2 * margin));
        top += ChartHeight();
    }
}

}  // namespace securebase::ui

#include "ui/homework_trends_panel.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <memory>

#include "ui/chart_painter.h"

namespace securebase::ui {
namespace {

constexpr int kChartHeight = 200;
constexpr int kMinChartWidth = 300;

}  // namespace

HomeworkTrendsPanel::HomeworkTrendsPanel(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxBORDER_THEME, "trend_charts") {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetScrollRate(0, FromDIP(20));
    Bind(wxEVT_PAINT, &HomeworkTrendsPanel::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Resize();
        event.Skip();
    });
}

int HomeworkTrendsPanel::Columns() const {
    return GetClientSize().GetWidth() >= 2 * FromDIP(kMinChartWidth) ? 2 : 1;
}

void HomeworkTrendsPanel::Resize() {
    const int rows = (static_cast<int>(m_charts.size()) + Columns() - 1) / Columns();
    SetVirtualSize(-1, rows * FromDIP(kChartHeight));
    Refresh();
}

void HomeworkTrendsPanel::ShowCharts(std::vector<report::LineChart> charts) {
    m_charts = std::move(charts);
    Scroll(0, 0);
    Resize();
}

void HomeworkTrendsPanel::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    DoPrepareDC(dc);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    if (m_charts.empty()) {
        gc->SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        gc->DrawText("This exercise has no rated or counted answers to chart.", FromDIP(12),
                     FromDIP(12));
        return;
    }
    const int columns = Columns();
    const int width = GetClientSize().GetWidth() / columns;
    const int height = FromDIP(kChartHeight);
    const int margin = FromDIP(6);
    for (size_t i = 0; i < m_charts.size(); ++i) {
        const int column = static_cast<int>(i) % columns;
        const int row = static_cast<int>(i) / columns;
        PaintLineChart(*gc, m_charts[i],
                       wxRect(column * width + margin, row * height + margin, width - 2 * margin,
                              height - 2 * margin));
    }
}

}  // namespace securebase::ui

#include "ui/chart_painter.h"

#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/pen.h>
#include <wx/settings.h>

#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

const wxColour kInk(47, 58, 69);
const wxColour kMuted(120, 128, 136);
const wxColour kGrid(228, 230, 233);
const wxColour kLine(38, 110, 160);
const wxColour kReference(190, 120, 60);
const wxColour kLatest(200, 80, 50);

// Room around the plot for the title, the tick labels and the axis titles.
struct Plot {
    double left;
    double top;
    double width;
    double height;

    double X(double unit) const { return left + unit * width; }
    double Y(double unit) const { return top + (1.0 - unit) * height; }
};

Plot PlotIn(const wxRect& area, double leftRoom, double bottomRoom) {
    const double top = area.GetTop() + 28.0;
    return {area.GetLeft() + leftRoom, top, area.GetWidth() - leftRoom - 14.0,
            area.GetBottom() - bottomRoom - top};
}

void SetFont(wxGraphicsContext& gc, double scale, const wxColour& colour, bool bold = false) {
    wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    font = font.Scaled(static_cast<float>(scale));
    if (bold) font.MakeBold();
    gc.SetFont(font, colour);
}

void Title(wxGraphicsContext& gc, const std::string& title, const wxRect& area) {
    SetFont(gc, 1.0, kInk, true);
    gc.DrawText(ToWx(title), area.GetLeft() + 4, area.GetTop() + 4);
}

void HorizontalLine(wxGraphicsContext& gc, const Plot& plot, double y) {
    gc.StrokeLine(plot.X(0), plot.Y(y), plot.X(1), plot.Y(y));
}

void VerticalLine(wxGraphicsContext& gc, const Plot& plot, double x) {
    gc.StrokeLine(plot.X(x), plot.Y(0), plot.X(x), plot.Y(1));
}

void Frame(wxGraphicsContext& gc, const Plot& plot) {
    gc.SetPen(wxPen(kMuted, 1));
    gc.SetBrush(*wxTRANSPARENT_BRUSH);
    gc.DrawRectangle(plot.left, plot.top, plot.width, plot.height);
}

void ValueTicks(wxGraphicsContext& gc, const Plot& plot, const report::ChartAxis& axis) {
    SetFont(gc, 0.85, kMuted);
    for (const auto& tick : axis.ticks) {
        gc.SetPen(wxPen(kGrid, 1));
        HorizontalLine(gc, plot, tick.position);
        double width = 0, height = 0;
        gc.GetTextExtent(ToWx(tick.label), &width, &height);
        gc.DrawText(ToWx(tick.label), plot.left - width - 6, plot.Y(tick.position) - height / 2);
    }
}

void BottomTicks(wxGraphicsContext& gc, const Plot& plot, const report::ChartAxis& axis,
                 bool grid) {
    SetFont(gc, 0.85, kMuted);
    for (const auto& tick : axis.ticks) {
        if (grid) {
            gc.SetPen(wxPen(kGrid, 1));
            VerticalLine(gc, plot, tick.position);
        }
        double width = 0, height = 0;
        gc.GetTextExtent(ToWx(tick.label), &width, &height);
        gc.DrawText(ToWx(tick.label), plot.X(tick.position) - width / 2, plot.Y(0) + 4);
    }
}

void Dashed(wxGraphicsContext& gc, const wxColour& colour) {
    wxPen pen(colour, 1, wxPENSTYLE_SHORT_DASH);
    gc.SetPen(pen);
}

void Dot(wxGraphicsContext& gc, double x, double y, double radius, const wxColour& colour) {
    gc.SetPen(wxPen(*wxWHITE, 1));
    gc.SetBrush(wxBrush(colour));
    gc.DrawEllipse(x - radius, y - radius, 2 * radius, 2 * radius);
}

}  // namespace

void PaintLineChart(wxGraphicsContext& gc, const report::LineChart& chart, const wxRect& area) {
    Title(gc, chart.title, area);
    const Plot plot = PlotIn(area, 34.0, 22.0);
    ValueTicks(gc, plot, chart.y);
    BottomTicks(gc, plot, chart.x, false);
    for (const auto& reference : chart.references) {
        Dashed(gc, kReference);
        HorizontalLine(gc, plot, reference.position);
        SetFont(gc, 0.8, kReference);
        gc.DrawText(ToWx(reference.label), plot.X(0) + 4, plot.Y(reference.position) - 16);
    }
    Frame(gc, plot);
    if (chart.Empty()) {
        SetFont(gc, 0.9, kMuted);
        gc.DrawText("Not scored yet", plot.X(0) + 8, plot.Y(0.5) - 8);
        return;
    }
    for (const auto& series : chart.series) {
        if (series.points.size() > 1) {
            gc.SetPen(wxPen(kLine, 2));
            wxGraphicsPath path = gc.CreatePath();
            path.MoveToPoint(plot.X(series.points[0].x), plot.Y(series.points[0].y));
            for (size_t i = 1; i < series.points.size(); ++i)
                path.AddLineToPoint(plot.X(series.points[i].x), plot.Y(series.points[i].y));
            gc.StrokePath(path);
        }
        SetFont(gc, 0.8, kInk);
        for (size_t i = 0; i < series.points.size(); ++i) {
            const auto& point = series.points[i];
            const bool latest = i + 1 == series.points.size();
            Dot(gc, plot.X(point.x), plot.Y(point.y), latest ? 5 : 4, latest ? kLatest : kLine);
            if (i < series.values.size())
                gc.DrawText(ToWx(series.values[i]), plot.X(point.x) + 6, plot.Y(point.y) - 18);
        }
    }
}

void PaintQuadrantChart(wxGraphicsContext& gc, const report::QuadrantChart& chart,
                        const wxRect& area) {
    Title(gc, chart.title, area);
    const Plot plot = PlotIn(area, 50.0, 38.0);
    // Quiet tints so the path, not the regions, draws the eye.
    const wxColour tints[4] = {wxColour(236, 245, 238), wxColour(250, 243, 232),
                               wxColour(236, 241, 249), wxColour(248, 236, 236)};
    SetFont(gc, 0.8, kMuted);
    for (size_t i = 0; i < chart.quadrants.size(); ++i) {
        const auto& quadrant = chart.quadrants[i];
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(tints[i]));
        const double left = plot.X(quadrant.left);
        const double top = plot.Y(quadrant.top);
        gc.DrawRectangle(left, top, plot.X(quadrant.right) - left, plot.Y(quadrant.bottom) - top);
        gc.DrawText(ToWx(quadrant.label), left + 4, top + 3);
    }
    ValueTicks(gc, plot, chart.y);
    BottomTicks(gc, plot, chart.x, true);
    Dashed(gc, kReference);
    VerticalLine(gc, plot, chart.xCutoff.position);
    HorizontalLine(gc, plot, chart.yCutoff.position);
    Frame(gc, plot);
    SetFont(gc, 0.85, kInk);
    double width = 0, height = 0;
    gc.GetTextExtent(ToWx(chart.x.title), &width, &height);
    gc.DrawText(ToWx(chart.x.title), plot.X(0.5) - width / 2, plot.Y(0) + 18);
    double yWidth = 0;
    gc.GetTextExtent(ToWx(chart.y.title), &yWidth, &height);
    // Upright along the axis, reading bottom to top, left of the tick labels.
    gc.DrawText(ToWx(chart.y.title), area.GetLeft() + 2, plot.Y(0.5) + yWidth / 2, M_PI / 2);
    if (chart.path.empty()) return;
    gc.SetPen(wxPen(kLine, 2));
    wxGraphicsPath path = gc.CreatePath();
    path.MoveToPoint(plot.X(chart.path[0].at.x), plot.Y(chart.path[0].at.y));
    for (size_t i = 1; i < chart.path.size(); ++i)
        path.AddLineToPoint(plot.X(chart.path[i].at.x), plot.Y(chart.path[i].at.y));
    gc.StrokePath(path);
    SetFont(gc, 0.8, kInk, true);
    for (size_t i = 0; i < chart.path.size(); ++i) {
        const auto& point = chart.path[i];
        const bool latest = i + 1 == chart.path.size();
        Dot(gc, plot.X(point.at.x), plot.Y(point.at.y), latest ? 6 : 4, latest ? kLatest : kLine);
        gc.DrawText(ToWx(point.label), plot.X(point.at.x) + 7, plot.Y(point.at.y) - 7);
    }
}

}  // namespace securebase::ui

#pragma once

#include <string>

namespace securebase::present {

enum class ChartTab { Details, Sessions };

// The main window around the list and the chart.
class MainView {
public:
    virtual ~MainView() = default;
    virtual void ShowTitle(const std::string& title) = 0;
    virtual void ShowStatus(const std::string& text) = 0;
    virtual void ShowChart(bool visible) = 0;  // hidden until a client is chosen or created
    virtual void SelectTab(ChartTab tab) = 0;
    virtual void EnableSessions(bool enabled) = 0;  // a client not yet saved has no sessions
};

}  // namespace securebase::present

#pragma once

#include <wx/frame.h>

#include <functional>
#include <memory>

#include "present/main_presenter.h"
#include "present/main_view.h"
#include "service/vault_session.h"

class wxNotebook;
class wxPanel;
class wxStaticText;

namespace securebase::ui {

class ClientDetailsPanel;
class ClientListPanel;
class SessionsPanel;

// The unlocked practice. It owns the VaultSession, so destroying the frame closes the vault and
// releases its key.
class MainFrame : public wxFrame, public present::MainView {
public:
    MainFrame(std::unique_ptr<service::VaultSession> session, std::function<void()> lock);
    ~MainFrame() override;

    int IdleLockMinutes();

    void ShowTitle(const std::string& title) override;
    void ShowStatus(const std::string& text) override;
    void ShowChart(bool visible) override;
    void SelectTab(present::ChartTab tab) override;
    void EnableSessions(bool enabled) override;

private:
    void BuildMenus();
    void ShowAbout();

    std::unique_ptr<service::VaultSession> m_session;
    std::function<void()> m_lock;
    ClientListPanel* m_list = nullptr;
    wxPanel* m_chartHolder = nullptr;
    wxStaticText* m_noChart = nullptr;
    wxNotebook* m_chart = nullptr;
    ClientDetailsPanel* m_details = nullptr;
    SessionsPanel* m_sessions = nullptr;
    std::unique_ptr<present::MainPresenter> m_presenter;
};

}  // namespace securebase::ui

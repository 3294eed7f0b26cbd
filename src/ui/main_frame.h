#pragma once

#include <wx/frame.h>

#include <functional>
#include <memory>

#include "present/main_presenter.h"
#include "present/main_view.h"
#include "present/vault_tools_presenter.h"
#include "service/vault_session.h"

class wxNotebook;
class wxSimplebook;
class wxToggleButton;
class wxPanel;
class wxStaticText;

namespace securebase::ui {

class AssessmentsPanel;
class ClientDetailsPanel;
class ClientListPanel;
class GroupPanel;
class HomeworkPanel;
class SessionsPanel;

// The unlocked practice. It owns the VaultSession, so destroying the frame closes the vault and
// releases its key.
class MainFrame : public wxFrame, public present::MainView, public present::VaultToolsView {
public:
    struct Hooks {
        std::function<void()> lock;                        // File > Lock
        std::function<void(int minutes)> idleLockChanged;  // the practice settings changed
    };

    MainFrame(std::unique_ptr<service::VaultSession> session, Hooks hooks);
    ~MainFrame() override;

    int IdleLockMinutes();

    void ShowTitle(const std::string& title) override;
    void ShowStatus(const std::string& text) override;
    void ShowChart(bool visible) override;
    void SelectTab(present::ChartTab tab) override;
    void EnableSessions(bool enabled) override;

    std::optional<std::filesystem::path> ChooseBackupPath(
        const std::string& suggestedName) override;
    void ShowOutcome(bool ok, const std::string& title, const std::string& message) override;

private:
    void BuildMenus();
    void ShowAbout();
    void ShowSettings();
    void ChangePassphrase();
    // The Clients side (0) or the Groups view (1), which reloads the groups as it opens.
    void ShowSide(int side);

    std::unique_ptr<service::VaultSession> m_session;
    Hooks m_hooks;
    ClientListPanel* m_list = nullptr;
    wxPanel* m_chartHolder = nullptr;
    wxStaticText* m_noChart = nullptr;
    wxNotebook* m_chart = nullptr;
    ClientDetailsPanel* m_details = nullptr;
    SessionsPanel* m_sessions = nullptr;
    AssessmentsPanel* m_assessments = nullptr;
    HomeworkPanel* m_homework = nullptr;
    wxSimplebook* m_sides = nullptr;
    wxToggleButton* m_clientsButton = nullptr;
    wxToggleButton* m_groupsButton = nullptr;
    GroupPanel* m_groups = nullptr;
    std::unique_ptr<present::MainPresenter> m_presenter;
    std::unique_ptr<present::VaultToolsPresenter> m_tools;
    Id m_chartClient = kNoId;  // the client whose chart is open, for File > Progress report
};

}  // namespace securebase::ui

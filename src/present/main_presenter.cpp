#include "present/main_presenter.h"

namespace securebase::present {

std::string WindowTitle(const PracticeSettings& settings) {
    return settings.practiceName.empty() ? "SecureBase" : settings.practiceName + " — SecureBase";
}

MainPresenter::MainPresenter(const MainViews& views, service::Practice& practice,
                             const std::filesystem::path& vaultPath)
    : m_view(views.main),
      m_practice(practice),
      m_vaultPath(vaultPath),
      m_list(views.list, practice),
      m_note(views.note, practice),
      m_process(views.process, practice),
      m_sessions(views.sessions, practice,
                 [this](std::optional<Id> sessionId) {
                     m_note.ShowSession(sessionId);
                     m_process.ShowSession(sessionId);
                 }),
      m_details(views.details, practice,
                [this](Id clientId, bool isNew) { OnClientSaved(clientId, isNew); }) {}

void MainPresenter::Start() {
    const PracticeSettings settings = m_practice.Settings();
    m_view.ShowTitle(WindowTitle(settings));
    m_view.ShowStatus("Vault " + m_vaultPath.string() + " unlocked");
    m_view.ShowChart(false);
    m_list.Reload();
}

void MainPresenter::OnClientChosen(size_t row) {
    if (const auto clientId = m_list.ClientAt(row)) OpenChart(*clientId);
}

void MainPresenter::OpenChart(Id clientId) {
    m_details.ShowClient(clientId);
    m_sessions.ShowClient(clientId);
    m_view.EnableSessions(true);
    m_view.ShowChart(true);
    ChartChanged(clientId);
}

void MainPresenter::OnNewClient() {
    m_list.Select(kNoId);
    m_sessions.Clear();
    m_details.StartNew();
    ChartChanged(kNoId);
    m_view.EnableSessions(false);
    m_view.ShowChart(true);
    m_view.SelectTab(ChartTab::Details);
}

void MainPresenter::OnSave(ChartTab activeTab) {
    if (activeTab == ChartTab::Details) {
        m_details.OnSave();
        return;
    }
    m_note.OnSave();
    if (m_process.HasChanges()) m_process.OnSave();
}

void MainPresenter::OnClientSaved(Id clientId, bool isNew) {
    m_list.Reload();
    m_list.Select(clientId);
    if (isNew) {
        m_sessions.ShowClient(clientId);
        m_view.EnableSessions(true);
        ChartChanged(clientId);
    }
}

void MainPresenter::OnChartChanged(std::function<void(Id clientId)> listener) {
    m_chartChanged = std::move(listener);
}

void MainPresenter::ChartChanged(Id clientId) {
    if (m_chartChanged) m_chartChanged(clientId);
}

}  // namespace securebase::present

#pragma once

#include <wx/panel.h>

#include <memory>

#include "present/assessment_tab_presenter.h"
#include "present/assessment_tab_view.h"
#include "service/vault_session.h"

class wxButton;
class wxChoice;
class wxListView;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

class HistoryChartsPanel;

// The "Assessments" tab of the chart: start an instrument in client mode or as an interview, the
// client's administrations, and the selected one's result with its history charts.
class AssessmentsPanel : public wxPanel, public present::AssessmentTabView {
public:
    AssessmentsPanel(wxWindow* parent, service::VaultSession& session);
    ~AssessmentsPanel() override;

    present::AssessmentTabPresenter& Presenter() { return *m_presenter; }

    void ShowInstruments(const std::vector<std::string>& titles) override;
    void ShowAdministrations(const std::vector<present::AdministrationRow>& rows) override;
    void SelectAdministration(std::optional<size_t> row) override;
    void ShowResult(const std::optional<present::AssessmentResult>& result) override;
    void ShowCharts(const present::AssessmentCharts& charts) override;
    void EnableActions(const present::AssessmentActions& actions) override;
    void ShowMessage(const std::string& message) override;
    bool ConfirmAbandon() override;
    void OpenClientMode(Id administrationId) override;
    void OpenInterview(Id administrationId) override;
    void OpenNorms(const std::string& instrumentId) override;

private:
    std::optional<size_t> ChosenInstrument() const;
    void Returned(Id administrationId);

    service::VaultSession& m_session;
    wxChoice* m_instruments = nullptr;
    wxListView* m_list = nullptr;
    wxButton* m_resume = nullptr;
    wxButton* m_abandon = nullptr;
    wxButton* m_norms = nullptr;
    wxStaticText* m_message = nullptr;
    wxTextCtrl* m_result = nullptr;
    HistoryChartsPanel* m_charts = nullptr;
    bool m_selecting = false;
    std::unique_ptr<present::AssessmentTabPresenter> m_presenter;
};

}  // namespace securebase::ui

#pragma once

#include <wx/panel.h>

#include <memory>

#include "present/homework_tab_presenter.h"
#include "present/homework_tab_view.h"
#include "service/vault_session.h"

class wxButton;
class wxListView;
class wxNotebook;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

class HomeworkTrendsPanel;

// The "Homework" tab of the chart: the client's assignments with adherence at a glance, and
// below them the selected one's overview, its history with trend charts, and the review of what
// came back since the last session.
class HomeworkPanel : public wxPanel, public present::HomeworkTabView {
public:
    HomeworkPanel(wxWindow* parent, service::VaultSession& session);
    ~HomeworkPanel() override;

    present::HomeworkTabPresenter& Presenter() { return *m_presenter; }

    void ShowAssignments(const std::vector<present::AssignmentRow>& rows) override;
    void SelectAssignment(std::optional<size_t> row) override;
    void ShowDetails(const std::vector<present::TextSection>& sections) override;
    void ShowHistory(const std::vector<present::EntryRow>& rows) override;
    void ShowTrends(const std::vector<report::LineChart>& charts) override;
    void ShowReview(const std::vector<present::TextSection>& sections) override;
    void EnableActions(const present::HomeworkActions& actions) override;
    void ShowMessage(const std::string& message) override;
    bool ConfirmEnd(const std::string& title) override;
    void OpenAssign(Id clientId) override;
    void OpenEntry(Id assignmentId) override;
    void OpenTemplateCopy() override;

private:
    wxButton* AddButton(wxSizer* row, const wxString& label, const wxString& name);
    void Returned(std::optional<Id> assignmentId);

    service::VaultSession& m_session;
    wxButton* m_addEntry = nullptr;
    wxButton* m_pause = nullptr;
    wxButton* m_resume = nullptr;
    wxButton* m_end = nullptr;
    wxButton* m_markReviewed = nullptr;
    wxStaticText* m_message = nullptr;
    wxListView* m_list = nullptr;
    wxNotebook* m_pages = nullptr;
    wxTextCtrl* m_details = nullptr;
    wxListView* m_entries = nullptr;
    HomeworkTrendsPanel* m_trends = nullptr;
    wxTextCtrl* m_review = nullptr;
    bool m_selecting = false;
    std::unique_ptr<present::HomeworkTabPresenter> m_presenter;
};

}  // namespace securebase::ui

#pragma once

#include <wx/panel.h>

#include <memory>

#include "present/group_presenter.h"
#include "present/group_view.h"
#include "service/vault_session.h"

class wxButton;
class wxListView;
class wxStaticText;

namespace securebase::ui {

class HomeworkTrendsPanel;

// The Groups view beside Clients: the groups, and under them the selected group's roster, its
// meetings and its check-in trend (the group's mean with the lowest and highest score).
class GroupPanel : public wxPanel, public present::GroupView {
public:
    GroupPanel(wxWindow* parent, service::VaultSession& session);
    ~GroupPanel() override;

    present::GroupPresenter& Presenter() { return *m_presenter; }

    void ShowGroups(const std::vector<present::GroupRow>& rows) override;
    void SelectGroup(std::optional<size_t> row) override;
    void ShowHeading(const std::string& title, const std::string& details) override;
    void ShowRoster(const std::vector<present::ParticipantRow>& rows) override;
    void ShowMeetings(const std::vector<present::MeetingRow>& rows) override;
    void ShowTrend(const std::vector<report::LineChart>& charts) override;
    void EnableActions(const present::GroupActions& actions) override;
    void ShowMessage(const std::string& message) override;
    bool AskNewGroup(present::GroupForm& form, const std::vector<std::string>& curricula,
                     const std::string& problem) override;
    bool AskEnrolExisting(present::EnrolForm& form, const present::ClientSearch& search,
                          const std::string& problem) override;
    bool AskEnrolNew(present::EnrolForm& form, const std::string& problem) override;
    bool AskLeave(present::LeaveForm& form, const std::string& who,
                  const std::string& problem) override;
    void OpenMeeting(Id groupId, std::optional<Id> meetingId) override;
    bool AskReportSummary(std::string& summary) override;
    std::optional<bool> AskCertificateCodeOnly(const std::string& code) override;
    std::optional<std::filesystem::path> ChooseSaveFile(const std::string& title,
                                                        const std::string& suggestedName) override;

private:
    wxButton* AddButton(wxWindow* parent, wxSizer* row, const wxString& label,
                        const wxString& name);
    wxListView* AddList(wxWindow* parent, const wxString& name, int height);

    service::VaultSession& m_session;
    wxStaticText* m_message = nullptr;
    wxListView* m_groups = nullptr;
    wxStaticText* m_title = nullptr;
    wxStaticText* m_details = nullptr;
    wxListView* m_roster = nullptr;
    wxListView* m_meetings = nullptr;
    wxButton* m_enrol = nullptr;
    wxButton* m_enrolNew = nullptr;
    wxButton* m_leave = nullptr;
    wxButton* m_newMeeting = nullptr;
    wxButton* m_openMeeting = nullptr;
    wxButton* m_report = nullptr;
    wxButton* m_certificate = nullptr;
    HomeworkTrendsPanel* m_trend = nullptr;
    wxStaticText* m_noTrend = nullptr;
    bool m_selecting = false;
    std::unique_ptr<present::GroupPresenter> m_presenter;
};

}  // namespace securebase::ui

#include "ui/group_panel.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textdlg.h>

#include "ui/group_enrol_dialog.h"
#include "ui/group_leave_dialog.h"
#include "ui/group_meeting_dialog.h"
#include "ui/group_new_dialog.h"
#include "ui/homework_trends_panel.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

std::optional<size_t> Chosen(wxListView* list) {
    const long item = list->GetFirstSelected();
    return item < 0 ? std::nullopt : std::optional<size_t>(static_cast<size_t>(item));
}

void Columns(wxListView* list, std::initializer_list<std::pair<const char*, int>> columns) {
    for (const auto& [title, width] : columns)
        list->AppendColumn(title, wxLIST_FORMAT_LEFT, list->FromDIP(width));
}

void Fill(wxListView* list, const std::vector<std::vector<std::string>>& rows) {
    list->DeleteAllItems();
    for (const auto& row : rows) {
        const long item = list->InsertItem(list->GetItemCount(), ToWx(row[0]));
        for (size_t column = 1; column < row.size(); ++column)
            list->SetItem(item, static_cast<int>(column), ToWx(row[column]));
    }
}

}  // namespace

GroupPanel::GroupPanel(wxWindow* parent, service::VaultSession& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "groups_view"),
      m_session(session) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* newGroup = AddButton(this, top, ToWx("New group…"), "new_group");
    m_report = AddButton(this, top, ToWx("Group report…"), "group_report");
    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                 wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END, "groups_message");
    top->Add(m_message, wxSizerFlags(1).CentreVertical().Border(wxLEFT, 8));
    sizer->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    m_groups = AddList(this, "groups", 90);
    Columns(m_groups,
            {{"Group", 260}, {"Kind", 140}, {"Schedule", 330}, {"Places", 80}, {"Status", 100}});
    sizer->Add(m_groups, wxSizerFlags().Expand().Border(wxALL, 12));

    m_title =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "group_title");
    m_title->SetFont(GetFont().Bold().Scaled(1.2f));
    m_details = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                 wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END);
    m_details->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(m_title, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    sizer->Add(m_details, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));

    auto* lists = new wxBoxSizer(wxHORIZONTAL);
    auto* roster = new wxStaticBoxSizer(wxVERTICAL, this, "Participants");
    auto* rosterBox = roster->GetStaticBox();
    auto* rosterButtons = new wxBoxSizer(wxHORIZONTAL);
    m_enrol = AddButton(rosterBox, rosterButtons, ToWx("Enrol existing client…"), "enrol");
    m_enrolNew = AddButton(rosterBox, rosterButtons, ToWx("Enrol new…"), "enrol_new");
    m_leave = AddButton(rosterBox, rosterButtons, ToWx("Leave…"), "leave_group");
    m_certificate =
        AddButton(rosterBox, rosterButtons, ToWx("Attendance certificate…"), "certificate");
    roster->Add(rosterButtons, wxSizerFlags().Border(wxALL, 4));
    m_roster = AddList(rosterBox, "roster", 140);
    Columns(m_roster,
            {{"Code", 90}, {"Name", 130}, {"Since", 100}, {"Attended", 120}, {"Left", 160}});
    roster->Add(m_roster, wxSizerFlags(1).Expand().Border(wxALL, 4));
    lists->Add(roster, wxSizerFlags(1).Expand().Border(wxRIGHT, 6));

    auto* meetings = new wxStaticBoxSizer(wxVERTICAL, this, "Meetings");
    auto* meetingsBox = meetings->GetStaticBox();
    auto* meetingButtons = new wxBoxSizer(wxHORIZONTAL);
    m_newMeeting = AddButton(meetingsBox, meetingButtons, ToWx("New meeting…"), "new_meeting");
    m_openMeeting = AddButton(meetingsBox, meetingButtons, ToWx("Open meeting…"), "open_meeting");
    meetings->Add(meetingButtons, wxSizerFlags().Border(wxALL, 4));
    m_meetings = AddList(meetingsBox, "meetings", 140);
    Columns(m_meetings,
            {{"Date", 95}, {"Topic", 170}, {"Attendance", 190}, {"Check-in (range)", 175}});
    meetings->Add(m_meetings, wxSizerFlags(1).Expand().Border(wxALL, 4));
    lists->Add(meetings, wxSizerFlags(1).Expand().Border(wxLEFT, 6));
    sizer->Add(lists, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));

    auto* trendTitle = new wxStaticText(this, wxID_ANY,
                                        "Check-in trend: the group's mean at each meeting, its "
                                        "lowest and highest score in brackets");
    trendTitle->SetFont(GetFont().Bold());
    sizer->Add(trendTitle, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    m_trend = new HomeworkTrendsPanel(this);
    // The trends panel's own empty text speaks of exercises, so the group says its own.
    m_noTrend = new wxStaticText(this, wxID_ANY, "No check-ins recorded yet.");
    m_noTrend->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(m_noTrend, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    sizer->Add(m_trend, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(sizer);

    m_presenter = std::make_unique<present::GroupPresenter>(
        *this, m_session.Groups(), m_session.Records(), m_session.GroupReporting());

    newGroup->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnNewGroup(); });
    m_report->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnGroupReport(); });
    m_certificate->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnCertificate(); });
    m_enrol->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnEnrolExisting(); });
    m_enrolNew->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnEnrolNew(); });
    m_leave->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnLeave(); });
    m_newMeeting->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnNewMeeting(); });
    m_openMeeting->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnOpenMeeting(); });
    m_groups->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (!m_selecting) m_presenter->OnGroupSelected(static_cast<size_t>(event.GetIndex()));
    });
    for (auto* list : {m_roster, m_meetings}) {
        list->Bind(wxEVT_LIST_ITEM_SELECTED, [this, list](wxListEvent&) {
            if (list == m_roster)
                m_presenter->OnParticipantSelected(Chosen(list));
            else
                m_presenter->OnMeetingSelected(Chosen(list));
        });
        list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this, list](wxListEvent&) {
            if (list == m_roster)
                m_presenter->OnParticipantSelected(Chosen(list));
            else
                m_presenter->OnMeetingSelected(Chosen(list));
        });
    }
    m_meetings->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        m_presenter->OnMeetingSelected(static_cast<size_t>(event.GetIndex()));
        m_presenter->OnOpenMeeting();
    });
}

GroupPanel::~GroupPanel() = default;

wxButton* GroupPanel::AddButton(wxWindow* parent, wxSizer* row, const wxString& label,
                                const wxString& name) {
    auto* button = new wxButton(parent, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, name);
    row->Add(button, wxSizerFlags().Border(wxRIGHT, 8));
    return button;
}

wxListView* GroupPanel::AddList(wxWindow* parent, const wxString& name, int height) {
    return new wxListView(parent, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, height)),
                          wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, name);
}

void GroupPanel::ShowGroups(const std::vector<present::GroupRow>& rows) {
    m_selecting = true;
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : rows)
        cells.push_back({row.name, row.kind, row.schedule, row.places, row.status});
    Fill(m_groups, cells);
    m_selecting = false;
}

void GroupPanel::SelectGroup(std::optional<size_t> row) {
    m_selecting = true;
    if (row) {
        m_groups->Select(static_cast<long>(*row));
        m_groups->EnsureVisible(static_cast<long>(*row));
    }
    m_selecting = false;
}

void GroupPanel::ShowHeading(const std::string& title, const std::string& details) {
    m_title->SetLabel(ToWx(title));
    m_details->SetLabel(ToWx(details));
    Layout();
}

void GroupPanel::ShowRoster(const std::vector<present::ParticipantRow>& rows) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : rows)
        cells.push_back({row.code, row.name, row.since, row.attendance, row.left});
    Fill(m_roster, cells);
}

void GroupPanel::ShowMeetings(const std::vector<present::MeetingRow>& rows) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : rows)
        cells.push_back({row.date, row.topic, row.attendance, row.checkin});
    Fill(m_meetings, cells);
    if (!rows.empty()) m_meetings->EnsureVisible(static_cast<long>(rows.size() - 1));
}

void GroupPanel::ShowTrend(const std::vector<report::LineChart>& charts) {
    m_trend->ShowCharts(charts);
    m_trend->Show(!charts.empty());
    m_noTrend->Show(charts.empty());
    Layout();
}

void GroupPanel::EnableActions(const present::GroupActions& actions) {
    m_enrol->Enable(actions.enrol);
    m_enrolNew->Enable(actions.enrol);
    m_leave->Enable(actions.leave);
    m_newMeeting->Enable(actions.newMeeting);
    m_openMeeting->Enable(actions.openMeeting);
    m_report->Enable(actions.report);
    m_certificate->Enable(actions.certificate);
}

void GroupPanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    m_message->SetToolTip(ToWx(message));
}

bool GroupPanel::AskNewGroup(present::GroupForm& form, const std::vector<std::string>& curricula,
                             const std::string& problem) {
    GroupNewDialog dialog(this, form, curricula, problem);
    return dialog.ShowModal() == wxID_OK;
}

bool GroupPanel::AskEnrolExisting(present::EnrolForm& form, const present::ClientSearch& search,
                                  const std::string& problem) {
    GroupEnrolDialog dialog(this, form, &search, problem);
    return dialog.ShowModal() == wxID_OK;
}

bool GroupPanel::AskEnrolNew(present::EnrolForm& form, const std::string& problem) {
    GroupEnrolDialog dialog(this, form, nullptr, problem);
    return dialog.ShowModal() == wxID_OK;
}

bool GroupPanel::AskLeave(present::LeaveForm& form, const std::string& who,
                          const std::string& problem) {
    GroupLeaveDialog dialog(this, form, who, problem);
    return dialog.ShowModal() == wxID_OK;
}

bool GroupPanel::AskReportSummary(std::string& summary) {
    wxTextEntryDialog ask(this,
                          "The facilitator's summary for the report (participants appear by "
                          "client code only):",
                          "Group report", ToWx(summary), wxOK | wxCANCEL | wxTE_MULTILINE);
    if (ask.ShowModal() != wxID_OK) return false;
    summary = FromWx(ask.GetValue());
    return true;
}

std::optional<bool> GroupPanel::AskCertificateCodeOnly(const std::string& code) {
    wxMessageDialog ask(this,
                        ToWx("Print the participant's name on the certificate, or only their "
                             "client code " +
                             code + "?"),
                        ToWx("Attendance certificate"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(ToWx("Name"), ToWx("Code only"), ToWx("Cancel"));
    switch (ask.ShowModal()) {
        case wxID_YES:
            return false;
        case wxID_NO:
            return true;
        default:
            return std::nullopt;
    }
}

std::optional<std::filesystem::path> GroupPanel::ChooseSaveFile(const std::string& title,
                                                                const std::string& suggestedName) {
    // The service refuses to overwrite, so the dialog does not ask about it either.
    wxFileDialog ask(this, ToWx(title), wxStandardPaths::Get().GetDocumentsDir(),
                     ToWx(suggestedName), "PDF files (*.pdf)|*.pdf", wxFD_SAVE);
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return std::filesystem::path(FromWx(ask.GetPath()));
}

void GroupPanel::OpenMeeting(Id groupId, std::optional<Id> meetingId) {
    auto* dialog = new GroupMeetingDialog(wxGetTopLevelParent(this), m_session, groupId, meetingId,
                                          [this] { m_presenter->OnMeetingClosed(); });
    try {
        dialog->Begin();
    } catch (const std::exception& error) {
        ShowMessage(error.what());
    }
}

}  // namespace securebase::ui

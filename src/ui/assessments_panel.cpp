#include "ui/assessments_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/error.h"
#include "ui/client_mode_frame.h"
#include "ui/history_charts_panel.h"
#include "ui/interview_dialog.h"
#include "ui/norms_dialog.h"
#include "ui/wx_string.h"

namespace securebase::ui {

AssessmentsPanel::AssessmentsPanel(wxWindow* parent, service::VaultSession& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "assessments_tab"),
      m_session(session) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* start = new wxBoxSizer(wxHORIZONTAL);
    start->Add(new wxStaticText(this, wxID_ANY, "Instrument"),
               wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
    m_instruments = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                 wxDefaultValidator, "instrument");
    start->Add(m_instruments, wxSizerFlags(1).CentreVertical());
    auto* clientMode =
        new wxButton(this, wxID_ANY, ToWx("Start in client mode…"), wxDefaultPosition,
                     wxDefaultSize, 0, wxDefaultValidator, "start_client_mode");
    auto* interview =
        new wxButton(this, wxID_ANY, ToWx("Enter answers (interview)…"), wxDefaultPosition,
                     wxDefaultSize, 0, wxDefaultValidator, "start_interview");
    start->Add(clientMode, wxSizerFlags().Border(wxLEFT, 8));
    start->Add(interview, wxSizerFlags().Border(wxLEFT, 8));
    sizer->Add(start, wxSizerFlags().Expand().Border(wxALL, 12));

    m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 130)),
                            wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "administrations");
    m_list->AppendColumn("When", wxLIST_FORMAT_LEFT, FromDIP(140));
    m_list->AppendColumn("Instrument", wxLIST_FORMAT_LEFT, FromDIP(200));
    m_list->AppendColumn("Mode", wxLIST_FORMAT_LEFT, FromDIP(90));
    m_list->AppendColumn("Status", wxLIST_FORMAT_LEFT, FromDIP(90));
    m_list->AppendColumn("Scores", wxLIST_FORMAT_LEFT, FromDIP(260));
    m_list->AppendColumn("Pattern", wxLIST_FORMAT_LEFT, FromDIP(150));
    sizer->Add(m_list, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_resume = new wxButton(this, wxID_ANY, "Resume", wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "resume");
    m_abandon = new wxButton(this, wxID_ANY, "Abandon", wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "abandon");
    m_norms = new wxButton(this, wxID_ANY, ToWx("Enter norms…"), wxDefaultPosition, wxDefaultSize,
                           0, wxDefaultValidator, "enter_norms");
    m_norms->SetToolTip(
        "SD, reliability and their published source, for the reliable change "
        "index");
    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "assessments_message");
    actions->Add(m_resume);
    actions->Add(m_abandon, wxSizerFlags().Border(wxLEFT, 8));
    actions->Add(m_norms, wxSizerFlags().Border(wxLEFT, 8));
    actions->Add(m_message, wxSizerFlags(1).CentreVertical().Border(wxLEFT, 12));
    sizer->Add(actions, wxSizerFlags().Expand().Border(wxALL, 12));

    m_result =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                       wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP | wxBORDER_THEME,
                       wxDefaultValidator, "result");
    m_charts = new HistoryChartsPanel(this);
    auto* resultRow = new wxBoxSizer(wxHORIZONTAL);
    resultRow->Add(m_result, wxSizerFlags(1).Expand());
    resultRow->Add(m_charts, wxSizerFlags().Expand().Border(wxLEFT, 12));
    sizer->Add(resultRow, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(sizer);

    m_presenter = std::make_unique<present::AssessmentTabPresenter>(*this, m_session.Assessing());

    clientMode->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_presenter->OnStartClientMode(ChosenInstrument());
    });
    interview->Bind(wxEVT_BUTTON,
                    [this](wxCommandEvent&) { m_presenter->OnStartInterview(ChosenInstrument()); });
    m_resume->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnResume(); });
    m_abandon->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnAbandon(); });
    m_norms->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnEnterNorms(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (!m_selecting)
            m_presenter->OnAdministrationSelected(static_cast<size_t>(event.GetIndex()));
    });
}

AssessmentsPanel::~AssessmentsPanel() = default;

std::optional<size_t> AssessmentsPanel::ChosenInstrument() const {
    const int chosen = m_instruments->GetSelection();
    if (chosen == wxNOT_FOUND) return std::nullopt;
    return static_cast<size_t>(chosen);
}

void AssessmentsPanel::ShowInstruments(const std::vector<std::string>& titles) {
    m_instruments->Clear();
    for (const auto& title : titles) m_instruments->Append(ToWx(title));
    if (!titles.empty()) m_instruments->SetSelection(0);
}

void AssessmentsPanel::ShowAdministrations(const std::vector<present::AdministrationRow>& rows) {
    m_selecting = true;
    m_list->DeleteAllItems();
    for (const auto& row : rows) {
        const long item = m_list->InsertItem(m_list->GetItemCount(), ToWx(row.when));
        m_list->SetItem(item, 1, ToWx(row.instrument));
        m_list->SetItem(item, 2, ToWx(row.mode));
        m_list->SetItem(item, 3, ToWx(row.status));
        m_list->SetItem(item, 4, ToWx(row.scores));
        m_list->SetItem(item, 5, ToWx(row.classification));
    }
    m_selecting = false;
}

void AssessmentsPanel::SelectAdministration(std::optional<size_t> row) {
    m_selecting = true;
    if (row) {
        m_list->Select(static_cast<long>(*row));
        m_list->EnsureVisible(static_cast<long>(*row));
    }
    m_selecting = false;
}

void AssessmentsPanel::ShowResult(const std::optional<present::AssessmentResult>& result) {
    m_result->Clear();
    if (!result) {
        m_result->SetValue(
            "No assessments yet. Choose an instrument above and start it in client "
            "mode, or enter the answers yourself.");
        return;
    }
    const wxFont body = GetFont();
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const auto write = [&](const std::string& line, const wxFont& font, const wxColour& colour) {
        m_result->SetDefaultStyle(wxTextAttr(colour, wxNullColour, font));
        m_result->AppendText(ToWx(line) + "\n");
    };
    write(result->heading, body.Bold().Scaled(1.2f), text);
    if (!result->disclaimer.empty()) write(result->disclaimer, body.Italic(), wxColour(140, 60, 0));
    for (const auto& section : result->sections) {
        write("", body, text);
        write(section.title, body.Bold(), text);
        for (const auto& line : section.lines) write(line, body, text);
    }
    m_result->SetDefaultStyle(wxTextAttr(text, wxNullColour, body));
    m_result->ShowPosition(0);
}

void AssessmentsPanel::ShowCharts(const present::AssessmentCharts& charts) {
    m_charts->ShowCharts(charts);
}

void AssessmentsPanel::EnableActions(const present::AssessmentActions& actions) {
    m_resume->Enable(actions.resume);
    m_abandon->Enable(actions.abandon);
    m_norms->Enable(actions.norms);
}

void AssessmentsPanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    Layout();
}

bool AssessmentsPanel::ConfirmAbandon() {
    return wxMessageBox(
               "Abandon this administration? Its answers are kept but it will not be "
               "scored, and it cannot be resumed.",
               "Abandon administration", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
}

void AssessmentsPanel::Returned(Id administrationId) { m_presenter->OnReturned(administrationId); }

void AssessmentsPanel::OpenClientMode(Id administrationId) {
    try {
        auto* frame = new ClientModeFrame(wxGetTopLevelParent(this), m_session, administrationId,
                                          [this](Id id, bool) { Returned(id); });
        frame->Begin();
    } catch (const Error& error) {
        ShowMessage(error.what());
    }
}

void AssessmentsPanel::OpenInterview(Id administrationId) {
    try {
        auto* dialog = new InterviewDialog(wxGetTopLevelParent(this), m_session.Assessing(),
                                           administrationId, [this](Id id, bool) { Returned(id); });
        dialog->Begin();
    } catch (const Error& error) {
        ShowMessage(error.what());
    }
}

void AssessmentsPanel::OpenNorms(const std::string& instrumentId) {
    NormsDialog dialog(this, m_session.Assessing(), instrumentId,
                       [this] { m_presenter->OnReturned(std::nullopt); });
    dialog.ShowModal();
}

}  // namespace securebase::ui

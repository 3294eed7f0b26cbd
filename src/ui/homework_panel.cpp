#include "ui/homework_panel.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/error.h"
#include "ui/homework_assign_dialog.h"
#include "ui/homework_entry_dialog.h"
#include "ui/homework_template_dialog.h"
#include "ui/homework_trends_panel.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

wxTextCtrl* ReadOnlyText(wxWindow* parent, const wxString& name) {
    return new wxTextCtrl(
        parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
        wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP | wxBORDER_THEME,
        wxDefaultValidator, name);
}

// Headings in bold with their lines under them, a blank line between sections.
void WriteSections(wxTextCtrl* text, const std::vector<present::TextSection>& sections) {
    text->Clear();
    const wxFont body = text->GetParent()->GetFont();
    const wxColour ink = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    for (size_t i = 0; i < sections.size(); ++i) {
        if (i > 0) text->AppendText("\n");
        text->SetDefaultStyle(wxTextAttr(ink, wxNullColour, body.Bold()));
        text->AppendText(ToWx(sections[i].title) + "\n");
        text->SetDefaultStyle(wxTextAttr(ink, wxNullColour, body));
        for (const auto& line : sections[i].lines) text->AppendText(ToWx(line) + "\n");
    }
    text->ShowPosition(0);
}

}  // namespace

HomeworkPanel::HomeworkPanel(wxWindow* parent, service::VaultSession& session)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "homework_tab"),
      m_session(session) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    auto* assign = AddButton(actions, ToWx("Assign…"), "assign");
    m_addEntry = AddButton(actions, ToWx("Add entry…"), "add_entry");
    m_pause = AddButton(actions, "Pause", "pause");
    m_resume = AddButton(actions, "Resume", "resume_assignment");
    m_end = AddButton(actions, "End", "end_assignment");
    actions->AddStretchSpacer();
    auto* copy = AddButton(actions, ToWx("Copy a template…"), "copy_template");
    copy->SetToolTip("Reword an exercise or change its fields, and keep it as the clinic's own");
    sizer->Add(actions, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                 wxST_NO_AUTORESIZE, "homework_message");
    sizer->Add(m_message, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 120)),
                            wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "assignments");
    m_list->AppendColumn("Exercise", wxLIST_FORMAT_LEFT, FromDIP(140));
    m_list->AppendColumn("Schedule", wxLIST_FORMAT_LEFT, FromDIP(185));
    m_list->AppendColumn("Status", wxLIST_FORMAT_LEFT, FromDIP(100));
    m_list->AppendColumn("This week", wxLIST_FORMAT_LEFT, FromDIP(90));
    m_list->AppendColumn("Overall", wxLIST_FORMAT_LEFT, FromDIP(95));
    m_list->AppendColumn("Streak", wxLIST_FORMAT_LEFT, FromDIP(70));
    m_list->AppendColumn("Last entry", wxLIST_FORMAT_LEFT, FromDIP(95));
    sizer->Add(m_list, wxSizerFlags().Expand().Border(wxALL, 12));

    m_pages = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "homework_pages");
    m_details = ReadOnlyText(m_pages, "homework_details");
    m_pages->AddPage(m_details, "Overview");

    auto* history = new wxPanel(m_pages);
    auto* historySizer = new wxBoxSizer(wxVERTICAL);
    m_entries = new wxListView(history, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                               wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "entries");
    m_entries->AppendColumn("Written", wxLIST_FORMAT_LEFT, FromDIP(100));
    m_entries->AppendColumn("Answers", wxLIST_FORMAT_LEFT, FromDIP(500));
    m_entries->AppendColumn("Reviewed", wxLIST_FORMAT_LEFT, FromDIP(160));
    m_trends = new HomeworkTrendsPanel(history);
    historySizer->Add(m_entries, wxSizerFlags().Expand().Border(wxALL, 6));
    historySizer->Add(m_trends, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 6));
    history->SetSizer(historySizer);
    m_pages->AddPage(history, "History");

    auto* review = new wxPanel(m_pages);
    auto* reviewSizer = new wxBoxSizer(wxVERTICAL);
    auto* reviewHint = new wxStaticText(
        review, wxID_ANY,
        "What came back since it was last talked through. Marking it reviewed links it to the "
        "client's latest session.");
    reviewHint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_review = ReadOnlyText(review, "review");
    m_markReviewed = new wxButton(review, wxID_ANY, "Mark reviewed", wxDefaultPosition,
                                  wxDefaultSize, 0, wxDefaultValidator, "mark_reviewed");
    reviewSizer->Add(reviewHint, wxSizerFlags().Expand().Border(wxALL, 6));
    reviewSizer->Add(m_review, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 6));
    reviewSizer->Add(m_markReviewed, wxSizerFlags().Right().Border(wxALL, 6));
    review->SetSizer(reviewSizer);
    m_pages->AddPage(review, "Review in session");
    sizer->Add(m_pages, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(sizer);

    m_presenter = std::make_unique<present::HomeworkTabPresenter>(*this, m_session.Homework(),
                                                                  m_session.Records());

    assign->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnAssign(); });
    m_addEntry->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnAddEntry(); });
    m_pause->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnPause(); });
    m_resume->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnResume(); });
    m_end->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnEnd(); });
    copy->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnCopyTemplate(); });
    m_markReviewed->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter->OnMarkReviewed(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (!m_selecting) m_presenter->OnAssignmentSelected(static_cast<size_t>(event.GetIndex()));
    });
}

HomeworkPanel::~HomeworkPanel() = default;

wxButton* HomeworkPanel::AddButton(wxSizer* row, const wxString& label, const wxString& name) {
    auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, name);
    row->Add(button, wxSizerFlags().Border(wxRIGHT, 8));
    return button;
}

void HomeworkPanel::ShowAssignments(const std::vector<present::AssignmentRow>& rows) {
    m_selecting = true;
    m_list->DeleteAllItems();
    for (const auto& row : rows) {
        const long item = m_list->InsertItem(m_list->GetItemCount(), ToWx(row.title));
        m_list->SetItem(item, 1, ToWx(row.schedule));
        m_list->SetItem(item, 2, ToWx(row.status));
        m_list->SetItem(item, 3, ToWx(row.thisWeek));
        m_list->SetItem(item, 4, ToWx(row.overall));
        m_list->SetItem(item, 5, ToWx(row.streak));
        m_list->SetItem(item, 6, ToWx(row.lastEntry));
    }
    m_selecting = false;
}

void HomeworkPanel::SelectAssignment(std::optional<size_t> row) {
    m_selecting = true;
    if (row) {
        m_list->Select(static_cast<long>(*row));
        m_list->EnsureVisible(static_cast<long>(*row));
    }
    m_selecting = false;
}

void HomeworkPanel::ShowDetails(const std::vector<present::TextSection>& sections) {
    WriteSections(m_details, sections);
}

void HomeworkPanel::ShowHistory(const std::vector<present::EntryRow>& rows) {
    m_entries->DeleteAllItems();
    for (const auto& row : rows) {
        const long item = m_entries->InsertItem(m_entries->GetItemCount(), ToWx(row.writtenOn));
        m_entries->SetItem(item, 1, ToWx(row.summary));
        m_entries->SetItem(item, 2, ToWx(row.reviewed));
    }
}

void HomeworkPanel::ShowTrends(const std::vector<report::LineChart>& charts) {
    m_trends->ShowCharts(charts);
}

void HomeworkPanel::ShowReview(const std::vector<present::TextSection>& sections) {
    WriteSections(m_review, sections);
}

void HomeworkPanel::EnableActions(const present::HomeworkActions& actions) {
    m_addEntry->Enable(actions.addEntry);
    m_pause->Enable(actions.pause);
    m_resume->Enable(actions.resume);
    m_end->Enable(actions.end);
    m_markReviewed->Enable(actions.markReviewed);
}

void HomeworkPanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    m_message->Show(!message.empty());
    Layout();
}

bool HomeworkPanel::ConfirmEnd(const std::string& title) {
    return wxMessageBox(ToWx("End \u201c" + title +
                             "\u201d today? No more work is expected and no entries can be "
                             "added; what came back stays in the history."),
                        "End assignment", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
}

void HomeworkPanel::Returned(std::optional<Id> assignmentId) {
    m_presenter->OnReturned(assignmentId);
}

void HomeworkPanel::OpenAssign(Id clientId) {
    auto* dialog = new HomeworkAssignDialog(this, m_session.Homework(), clientId,
                                            [this](std::optional<Id> id) { Returned(id); });
    dialog->Begin();
}

void HomeworkPanel::OpenEntry(Id assignmentId) {
    auto* dialog = new HomeworkEntryDialog(this, m_session.Homework(), assignmentId,
                                           [this, assignmentId](std::optional<Id> saved) {
                                               if (saved) Returned(assignmentId);
                                           });
    dialog->Begin();
}

void HomeworkPanel::OpenTemplateCopy() {
    auto* dialog =
        new HomeworkTemplateDialog(this, m_session.Homework(), [this](std::optional<Id> saved) {
            if (saved)
                ShowMessage("Saved as a clinic template: Assign\u2026 offers it from now on.");
        });
    dialog->Begin();
}

}  // namespace securebase::ui

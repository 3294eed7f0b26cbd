#include "ui/sessions_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "present/sessions_presenter.h"
#include "ui/note_editor_panel.h"
#include "ui/process_note_panel.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

constexpr SessionKind kKinds[] = {SessionKind::Individual, SessionKind::Couple, SessionKind::Family,
                                  SessionKind::Group};
constexpr Attendance kAttendances[] = {Attendance::Attended, Attendance::Cancelled,
                                       Attendance::NoShow};

template <typename T, size_t N>
int IndexOf(const T (&values)[N], T value) {
    for (size_t i = 0; i < N; ++i)
        if (values[i] == value) return static_cast<int>(i);
    return 0;
}

}  // namespace

SessionsPanel::SessionsPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "sessions_tab") {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);

    m_sessions = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                                wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "sessions");
    m_sessions->AppendColumn("When", wxLIST_FORMAT_LEFT, FromDIP(130));
    m_sessions->AppendColumn("Kind", wxLIST_FORMAT_LEFT, FromDIP(90));
    m_sessions->AppendColumn("Attendance", wxLIST_FORMAT_LEFT, FromDIP(95));
    m_sessions->AppendColumn("Length", wxLIST_FORMAT_LEFT, FromDIP(65));
    top->Add(m_sessions, wxSizerFlags(1).Expand());

    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, "New session");
    wxWindow* boxParent = box->GetStaticBox();
    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(4)));
    grid->AddGrowableCol(1, 1);
    m_start = new wxTextCtrl(boxParent, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(140, -1)),
                             0, wxDefaultValidator, "session_start");
    m_minutes = new wxSpinCtrl(boxParent, wxID_ANY, "50", wxDefaultPosition, wxDefaultSize,
                               wxSP_ARROW_KEYS, 5, 600, 50, "session_minutes");
    m_kind = new wxChoice(boxParent, wxID_ANY);
    for (SessionKind kind : kKinds) m_kind->Append(ToWx(present::KindLabel(kind)));
    m_attendance = new wxChoice(boxParent, wxID_ANY);
    for (Attendance a : kAttendances) m_attendance->Append(ToWx(present::AttendanceLabel(a)));
    m_kind->SetSelection(0);
    m_attendance->SetSelection(0);
    const wxSizerFlags labelFlags = wxSizerFlags().CentreVertical();
    grid->Add(new wxStaticText(boxParent, wxID_ANY, "Start"), labelFlags);
    grid->Add(m_start, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(boxParent, wxID_ANY, "Minutes"), labelFlags);
    grid->Add(m_minutes, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(boxParent, wxID_ANY, "Kind"), labelFlags);
    grid->Add(m_kind, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(boxParent, wxID_ANY, "Attendance"), labelFlags);
    grid->Add(m_attendance, wxSizerFlags().Expand());
    box->Add(grid, wxSizerFlags().Expand().Border(wxALL, 4));
    m_add = new wxButton(boxParent, wxID_ANY, "Add session", wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "add_session");
    box->Add(m_add, wxSizerFlags().Right().Border(wxALL, 4));
    top->Add(box, wxSizerFlags().Expand().Border(wxLEFT, 12));
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, 12));

    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "sessions_message");
    sizer->Add(m_message, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    auto* notes = new wxNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "note_tabs");
    m_note = new NoteEditorPanel(notes);
    m_process = new ProcessNotePanel(notes);
    notes->AddPage(m_note, "Progress note");
    notes->AddPage(m_process, ToWx("Process note (private, never exported)"));
    sizer->Add(notes, wxSizerFlags(1).Expand().Border(wxALL, 8));
    SetSizer(sizer);

    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Sessions().OnAddSession();
    });
    m_sessions->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (m_presenter && !m_selecting)
            m_presenter->Sessions().OnSessionSelected(static_cast<size_t>(event.GetIndex()));
    });
}

void SessionsPanel::Attach(present::MainPresenter* presenter) {
    m_presenter = presenter;
    m_note->Attach(presenter);
    m_process->Attach(presenter);
}

void SessionsPanel::ShowSessions(const std::vector<present::SessionRow>& rows) {
    m_selecting = true;
    m_sessions->DeleteAllItems();
    for (const present::SessionRow& row : rows) {
        const long item = m_sessions->InsertItem(m_sessions->GetItemCount(), ToWx(row.when));
        m_sessions->SetItem(item, 1, ToWx(row.kind));
        m_sessions->SetItem(item, 2, ToWx(row.attendance));
        m_sessions->SetItem(item, 3, ToWx(row.duration));
    }
    m_selecting = false;
}

void SessionsPanel::SelectSession(std::optional<size_t> row) {
    m_selecting = true;
    if (row) {
        m_sessions->Select(static_cast<long>(*row));
        m_sessions->EnsureVisible(static_cast<long>(*row));
    }
    m_selecting = false;
}

void SessionsPanel::ShowDraft(const present::SessionDraft& draft) {
    m_start->ChangeValue(ToWx(draft.start));
    m_minutes->SetValue(draft.minutes);
    m_kind->SetSelection(IndexOf(kKinds, draft.kind));
    m_attendance->SetSelection(IndexOf(kAttendances, draft.attendance));
}

present::SessionDraft SessionsPanel::ReadDraft() const {
    present::SessionDraft draft;
    draft.start = FromWx(m_start->GetValue());
    draft.minutes = m_minutes->GetValue();
    draft.kind = kKinds[std::max(m_kind->GetSelection(), 0)];
    draft.attendance = kAttendances[std::max(m_attendance->GetSelection(), 0)];
    return draft;
}

void SessionsPanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    Layout();
}

void SessionsPanel::EnableAdding(bool enabled) {
    m_add->Enable(enabled);
    m_start->Enable(enabled);
}

}  // namespace securebase::ui

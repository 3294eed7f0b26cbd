#pragma once

#include <wx/panel.h>

#include "present/main_presenter.h"
#include "present/sessions_view.h"

class wxButton;
class wxChoice;
class wxListView;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

class NoteEditorPanel;
class ProcessNotePanel;

// The "Sessions & notes" tab: the client's sessions, a row to add one, and below them the
// chosen session's notes on two sub-tabs: the progress note and the private process note.
class SessionsPanel : public wxPanel, public present::SessionsView {
public:
    explicit SessionsPanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter);
    NoteEditorPanel& NoteEditor() { return *m_note; }
    ProcessNotePanel& ProcessNote() { return *m_process; }

    void ShowSessions(const std::vector<present::SessionRow>& rows) override;
    void SelectSession(std::optional<size_t> row) override;
    void ShowDraft(const present::SessionDraft& draft) override;
    present::SessionDraft ReadDraft() const override;
    void ShowMessage(const std::string& message) override;
    void EnableAdding(bool enabled) override;

private:
    present::MainPresenter* m_presenter = nullptr;
    wxListView* m_sessions = nullptr;
    wxTextCtrl* m_start = nullptr;
    wxSpinCtrl* m_minutes = nullptr;
    wxChoice* m_kind = nullptr;
    wxChoice* m_attendance = nullptr;
    wxButton* m_add = nullptr;
    wxStaticText* m_message = nullptr;
    NoteEditorPanel* m_note = nullptr;
    ProcessNotePanel* m_process = nullptr;
    bool m_selecting = false;
};

}  // namespace securebase::ui

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

// The "Sessions & notes" tab: the client's sessions, a row to add one, and the note editor of
// the chosen session below.
class SessionsPanel : public wxPanel, public present::SessionsView {
public:
    explicit SessionsPanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter);
    NoteEditorPanel& NoteEditor() { return *m_note; }

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
    bool m_selecting = false;
};

}  // namespace securebase::ui

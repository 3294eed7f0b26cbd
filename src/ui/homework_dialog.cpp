#include "ui/homework_dialog.h"

namespace securebase::ui {

HomeworkDialog::HomeworkDialog(wxWindow* parent, const wxString& title, const wxString& name,
                               Done done)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, name),
      m_practiceWindow(wxGetTopLevelParent(parent)),
      m_done(std::move(done)) {
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Finish(std::nullopt); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { Finish(std::nullopt); }, wxID_CANCEL);
}

void HomeworkDialog::Begin() {
    if (m_practiceWindow) m_practiceWindow->Disable();
    CentreOnParent();
    Show();
    Raise();
}

void HomeworkDialog::Finish(std::optional<Id> saved) {
    if (m_finished) return;
    m_finished = true;
    if (m_practiceWindow) {
        m_practiceWindow->Enable();
        m_practiceWindow->Raise();
    }
    Hide();
    // The callback may refresh the tab; the dialog is gone from the screen by then.
    if (m_done) m_done(saved);
    Destroy();
}

}  // namespace securebase::ui

#pragma once

#include <wx/panel.h>

#include "present/main_presenter.h"
#include "present/process_note_view.h"

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// The private process note of the chosen session, on its own sub-tab beside the progress note
// so that it is never mistaken for part of the clinical record.
class ProcessNotePanel : public wxPanel, public present::ProcessNoteView {
public:
    explicit ProcessNotePanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter) { m_presenter = presenter; }

    void ShowProcessNote(bool hasSession, const std::string& text) override;
    std::string ProcessNoteText() const override;
    void ShowMessage(const std::string& message) override;

private:
    present::MainPresenter* m_presenter = nullptr;
    wxTextCtrl* m_text = nullptr;
    wxButton* m_save = nullptr;
    wxStaticText* m_message = nullptr;
};

}  // namespace securebase::ui

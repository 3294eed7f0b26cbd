#pragma once

#include <wx/panel.h>

#include <vector>

#include "present/main_presenter.h"
#include "present/note_editor_view.h"

class wxButton;
class wxChoice;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// The progress note of the chosen session: one multi-line field per section of its format,
// rebuilt whenever the format changes; read-only once signed, with addenda below.
class NoteEditorPanel : public wxPanel, public present::NoteEditorView {
public:
    explicit NoteEditorPanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter) { m_presenter = presenter; }

    void ShowNote(const present::NoteEditorState& state) override;
    std::vector<std::string> SectionTexts() const override;
    std::string AddendumText() const override;
    void ClearAddendum() override;
    void ShowMessage(const std::string& message) override;

private:
    void RebuildSections(const present::NoteEditorState& state);

    present::MainPresenter* m_presenter = nullptr;
    wxChoice* m_format = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_sign = nullptr;
    wxStaticText* m_message = nullptr;
    wxScrolledWindow* m_body = nullptr;
    std::vector<wxTextCtrl*> m_sections;
    wxStaticText* m_signature = nullptr;
    wxTextCtrl* m_addenda = nullptr;
    wxTextCtrl* m_addendum = nullptr;
    wxButton* m_addAddendum = nullptr;
};

}  // namespace securebase::ui

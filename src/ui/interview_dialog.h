#pragma once

#include <wx/dialog.h>

#include <vector>

#include "present/interview_presenter.h"
#include "present/interview_view.h"

class wxButton;
class wxGrid;
class wxStaticText;

namespace securebase::ui {

// The compact grid for interview and paper-form entry: item number, short text, the answer, and
// a column that says why a value was refused. On a scale of single digits, a digit key answers
// and moves on; longer values are typed into the cell and confirmed with Enter.
class InterviewDialog : public wxDialog, public present::InterviewView {
public:
    InterviewDialog(wxWindow* practiceWindow, service::Assessments& assessments,
                    Id administrationId, present::InterviewPresenter::Left left);

    // Loads the administration and shows the grid; throws Error (and destroys the dialog) when it
    // cannot be resumed.
    void Begin();

    void ShowHeading(const std::string& title, const std::string& hint) override;
    void ShowRows(const std::vector<present::InterviewRow>& rows) override;
    void ShowAnswer(size_t row, const std::string& answer) override;
    void ShowRowProblem(size_t row, const std::string& problem) override;
    void FocusRow(size_t row) override;
    void ShowProgress(const std::string& text) override;
    void ShowMessage(const std::string& message) override;
    void Close() override;

private:
    void OnCharHook(wxKeyEvent& event);

    wxWindow* m_practiceWindow;
    present::InterviewPresenter m_presenter;
    wxStaticText* m_title = nullptr;
    wxStaticText* m_hint = nullptr;
    wxGrid* m_grid = nullptr;
    wxStaticText* m_progress = nullptr;
    wxStaticText* m_message = nullptr;
    std::vector<bool> m_singleKey;
    bool m_closing = false;
};

}  // namespace securebase::ui

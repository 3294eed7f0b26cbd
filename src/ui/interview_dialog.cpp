#include "ui/interview_dialog.h"

#include <wx/button.h>
#include <wx/grid.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

enum Column { kNumber, kItem, kAnswer, kCheck };

const wxColour kRefused(170, 40, 30);

}  // namespace

InterviewDialog::InterviewDialog(wxWindow* practiceWindow, service::Assessments& assessments,
                                 Id administrationId, present::InterviewPresenter::Left left)
    : wxDialog(practiceWindow, wxID_ANY, "Enter answers", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "interview"),
      m_practiceWindow(practiceWindow),
      m_presenter(*this, assessments, administrationId, std::move(left)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_title = new wxStaticText(this, wxID_ANY, "");
    m_title->SetFont(GetFont().Bold().Scaled(1.2f));
    sizer->Add(m_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    m_hint = new wxStaticText(this, wxID_ANY, "");
    m_hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(m_hint, wxSizerFlags().Expand().Border(wxALL, 12));

    m_grid = new wxGrid(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 480)), wxWANTS_CHARS,
                        "interview_grid");
    m_grid->CreateGrid(0, 4);
    m_grid->HideRowLabels();
    m_grid->SetColLabelValue(kNumber, "#");
    m_grid->SetColLabelValue(kItem, "Item");
    m_grid->SetColLabelValue(kAnswer, "Answer");
    m_grid->SetColLabelValue(kCheck, "Scale");
    m_grid->SetColSize(kNumber, FromDIP(40));
    m_grid->SetColSize(kItem, FromDIP(480));
    m_grid->SetColSize(kAnswer, FromDIP(70));
    m_grid->SetColSize(kCheck, FromDIP(150));
    m_grid->EnableDragRowSize(false);
    m_grid->SetTabBehaviour(wxGrid::Tab_Wrap);
    sizer->Add(m_grid, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 12));

    m_progress = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                  "interview_progress");
    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "interview_message");
    m_message->SetForegroundColour(kRefused);
    sizer->Add(m_progress, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    sizer->Add(m_message, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* later = new wxButton(this, wxID_ANY, "Finish later", wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "later");
    later->SetToolTip(
        "Close the grid; the answers so far are saved and the administration can "
        "be resumed");
    auto* save = new wxButton(this, wxID_ANY, "Save and show result", wxDefaultPosition,
                              wxDefaultSize, 0, wxDefaultValidator, "save_interview");
    buttons->Add(later);
    buttons->AddStretchSpacer();
    buttons->Add(save);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(sizer);

    later->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnLater(); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnSave(); });
    Bind(wxEVT_CHAR_HOOK, &InterviewDialog::OnCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        if (!m_closing) m_presenter.OnLater();
    });
    m_grid->Bind(wxEVT_GRID_CELL_CHANGING, [this](wxGridEvent& event) {
        if (event.GetCol() != kAnswer) return;
        if (!m_presenter.OnEntered(static_cast<size_t>(event.GetRow()), FromWx(event.GetString())))
            event.Veto();
    });
}

void InterviewDialog::Begin() {
    try {
        m_presenter.Start();
    } catch (...) {
        Destroy();
        throw;
    }
    if (m_practiceWindow) m_practiceWindow->Disable();
    CentreOnParent();
    Show();
    Raise();
    m_grid->SetFocus();
}

void InterviewDialog::ShowHeading(const std::string& title, const std::string& hint) {
    SetTitle(ToWx(title));
    m_title->SetLabel(ToWx(title));
    m_hint->SetLabel(ToWx(hint));
    m_hint->Wrap(FromDIP(740));
}

void InterviewDialog::ShowRows(const std::vector<present::InterviewRow>& rows) {
    if (m_grid->GetNumberRows() > 0) m_grid->DeleteRows(0, m_grid->GetNumberRows());
    m_grid->AppendRows(static_cast<int>(rows.size()));
    m_singleKey.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
        const int row = static_cast<int>(i);
        m_grid->SetCellValue(row, kNumber, ToWx(rows[i].number));
        m_grid->SetCellValue(row, kItem, ToWx(rows[i].text));
        m_grid->SetCellValue(row, kAnswer, ToWx(rows[i].answer));
        m_grid->SetCellValue(row, kCheck, ToWx(rows[i].range));
        for (int column : {kNumber, kItem, kCheck}) m_grid->SetReadOnly(row, column);
        m_grid->SetCellAlignment(row, kNumber, wxALIGN_RIGHT, wxALIGN_CENTRE);
        m_grid->SetCellAlignment(row, kAnswer, wxALIGN_CENTRE, wxALIGN_CENTRE);
        m_grid->SetCellTextColour(row, kCheck, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        m_singleKey.push_back(rows[i].singleKey);
    }
    // Rows keep to their one line so a 36-item key fits without much scrolling.
    m_grid->SetDefaultRowSize(FromDIP(26), true);
}

void InterviewDialog::ShowAnswer(size_t row, const std::string& answer) {
    m_grid->SetCellValue(static_cast<int>(row), kAnswer, ToWx(answer));
}

void InterviewDialog::ShowRowProblem(size_t row, const std::string& problem) {
    const int r = static_cast<int>(row);
    if (problem.empty()) {
        m_grid->SetCellTextColour(r, kCheck, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        m_grid->SetCellValue(r, kCheck, m_grid->GetCellValue(r, kCheck).BeforeFirst(' '));
        m_message->SetLabel("");
    } else {
        m_grid->SetCellTextColour(r, kCheck, kRefused);
        m_grid->SetCellValue(
            r, kCheck, m_grid->GetCellValue(r, kCheck).BeforeFirst(' ') + " " + ToWx("refused"));
        m_message->SetLabel(ToWx("Item " + std::to_string(row + 1) + ": " + problem));
    }
    m_grid->ForceRefresh();
}

void InterviewDialog::FocusRow(size_t row) {
    // Deferred: the grid may still be closing the cell editor that triggered this.
    CallAfter([this, row] {
        m_grid->SetGridCursor(static_cast<int>(row), kAnswer);
        m_grid->MakeCellVisible(static_cast<int>(row), kAnswer);
    });
}

void InterviewDialog::ShowProgress(const std::string& text) { m_progress->SetLabel(ToWx(text)); }

void InterviewDialog::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    Layout();
}

void InterviewDialog::Close() {
    m_closing = true;
    if (m_practiceWindow) {
        m_practiceWindow->Enable();
        m_practiceWindow->Raise();
    }
    Hide();
    Destroy();
}

void InterviewDialog::OnCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const int row = m_grid->GetGridCursorRow();
    const bool inGrid = wxWindow::FindFocus() && m_grid->IsDescendant(wxWindow::FindFocus());
    if (!inGrid || m_grid->IsCellEditControlShown() || row < 0 ||
        static_cast<size_t>(row) >= m_singleKey.size()) {
        event.Skip();
        return;
    }
    int digit = -1;
    if (key >= '0' && key <= '9') digit = key - '0';
    if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9) digit = key - WXK_NUMPAD0;
    if (digit >= 0 && m_singleKey[static_cast<size_t>(row)]) {
        m_presenter.OnEntered(static_cast<size_t>(row), std::to_string(digit));
        return;
    }
    if (key == WXK_BACK || key == WXK_DELETE) {
        m_presenter.OnEntered(static_cast<size_t>(row), "");
        return;
    }
    event.Skip();
}

}  // namespace securebase::ui

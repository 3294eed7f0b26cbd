#include "ui/group_meeting_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/display.h>
#include <wx/grid.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "present/group_text.h"
#include "ui/group_homework_dialog.h"
#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

// Attendance grid columns: who, one column per mark (clicked or keyed), and the note.
enum AttendanceColumn { kCode, kName, kPresent, kLate, kExcused, kAbsent, kNote };
constexpr int kMarkColumns = 4;
const std::array<GroupAttendance, kMarkColumns> kMarks = {
    GroupAttendance::Present, GroupAttendance::Late, GroupAttendance::Excused,
    GroupAttendance::Absent};

const wxColour kRefused(170, 40, 30);
const wxString kChosen = wxString::FromUTF8("\u25cf");

wxColour Grey() { return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT); }

wxStaticText* Heading(wxWindow* parent, const wxString& text) {
    auto* heading = new wxStaticText(parent, wxID_ANY, text);
    heading->SetFont(parent->GetFont().Bold());
    return heading;
}

wxStaticText* Hint(wxWindow* parent, const wxString& text) {
    auto* hint = new wxStaticText(parent, wxID_ANY, text);
    hint->SetForegroundColour(Grey());
    return hint;
}

wxGrid* NewGrid(wxWindow* parent, const wxString& name, wxSize size) {
    auto* grid = new wxGrid(parent, wxID_ANY, wxDefaultPosition, size, wxWANTS_CHARS, name);
    grid->CreateGrid(0, 0);
    grid->HideRowLabels();
    grid->EnableDragRowSize(false);
    grid->SetDefaultRowSize(parent->FromDIP(26), true);
    grid->SetTabBehaviour(wxGrid::Tab_Wrap);
    return grid;
}

}  // namespace

GroupMeetingDialog::GroupMeetingDialog(wxWindow* practiceWindow, service::VaultSession& session,
                                       Id groupId, std::optional<Id> meetingId,
                                       std::function<void()> closed)
    : wxDialog(practiceWindow, wxID_ANY, "Meeting", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "group_meeting"),
      m_practiceWindow(practiceWindow),
      m_presenter(*this, session.Groups(), session.Assessing(), session.Records(),
                  session.GroupAssignments(), session.Homework(), groupId, meetingId,
                  std::move(closed)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_title = new wxStaticText(this, wxID_ANY, "");
    m_title->SetFont(GetFont().Bold().Scaled(1.2f));
    m_subtitle = Hint(this, "");
    sizer->Add(m_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    sizer->Add(m_subtitle, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));

    auto* when = new wxBoxSizer(wxHORIZONTAL);
    m_date =
        new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "meeting_date");
    m_topic = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(320, -1)), 0, nullptr,
                           0, wxDefaultValidator, "meeting_topic");
    m_freeTopic = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 wxDefaultValidator, "free_topic");
    m_freeTopic->SetHint("A topic of your own");
    when->Add(new wxStaticText(this, wxID_ANY, "Date"), wxSizerFlags().CentreVertical());
    when->Add(m_date, wxSizerFlags().Border(wxLEFT | wxRIGHT, 8));
    when->Add(new wxStaticText(this, wxID_ANY, "Topic"),
              wxSizerFlags().CentreVertical().Border(wxLEFT, 8));
    when->Add(m_topic, wxSizerFlags().Border(wxLEFT | wxRIGHT, 8));
    when->Add(m_freeTopic, wxSizerFlags(1));
    sizer->Add(when, wxSizerFlags().Expand().Border(wxALL, 12));
    m_outline = Hint(this, "");
    sizer->Add(m_outline, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));

    auto* grids = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(Heading(this, "Attendance"));
    left->Add(Hint(this, ToWx("Keys P present, L late, E excused, A absent move to the next row; "
                              "\u2191 \u2193 move; or click a column.")),
              wxSizerFlags().Border(wxBOTTOM, 4));
    m_attendance = NewGrid(this, "attendance_grid", FromDIP(wxSize(560, 300)));
    m_attendance->AppendCols(7);
    const std::array<const char*, 7> labels = {
        "Code", "Name", "P", "L", "E", "A", "Note for their chart"};
    const std::array<int, 7> widths = {100, 110, 30, 30, 30, 30, 230};
    for (int column = 0; column < 7; ++column) {
        m_attendance->SetColLabelValue(column, labels[static_cast<size_t>(column)]);
        m_attendance->SetColSize(column, FromDIP(widths[static_cast<size_t>(column)]));
    }
    left->Add(m_attendance, wxSizerFlags(1).Expand());
    grids->Add(left, wxSizerFlags(1).Expand().Border(wxRIGHT, 8));

    auto* right = new wxBoxSizer(wxVERTICAL);
    m_checkinTitle = Heading(this, "Check-in");
    right->Add(m_checkinTitle);
    right->Add(Hint(this, ToWx("For those present or late. Digits answer and move on;\nfor 10 "
                               "type 1 then 0, a lone 1 is ended by Enter.")),
               wxSizerFlags().Border(wxBOTTOM, 4));
    m_checkins = NewGrid(this, "checkin_grid", FromDIP(wxSize(520, 200)));
    right->Add(m_checkins, wxSizerFlags(1).Expand());
    m_legend = Hint(this, "");
    right->Add(m_legend, wxSizerFlags().Expand().Border(wxTOP, 4));
    grids->Add(right, wxSizerFlags(1).Expand().Border(wxLEFT, 8));
    sizer->Add(grids, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 12));

    sizer->Add(Heading(this, "Group note"), wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    sizer->Add(Hint(this, "Kept with the group; never copied into a participant's chart."),
               wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    m_groupNote = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 70)),
                                 wxTE_MULTILINE, wxDefaultValidator, "group_note");
    sizer->Add(m_groupNote, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "meeting_message");
    m_message->SetForegroundColour(kRefused);
    sizer->Add(m_message, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_ANY, "Cancel", wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "cancel_meeting");
    auto* save = new wxButton(this, wxID_ANY, "Save meeting", wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "save_meeting");
    auto* homework =
        new wxButton(this, wxID_ANY, ToWx("Assign homework to those present…"), wxDefaultPosition,
                     wxDefaultSize, 0, wxDefaultValidator, "assign_meeting_homework");
    homework->SetToolTip("For a saved meeting: one exercise for everyone marked present or late");
    buttons->Add(cancel);
    buttons->AddStretchSpacer();
    buttons->Add(homework, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(save);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(sizer);

    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnCancel(); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Save(); });
    homework->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnAssignHomework(); });
    Bind(wxEVT_CHAR_HOOK, &GroupMeetingDialog::OnCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        if (!m_closing) m_presenter.OnCancel();
    });
    m_date->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
        m_presenter.OnDateChanged(IsoDay(event.GetDate()));
    });
    m_topic->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int topic = m_topic->GetSelection();
        m_freeTopic->Enable(topic == 0 && m_topic->IsEnabled());
        m_presenter.OnTopicChosen(topic < 0 ? 0 : static_cast<size_t>(topic));
    });
    m_attendance->Bind(wxEVT_GRID_CELL_LEFT_CLICK, &GroupMeetingDialog::OnAttendanceClick, this);
    m_attendance->Bind(wxEVT_GRID_CELL_CHANGED, [this](wxGridEvent& event) {
        if (event.GetCol() == kNote)
            m_presenter.OnNoteChanged(static_cast<size_t>(event.GetRow()),
                                      FromWx(m_attendance->GetCellValue(event.GetRow(), kNote)));
    });
    m_checkins->Bind(wxEVT_GRID_CELL_CHANGING, [this](wxGridEvent& event) {
        if (event.GetCol() < 1 || static_cast<size_t>(event.GetCol()) > m_items) return;
        if (!m_presenter.OnCheckinEntered(static_cast<size_t>(event.GetRow()),
                                          static_cast<size_t>(event.GetCol() - 1),
                                          FromWx(event.GetString())))
            event.Veto();
    });
    m_checkins->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& event) {
        m_presenter.OnCheckinCommit();
        event.Skip();
    });
}

void GroupMeetingDialog::Begin() {
    try {
        m_presenter.Start();
    } catch (...) {
        Destroy();
        throw;
    }
    if (m_practiceWindow) m_practiceWindow->Disable();
    Layout();
    Fit();
    // Never wider or taller than the screen it opens on, however long the outline is.
    const wxRect area = wxDisplay(this).GetClientArea();
    SetSize(std::min(GetSize().x, area.width), std::min(GetSize().y, area.height));
    CentreOnParent();
    Show();
    Raise();
    m_attendance->SetFocus();
}

void GroupMeetingDialog::ShowHeading(const std::string& title, const std::string& subtitle) {
    SetTitle(ToWx(title));
    m_title->SetLabel(ToWx(title));
    m_subtitle->SetLabel(ToWx(subtitle));
}

void GroupMeetingDialog::ShowDetails(const present::MeetingDetails& details) {
    const wxDateTime date = FromIsoDay(details.date);
    if (date.IsValid()) m_date->SetValue(date);
    m_date->Enable(!details.dateLocked);
    m_topic->Clear();
    for (const auto& topic : details.topics) m_topic->Append(ToWx(topic));
    m_topic->SetSelection(static_cast<int>(details.topic));
    m_topic->Enable(!details.topicLocked);
    m_freeTopic->SetValue(ToWx(details.freeTopic));
    m_freeTopic->Enable(!details.topicLocked && details.topic == 0);
    m_groupNote->SetValue(ToWx(details.groupNote));
}

void GroupMeetingDialog::ShowOutline(const std::string& outline) {
    m_outline->SetLabel(ToWx(outline));
    m_outline->Wrap(FromDIP(1000));
    Layout();
}

void GroupMeetingDialog::ShowAttendance(const std::vector<present::AttendanceLine>& lines) {
    if (m_attendance->GetNumberRows() > 0)
        m_attendance->DeleteRows(0, m_attendance->GetNumberRows());
    m_attendance->AppendRows(static_cast<int>(lines.size()));
    for (size_t i = 0; i < lines.size(); ++i) {
        const int row = static_cast<int>(i);
        m_attendance->SetCellValue(row, kCode, ToWx(lines[i].code));
        m_attendance->SetCellValue(row, kName, ToWx(lines[i].name));
        m_attendance->SetCellValue(row, kNote, ToWx(lines[i].note));
        for (int column = kCode; column <= kAbsent; ++column) {
            m_attendance->SetReadOnly(row, column);
            if (column >= kPresent)
                m_attendance->SetCellAlignment(row, column, wxALIGN_CENTRE, wxALIGN_CENTRE);
        }
        m_attendance->SetReadOnly(row, kNote, lines[i].noteLocked);
        if (lines[i].noteLocked) m_attendance->SetCellTextColour(row, kNote, Grey());
        ShowMark(i, lines[i].mark);
    }
}

void GroupMeetingDialog::ShowMark(size_t row, const std::string& mark) {
    const int r = static_cast<int>(row);
    for (int i = 0; i < kMarkColumns; ++i)
        m_attendance->SetCellValue(
            r, kPresent + i,
            mark == present::MarkText(kMarks[static_cast<size_t>(i)]) ? kChosen : wxString());
    m_attendance->ForceRefresh();
}

void GroupMeetingDialog::FocusAttendance(size_t row) {
    // The cursor moves now, so a key typed before the next idle round marks the next person;
    // focus and scrolling follow once the grid has handled the key.
    if (static_cast<int>(row) < m_attendance->GetNumberRows())
        m_attendance->SetGridCursor(static_cast<int>(row), kPresent);
    CallAfter([this, row] {
        if (static_cast<int>(row) >= m_attendance->GetNumberRows()) return;
        m_attendance->SetFocus();
        m_attendance->SetGridCursor(static_cast<int>(row), kPresent);
        m_attendance->MakeCellVisible(static_cast<int>(row), kPresent);
    });
}

void GroupMeetingDialog::ShowCheckinColumns(const std::string& title,
                                            const std::vector<present::CheckinColumn>& columns,
                                            const std::vector<std::string>& legend) {
    m_checkinTitle->SetLabel(ToWx("Check-in: " + title));
    m_items = columns.size();
    if (m_checkins->GetNumberCols() > 0) m_checkins->DeleteCols(0, m_checkins->GetNumberCols());
    m_checkins->AppendCols(static_cast<int>(columns.size()) + 2);
    m_checkins->SetColLabelValue(0, "Participant");
    m_checkins->SetColSize(0, FromDIP(170));
    for (size_t i = 0; i < columns.size(); ++i) {
        const int column = static_cast<int>(i) + 1;
        m_checkins->SetColLabelValue(column, ToWx(columns[i].heading));
        m_checkins->SetColSize(column, FromDIP(36));
    }
    const int check = static_cast<int>(columns.size()) + 1;
    m_checkins->SetColLabelValue(
        check, columns.empty() ? wxString() : ToWx("Answers " + columns[0].range));
    m_checkins->SetColSize(check, FromDIP(110));
    wxString text;
    for (const auto& line : legend) text += ToWx(line) + "\n";
    m_legend->SetLabel(text.Trim());
    m_legend->Wrap(FromDIP(520));
}

void GroupMeetingDialog::ShowCheckins(const std::vector<present::CheckinLine>& lines) {
    if (m_checkins->GetNumberRows() > 0) m_checkins->DeleteRows(0, m_checkins->GetNumberRows());
    m_checkins->AppendRows(static_cast<int>(lines.size()));
    m_lockedRows.clear();
    for (size_t i = 0; i < lines.size(); ++i) {
        const int row = static_cast<int>(i);
        m_checkins->SetCellValue(row, 0, ToWx(lines[i].label));
        m_checkins->SetReadOnly(row, 0);
        for (size_t item = 0; item < m_items; ++item) {
            const int column = static_cast<int>(item) + 1;
            if (item < lines[i].answers.size())
                m_checkins->SetCellValue(row, column, ToWx(lines[i].answers[item]));
            m_checkins->SetCellAlignment(row, column, wxALIGN_CENTRE, wxALIGN_CENTRE);
            m_checkins->SetReadOnly(row, column, lines[i].locked);
            if (lines[i].locked) m_checkins->SetCellTextColour(row, column, Grey());
        }
        const int check = static_cast<int>(m_items) + 1;
        m_checkins->SetReadOnly(row, check);
        m_checkins->SetCellTextColour(row, check, Grey());
        if (lines[i].locked) m_checkins->SetCellValue(row, check, "checked in");
        m_lockedRows.push_back(lines[i].locked);
    }
    m_checkins->ForceRefresh();
}

void GroupMeetingDialog::ShowCheckinAnswer(size_t row, size_t column, const std::string& text) {
    m_checkins->SetCellValue(static_cast<int>(row), static_cast<int>(column) + 1, ToWx(text));
}

void GroupMeetingDialog::ShowCheckinProblem(size_t row, const std::string& problem) {
    const int r = static_cast<int>(row);
    const int check = static_cast<int>(m_items) + 1;
    if (r >= m_checkins->GetNumberRows()) return;
    m_checkins->SetCellTextColour(r, check, problem.empty() ? Grey() : kRefused);
    m_checkins->SetCellValue(r, check, ToWx(problem));
    m_message->SetLabel(ToWx(problem));
    m_checkins->ForceRefresh();
}

void GroupMeetingDialog::FocusCheckin(size_t row, size_t column) {
    // As for attendance: the next digit must land in the next cell, however fast it comes.
    if (static_cast<int>(row) < m_checkins->GetNumberRows())
        m_checkins->SetGridCursor(static_cast<int>(row), static_cast<int>(column) + 1);
    CallAfter([this, row, column] {
        if (static_cast<int>(row) >= m_checkins->GetNumberRows()) return;
        m_checkins->SetFocus();
        m_checkins->SetGridCursor(static_cast<int>(row), static_cast<int>(column) + 1);
        m_checkins->MakeCellVisible(static_cast<int>(row), static_cast<int>(column) + 1);
    });
}

void GroupMeetingDialog::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    m_message->Wrap(FromDIP(1000));
    Layout();
}

void GroupMeetingDialog::Close() {
    m_closing = true;
    if (m_practiceWindow) {
        m_practiceWindow->Enable();
        m_practiceWindow->Raise();
    }
    Hide();
    Destroy();
}

bool GroupMeetingDialog::AskHomework(present::MeetingHomeworkForm& form,
                                     const std::vector<std::string>& templates,
                                     const std::string& heading, const std::string& problem) {
    GroupHomeworkDialog dialog(this, form, templates, heading, problem);
    return dialog.ShowModal() == wxID_OK;
}

void GroupMeetingDialog::Save() {
    present::MeetingInput input;
    input.date = IsoDay(m_date->GetValue());
    input.topic = m_topic->GetSelection() < 0 ? 0 : static_cast<size_t>(m_topic->GetSelection());
    input.freeTopic = FromWx(m_freeTopic->GetValue());
    input.groupNote = FromWx(m_groupNote->GetValue());
    if (m_attendance->IsCellEditControlShown()) m_attendance->SaveEditControlValue();
    if (m_checkins->IsCellEditControlShown()) m_checkins->SaveEditControlValue();
    m_presenter.OnSave(input);
}

void GroupMeetingDialog::OnAttendanceClick(wxGridEvent& event) {
    const int column = event.GetCol();
    if (column >= kPresent && column <= kAbsent) {
        m_presenter.OnMark(static_cast<size_t>(event.GetRow()),
                           kMarks[static_cast<size_t>(column - kPresent)]);
        m_attendance->SetGridCursor(event.GetRow(), column);
        return;
    }
    event.Skip();
}

bool GroupMeetingDialog::AttendanceKey(wxKeyEvent& event) {
    const int row = m_attendance->GetGridCursorRow();
    if (row < 0 || m_attendance->GetGridCursorCol() == kNote) return false;
    const int key = event.GetKeyCode();
    if (key > 127 || event.HasAnyModifiers()) return false;
    return m_presenter.OnMarkKey(static_cast<size_t>(row), static_cast<char>(key));
}

bool GroupMeetingDialog::CheckinKey(wxKeyEvent& event) {
    const int row = m_checkins->GetGridCursorRow();
    const int column = m_checkins->GetGridCursorCol();
    if (row < 0 || column < 1 || static_cast<size_t>(column) > m_items ||
        static_cast<size_t>(row) >= m_lockedRows.size() || m_lockedRows[static_cast<size_t>(row)])
        return false;
    const int key = event.GetKeyCode();
    int digit = -1;
    if (key >= '0' && key <= '9') digit = key - '0';
    if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9) digit = key - WXK_NUMPAD0;
    if (digit >= 0) {
        m_presenter.OnCheckinDigit(static_cast<size_t>(row), static_cast<size_t>(column - 1),
                                   digit);
        return true;
    }
    if (key == WXK_BACK || key == WXK_DELETE) {
        m_presenter.OnCheckinEntered(static_cast<size_t>(row), static_cast<size_t>(column - 1), "");
        return true;
    }
    if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
        m_presenter.OnCheckinCommit();
        return true;
    }
    return false;
}

void GroupMeetingDialog::OnCharHook(wxKeyEvent& event) {
    wxWindow* focus = wxWindow::FindFocus();
    const auto inside = [focus](wxGrid* grid) {
        return focus && (focus == grid || grid->IsDescendant(focus)) &&
               !grid->IsCellEditControlShown();
    };
    if (inside(m_attendance) && AttendanceKey(event)) return;
    if (inside(m_checkins) && CheckinKey(event)) return;
    event.Skip();
}

}  // namespace securebase::ui

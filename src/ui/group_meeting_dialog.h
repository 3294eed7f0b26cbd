#pragma once

#include <wx/dialog.h>

#include <functional>
#include <optional>
#include <vector>

#include "present/group_meeting_presenter.h"
#include "present/group_meeting_view.h"
#include "service/vault_session.h"

class wxChoice;
class wxDatePickerCtrl;
class wxGrid;
class wxGridEvent;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// The meeting screen: date and topic with the curriculum's outline for the facilitator, the
// attendance grid (P, L, E, A or a click in a mark column; a short note per participant for
// their own chart), the check-in grid (digits answer and move on, two keys for 10), and the
// group note. Save writes it all; Cancel writes nothing.
class GroupMeetingDialog : public wxDialog, public present::GroupMeetingView {
public:
    GroupMeetingDialog(wxWindow* practiceWindow, service::VaultSession& session, Id groupId,
                       std::optional<Id> meetingId, std::function<void()> closed);

    // Loads the meeting and shows the screen; throws Error (and destroys the dialog) when the
    // group or meeting cannot be read.
    void Begin();

    void ShowHeading(const std::string& title, const std::string& subtitle) override;
    void ShowDetails(const present::MeetingDetails& details) override;
    void ShowOutline(const std::string& outline) override;
    void ShowAttendance(const std::vector<present::AttendanceLine>& lines) override;
    void ShowMark(size_t row, const std::string& mark) override;
    void FocusAttendance(size_t row) override;
    void ShowCheckinColumns(const std::string& title,
                            const std::vector<present::CheckinColumn>& columns,
                            const std::vector<std::string>& legend) override;
    void ShowCheckins(const std::vector<present::CheckinLine>& lines) override;
    void ShowCheckinAnswer(size_t row, size_t column, const std::string& text) override;
    void ShowCheckinProblem(size_t row, const std::string& problem) override;
    void FocusCheckin(size_t row, size_t column) override;
    void ShowMessage(const std::string& message) override;
    void Close() override;
    bool AskHomework(present::MeetingHomeworkForm& form, const std::vector<std::string>& templates,
                     const std::string& heading, const std::string& problem) override;

private:
    void OnCharHook(wxKeyEvent& event);
    bool AttendanceKey(wxKeyEvent& event);
    bool CheckinKey(wxKeyEvent& event);
    void OnAttendanceClick(wxGridEvent& event);
    void Save();

    wxWindow* m_practiceWindow;
    present::GroupMeetingPresenter m_presenter;
    wxStaticText* m_title = nullptr;
    wxStaticText* m_subtitle = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxChoice* m_topic = nullptr;
    wxTextCtrl* m_freeTopic = nullptr;
    wxStaticText* m_outline = nullptr;
    wxGrid* m_attendance = nullptr;
    wxStaticText* m_checkinTitle = nullptr;
    wxGrid* m_checkins = nullptr;
    wxStaticText* m_legend = nullptr;
    wxTextCtrl* m_groupNote = nullptr;
    wxStaticText* m_message = nullptr;
    size_t m_items = 0;
    std::vector<bool> m_lockedRows;
    bool m_closing = false;
};

}  // namespace securebase::ui

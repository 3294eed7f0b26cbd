#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

#include "present/group_meeting_view.h"

class wxChoice;
class wxTextCtrl;

namespace securebase::ui {

// A meeting's homework for those who came: the exercise, every day or once until the next
// meeting, and the words for everyone.
class GroupHomeworkDialog : public wxDialog {
public:
    GroupHomeworkDialog(wxWindow* parent, present::MeetingHomeworkForm& form,
                        const std::vector<std::string>& templates, const std::string& heading,
                        const std::string& problem);

    bool TransferDataFromWindow() override;

private:
    present::MeetingHomeworkForm& m_form;
    wxChoice* m_template = nullptr;
    wxChoice* m_recurrence = nullptr;
    wxTextCtrl* m_instructions = nullptr;
};

}  // namespace securebase::ui

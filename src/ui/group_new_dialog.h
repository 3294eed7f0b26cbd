#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

#include "present/group_view.h"

class wxChoice;
class wxDatePickerCtrl;
class wxSpinCtrl;
class wxTextCtrl;

namespace securebase::ui {

// New group: name, kind, when it meets, how many it takes, where, who runs it, and the
// curriculum it follows. Fills the form on OK; the presenter checks it.
class GroupNewDialog : public wxDialog {
public:
    GroupNewDialog(wxWindow* parent, present::GroupForm& form,
                   const std::vector<std::string>& curricula, const std::string& problem);

    bool TransferDataFromWindow() override;

private:
    present::GroupForm& m_form;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_kind = nullptr;
    wxChoice* m_weekday = nullptr;
    wxTextCtrl* m_startTime = nullptr;
    wxSpinCtrl* m_duration = nullptr;
    wxDatePickerCtrl* m_startsOn = nullptr;
    wxSpinCtrl* m_meetings = nullptr;
    wxSpinCtrl* m_capacity = nullptr;
    wxTextCtrl* m_location = nullptr;
    wxTextCtrl* m_facilitators = nullptr;
    wxChoice* m_curriculum = nullptr;
};

}  // namespace securebase::ui

#pragma once

#include <wx/dialog.h>

#include <string>

#include "present/group_view.h"

class wxDatePickerCtrl;
class wxTextCtrl;

namespace securebase::ui {

// A participant leaves the group: on which day and why.
class GroupLeaveDialog : public wxDialog {
public:
    GroupLeaveDialog(wxWindow* parent, present::LeaveForm& form, const std::string& who,
                     const std::string& problem);

    bool TransferDataFromWindow() override;

private:
    present::LeaveForm& m_form;
    wxDatePickerCtrl* m_date = nullptr;
    wxTextCtrl* m_reason = nullptr;
};

}  // namespace securebase::ui

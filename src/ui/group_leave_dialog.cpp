#include "ui/group_leave_dialog.h"

#include <wx/datectrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/group_form_layout.h"
#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {

GroupLeaveDialog::GroupLeaveDialog(wxWindow* parent, present::LeaveForm& form,
                                   const std::string& who, const std::string& problem)
    : wxDialog(parent, wxID_ANY, "Leave the group", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "leave_dialog"),
      m_form(form) {
    GroupFormLayout layout(this, problem);
    layout.Row("Participant", new wxStaticText(this, wxID_ANY, ToWx(who)));
    m_date = layout.Date("Left on", form.date, "leave_date");
    m_reason = new wxTextCtrl(this, wxID_ANY, ToWx(form.reason), wxDefaultPosition,
                              FromDIP(wxSize(320, 70)), wxTE_MULTILINE, wxDefaultValidator,
                              "leave_reason");
    m_reason->SetHint("Why they left, in a few words");
    layout.Row("Reason", m_reason, 1);
    layout.Finish("Leave");
}

bool GroupLeaveDialog::TransferDataFromWindow() {
    m_form.date = IsoDay(m_date->GetValue());
    m_form.reason = FromWx(m_reason->GetValue());
    return true;
}

}  // namespace securebase::ui

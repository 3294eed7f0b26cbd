#include "ui/group_homework_dialog.h"

#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/group_form_layout.h"
#include "ui/wx_string.h"

namespace securebase::ui {

GroupHomeworkDialog::GroupHomeworkDialog(wxWindow* parent, present::MeetingHomeworkForm& form,
                                         const std::vector<std::string>& templates,
                                         const std::string& heading, const std::string& problem)
    : wxDialog(parent, wxID_ANY, "Homework for those present", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "meeting_homework"),
      m_form(form) {
    GroupFormLayout layout(this, problem);
    layout.Row("Who", new wxStaticText(this, wxID_ANY, ToWx(heading)));
    m_template = layout.Choice("Exercise", templates, static_cast<int>(form.templateIndex),
                               "homework_template");
    m_recurrence =
        layout.Choice("When", {"Every day until the next meeting", "Once, by the next meeting"},
                      form.daily ? 0 : 1, "homework_recurrence");
    m_instructions = new wxTextCtrl(this, wxID_ANY, ToWx(form.instructions), wxDefaultPosition,
                                    FromDIP(wxSize(320, 70)), wxTE_MULTILINE, wxDefaultValidator,
                                    "homework_instructions");
    m_instructions->SetHint("What you said to the group about it, if anything");
    layout.Row("Instructions", m_instructions, 1);
    layout.Finish("Assign");
}

bool GroupHomeworkDialog::TransferDataFromWindow() {
    const int chosen = m_template->GetSelection();
    m_form.templateIndex = chosen < 0 ? 0 : static_cast<size_t>(chosen);
    m_form.daily = m_recurrence->GetSelection() != 1;
    m_form.instructions = FromWx(m_instructions->GetValue());
    return true;
}

}  // namespace securebase::ui

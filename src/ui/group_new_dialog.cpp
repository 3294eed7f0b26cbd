#include "ui/group_new_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/group_form_layout.h"
#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {

GroupNewDialog::GroupNewDialog(wxWindow* parent, present::GroupForm& form,
                               const std::vector<std::string>& curricula,
                               const std::string& problem)
    : wxDialog(parent, wxID_ANY, "New group", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "new_group_dialog"),
      m_form(form) {
    GroupFormLayout layout(this, problem);
    m_name = layout.Text("Name", form.name, "group_name");
    m_kind = layout.Choice("Kind", {"Support group", "Psychoeducation", "Therapy group"}, form.kind,
                           "group_kind");
    m_weekday = layout.Choice(
        "Meets on", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
        form.weekday, "group_weekday");
    m_startTime = layout.Text("Starts at", form.startTime, "group_start_time");
    m_duration = layout.Number("Minutes", form.duration, 1, 600, "group_duration");
    m_startsOn = layout.Date("First meeting", form.startsOn, "group_starts_on");
    m_meetings = layout.Number("Meetings", form.meetings, 1, 520, "group_meetings");
    m_capacity = layout.Number("Places", form.capacity, 1, 200, "group_capacity");
    m_location = layout.Text("Room or link", form.location, "group_location");
    m_facilitators = layout.Text("Facilitators", form.facilitators, "group_facilitators");
    m_facilitators->SetHint("Names separated by commas");
    std::vector<std::string> choices{"None"};
    choices.insert(choices.end(), curricula.begin(), curricula.end());
    m_curriculum = layout.Choice("Curriculum", choices, form.curriculum, "group_curriculum");
    layout.Finish(ToWx("Create group"));
}

bool GroupNewDialog::TransferDataFromWindow() {
    m_form.name = FromWx(m_name->GetValue());
    m_form.kind = m_kind->GetSelection();
    m_form.weekday = m_weekday->GetSelection();
    m_form.startTime = FromWx(m_startTime->GetValue());
    m_form.duration = m_duration->GetValue();
    m_form.startsOn = IsoDay(m_startsOn->GetValue());
    m_form.meetings = m_meetings->GetValue();
    m_form.capacity = m_capacity->GetValue();
    m_form.location = FromWx(m_location->GetValue());
    m_form.facilitators = FromWx(m_facilitators->GetValue());
    m_form.curriculum = m_curriculum->GetSelection();
    return true;
}

}  // namespace securebase::ui

#include "ui/homework_assign_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

const std::array<const char*, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

wxStaticText* Label(wxWindow* parent, const wxString& text) {
    return new wxStaticText(parent, wxID_ANY, text);
}

}  // namespace

HomeworkAssignDialog::HomeworkAssignDialog(wxWindow* parent, service::Homework& homework,
                                           Id clientId, Done done)
    : HomeworkDialog(parent, "Assign homework", "assign_homework", std::move(done)),
      m_presenter(*this, homework, clientId) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxWindow* field) {
        grid->Add(Label(this, label), wxSizerFlags().CentreVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };

    m_templates = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                               wxDefaultValidator, "template");
    row("Exercise", m_templates);
    m_purpose = new wxStaticText(this, wxID_ANY, "");
    m_purpose->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    grid->AddSpacer(0);
    grid->Add(m_purpose, wxSizerFlags().Expand());

    m_instructions = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(420, 70)),
                                    wxTE_MULTILINE, wxDefaultValidator, "instructions");
    m_instructions->SetHint("Anything you agreed with the client, in addition to the exercise");
    grid->Add(Label(this, "Your instructions"), wxSizerFlags());
    grid->Add(m_instructions, wxSizerFlags().Expand());

    m_start =
        new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "start");
    row("Starts", m_start);

    m_recurrence = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                wxDefaultValidator, "recurrence");
    m_recurrence->Append("Once, by the due date");
    m_recurrence->Append("Every day");
    m_recurrence->Append("On chosen days of the week");
    m_recurrence->Append("Once a week");
    m_recurrence->SetSelection(static_cast<int>(present::RecurrenceChoice::Daily));
    row("How often", m_recurrence);

    auto* days = new wxBoxSizer(wxHORIZONTAL);
    for (size_t i = 0; i < m_weekdays.size(); ++i) {
        m_weekdays[i] = new wxCheckBox(this, wxID_ANY, kDays[i], wxDefaultPosition, wxDefaultSize,
                                       0, wxDefaultValidator, wxString("day_") + kDays[i]);
        days->Add(m_weekdays[i], wxSizerFlags().Border(wxRIGHT, 6));
    }
    grid->Add(Label(this, "On"), wxSizerFlags().CentreVertical());
    grid->Add(days);

    m_weeklyOn = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                              wxDefaultValidator, "weekly_on");
    for (const char* day : kDays) m_weeklyOn->Append(day);
    m_weeklyOn->SetSelection(0);
    row("Planned for", m_weeklyOn);

    auto* due = new wxBoxSizer(wxHORIZONTAL);
    m_hasDue = new wxCheckBox(this, wxID_ANY, "Until", wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "has_due");
    m_due =
        new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "due");
    m_due->Disable();
    due->Add(m_hasDue, wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
    due->Add(m_due);
    grid->Add(Label(this, "Due / last day"), wxSizerFlags().CentreVertical());
    grid->Add(due);

    m_goal = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                          wxDefaultValidator, "goal");
    auto* goalRow = new wxBoxSizer(wxHORIZONTAL);
    goalRow->Add(m_goal, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, 8));
    auto* newGoal = new wxButton(this, wxID_ANY, ToWx("New goal…"), wxDefaultPosition,
                                 wxDefaultSize, 0, wxDefaultValidator, "new_goal");
    goalRow->Add(newGoal, wxSizerFlags().CentreVertical());
    grid->Add(Label(this, "Treatment goal"), wxSizerFlags().CentreVertical());
    grid->Add(goalRow, wxSizerFlags().Expand());
    newGoal->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnNewGoal(); });
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, 16));

    m_error =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "assign_error");
    m_error->SetForegroundColour(wxColour(170, 30, 30));
    sizer->Add(m_error, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 16));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* assign = new wxButton(this, wxID_OK, "Assign", wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "assign_ok");
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, "Cancel"), wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(assign);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 16));
    SetSizerAndFit(sizer);
    assign->SetDefault();

    m_templates->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_presenter.OnTemplateChosen(Form().templateIndex);
        Layout();
    });
    m_recurrence->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const bool once = Form().recurrence == present::RecurrenceChoice::Once;
        if (once) m_hasDue->SetValue(true);
        m_hasDue->Enable(!once);
        m_due->Enable(m_hasDue->GetValue());
        m_presenter.OnRecurrenceChosen(Form().recurrence);
    });
    m_hasDue->Bind(wxEVT_CHECKBOX,
                   [this](wxCommandEvent&) { m_due->Enable(m_hasDue->GetValue()); });
    assign->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnAssign(); });

    m_presenter.Start();
}

void HomeworkAssignDialog::ShowTemplates(const std::vector<std::string>& titles) {
    m_templates->Clear();
    for (const auto& title : titles) m_templates->Append(ToWx(title));
    if (!titles.empty()) m_templates->SetSelection(0);
}

void HomeworkAssignDialog::ShowPurpose(const std::string& purpose) {
    m_purpose->SetLabel(ToWx(purpose));
    m_purpose->Wrap(FromDIP(420));
    Fit();
}

void HomeworkAssignDialog::SelectGoal(size_t index) {
    m_goal->SetSelection(static_cast<int>(index) + 1);  // after "(none)"
}

std::optional<std::string> HomeworkAssignDialog::AskGoalTitle() {
    wxTextEntryDialog ask(
        this, "What the client is working toward, in a few words:", "New treatment goal");
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return FromWx(ask.GetValue());
}

void HomeworkAssignDialog::ShowGoals(const std::vector<std::string>& titles) {
    m_goal->Clear();
    m_goal->Append(titles.empty() ? "(no goals recorded)" : "(none)");
    for (const auto& title : titles) m_goal->Append(ToWx(title));
    m_goal->SetSelection(0);
    m_goal->Enable(!titles.empty());
}

void HomeworkAssignDialog::ShowStart(const std::string& isoDate) {
    m_start->SetValue(FromIsoDay(isoDate));
    m_due->SetValue(FromIsoDay(isoDate));
}

void HomeworkAssignDialog::EnableRecurrenceParts(bool weekdays, bool weeklyOn) {
    for (auto* day : m_weekdays) day->Enable(weekdays);
    m_weeklyOn->Enable(weeklyOn);
}

present::AssignForm HomeworkAssignDialog::Form() const {
    present::AssignForm form;
    if (m_templates->GetSelection() != wxNOT_FOUND)
        form.templateIndex = static_cast<size_t>(m_templates->GetSelection());
    form.instructions = FromWx(m_instructions->GetValue());
    form.start = IsoDay(m_start->GetValue());
    // A one-off piece of work always has a due date.
    const bool once = m_recurrence->GetSelection() == 0;
    if (m_hasDue->GetValue() || once) form.due = IsoDay(m_due->GetValue());
    form.recurrence = static_cast<present::RecurrenceChoice>(m_recurrence->GetSelection());
    for (size_t i = 0; i < m_weekdays.size(); ++i) form.weekdays[i] = m_weekdays[i]->GetValue();
    form.weeklyOn = static_cast<size_t>(std::max(0, m_weeklyOn->GetSelection()));
    if (m_goal->GetSelection() > 0)
        form.goalIndex = static_cast<size_t>(m_goal->GetSelection() - 1);
    return form;
}

void HomeworkAssignDialog::ShowError(const std::string& message) {
    m_error->SetLabel(ToWx(message));
    m_error->Wrap(FromDIP(480));
    Fit();
}

void HomeworkAssignDialog::Close(Id assignmentId) { Finish(assignmentId); }

}  // namespace securebase::ui

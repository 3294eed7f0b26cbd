#pragma once

#include <array>

#include "present/homework_assign_presenter.h"
#include "present/homework_assign_view.h"
#include "ui/homework_dialog.h"

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// Assign an exercise: template, instructions, start, due date or recurrence, optional goal.
class HomeworkAssignDialog : public HomeworkDialog, public present::HomeworkAssignView {
public:
    HomeworkAssignDialog(wxWindow* parent, service::Homework& homework, Id clientId, Done done);

    void ShowTemplates(const std::vector<std::string>& titles) override;
    void ShowPurpose(const std::string& purpose) override;
    void ShowGoals(const std::vector<std::string>& titles) override;
    void SelectGoal(size_t index) override;
    std::optional<std::string> AskGoalTitle() override;
    void ShowStart(const std::string& isoDate) override;
    void EnableRecurrenceParts(bool weekdays, bool weeklyOn) override;
    present::AssignForm Form() const override;
    void ShowError(const std::string& message) override;
    void Close(Id assignmentId) override;

private:
    wxChoice* m_templates = nullptr;
    wxStaticText* m_purpose = nullptr;
    wxTextCtrl* m_instructions = nullptr;
    wxDatePickerCtrl* m_start = nullptr;
    wxChoice* m_recurrence = nullptr;
    std::array<wxCheckBox*, 7> m_weekdays{};
    wxChoice* m_weeklyOn = nullptr;
    wxCheckBox* m_hasDue = nullptr;
    wxDatePickerCtrl* m_due = nullptr;
    wxChoice* m_goal = nullptr;
    wxStaticText* m_error = nullptr;
    present::HomeworkAssignPresenter m_presenter;
};

}  // namespace securebase::ui

#pragma once

#include <functional>
#include <vector>

#include "present/homework_assign_view.h"
#include "service/homework.h"

namespace securebase::present {

// Assigning a template to a client: which exercise, the practitioner's instructions, when work
// is expected, and the treatment goal it serves.
class HomeworkAssignPresenter {
public:
    HomeworkAssignPresenter(HomeworkAssignView& view, service::Homework& homework, Id clientId,
                            std::function<Date()> today = Today);

    void Start();
    void OnTemplateChosen(std::optional<size_t> index);
    void OnRecurrenceChosen(RecurrenceChoice choice);
    // Records a new treatment goal for the client and links the assignment to it.
    void OnNewGoal();
    void OnAssign();

private:
    HomeworkAssignView& m_view;
    service::Homework& m_homework;
    Id m_clientId;
    std::function<Date()> m_today;
    std::vector<homework::HomeworkTemplate> m_templates;
    std::vector<Goal> m_goals;

    void ShowGoals();
};

}  // namespace securebase::present

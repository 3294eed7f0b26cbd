#include "present/homework_assign_presenter.h"

#include "homework/problem.h"

namespace securebase::present {
namespace {

Recurrence RecurrenceOf(const AssignForm& form) {
    Recurrence recurrence;
    switch (form.recurrence) {
        case RecurrenceChoice::Once:
            recurrence.kind = RecurrenceKind::Once;
            break;
        case RecurrenceChoice::Daily:
            recurrence.kind = RecurrenceKind::Daily;
            break;
        case RecurrenceChoice::Weekdays:
            recurrence.kind = RecurrenceKind::Weekdays;
            for (unsigned i = 0; i < form.weekdays.size(); ++i)
                if (form.weekdays[i])
                    recurrence.weekdays.push_back(std::chrono::weekday{(i + 1) % 7});
            break;
        case RecurrenceChoice::Weekly:
            recurrence.kind = RecurrenceKind::Weekly;
            recurrence.weeklyOn =
                std::chrono::weekday{static_cast<unsigned>(form.weeklyOn + 1) % 7};
            break;
    }
    return recurrence;
}

}  // namespace

HomeworkAssignPresenter::HomeworkAssignPresenter(HomeworkAssignView& view,
                                                 service::Homework& homework, Id clientId,
                                                 std::function<Date()> today)
    : m_view(view), m_homework(homework), m_clientId(clientId), m_today(std::move(today)) {}

void HomeworkAssignPresenter::Start() {
    try {
        m_templates = m_homework.Templates().templates;
        m_goals.clear();
        for (auto& goal : m_homework.Goals(m_clientId))
            if (goal.status == GoalStatus::Active) m_goals.push_back(std::move(goal));
    } catch (const Error& error) {
        m_view.ShowError(error.what());
    }
    std::vector<std::string> titles;
    for (const auto& homeworkTemplate : m_templates) titles.push_back(homeworkTemplate.title);
    m_view.ShowTemplates(titles);
    ShowGoals();
    m_view.ShowStart(FormatDate(m_today()));
    OnTemplateChosen(m_templates.empty() ? std::nullopt : std::optional<size_t>(0));
    OnRecurrenceChosen(m_view.Form().recurrence);
}

void HomeworkAssignPresenter::ShowGoals() {
    std::vector<std::string> titles;
    for (const auto& goal : m_goals) titles.push_back(goal.title);
    m_view.ShowGoals(titles);
}

void HomeworkAssignPresenter::OnNewGoal() {
    const auto title = m_view.AskGoalTitle();
    if (!title) return;
    try {
        m_goals.push_back(m_homework.AddGoal(m_clientId, *title));
    } catch (const Error& error) {
        m_view.ShowError(error.what());
        return;
    }
    ShowGoals();
    m_view.SelectGoal(m_goals.size() - 1);
}

void HomeworkAssignPresenter::OnTemplateChosen(std::optional<size_t> index) {
    m_view.ShowPurpose(index && *index < m_templates.size() ? m_templates[*index].purpose : "");
}

void HomeworkAssignPresenter::OnRecurrenceChosen(RecurrenceChoice choice) {
    m_view.EnableRecurrenceParts(choice == RecurrenceChoice::Weekdays,
                                 choice == RecurrenceChoice::Weekly);
}

void HomeworkAssignPresenter::OnAssign() {
    const AssignForm form = m_view.Form();
    if (!form.templateIndex || *form.templateIndex >= m_templates.size()) {
        m_view.ShowError("Choose the exercise to assign.");
        return;
    }
    service::AssignRequest request;
    request.clientId = m_clientId;
    request.templateId = m_templates[*form.templateIndex].id;
    request.instructions = form.instructions;
    const auto start = ParseDate(form.start);
    if (!start) {
        m_view.ShowError("The start is not a date; use the calendar to pick one.");
        return;
    }
    request.schedule.start = *start;
    if (!form.due.empty()) {
        request.schedule.due = ParseDate(form.due);
        if (!request.schedule.due) {
            m_view.ShowError("The due date is not a date; pick one or leave it empty.");
            return;
        }
    }
    request.schedule.recurrence = RecurrenceOf(form);
    if (form.goalIndex && *form.goalIndex < m_goals.size())
        request.goalId = m_goals[*form.goalIndex].id;
    try {
        m_view.Close(m_homework.Assign(request).id);
    } catch (const homework::ProblemsError& error) {
        std::string message;
        for (const auto& problem : error.Problems()) {
            const std::string field = problem.path.rfind("recurrence", 0) == 0 ? "The days"
                                      : problem.path == "due"                  ? "The due date"
                                      : problem.path == "start"                ? "The start"
                                                                               : problem.path;
            message += (message.empty() ? "" : "\n") + field + " " + problem.message + ".";
        }
        m_view.ShowError(message);
    } catch (const Error& error) {
        m_view.ShowError(error.what());
    }
}

}  // namespace securebase::present

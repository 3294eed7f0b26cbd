#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "homework_fakes.h"
#include "present/homework_assign_presenter.h"
#include "present/homework_entry_presenter.h"
#include "present/homework_text.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;
namespace data = boost::unit_test::data;

BOOST_TEST_DONT_PRINT_LOG_VALUE(present::RecurrenceChoice)

namespace {

struct EntryForm {
    TestVault vault;
    Client client = vault.Admit("Odile", "Brannagh");
    service::Homework& homework = vault.session->Homework();
    FakeHomeworkEntryView view;
    Id assignmentId;
    std::optional<present::HomeworkEntryPresenter> presenter;

    explicit EntryForm(const std::string& templateId) {
        service::AssignRequest request;
        request.clientId = client.id;
        request.templateId = templateId;
        request.instructions = "After each evening call";
        request.schedule.start = DaysAgo(5);
        assignmentId = homework.Assign(request).id;
        presenter.emplace(view, homework, assignmentId);
        presenter->Start();
    }
    const present::EntryFieldForm* Field(const std::string& key) const {
        for (const auto& field : view.fields)
            if (field.key == key) return &field;
        return nullptr;
    }
    size_t Saved() { return homework.Entries(assignmentId).size(); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(homework_entry_form)

BOOST_AUTO_TEST_CASE(the_form_has_every_field_of_the_template_with_its_anchors_and_options) {
    EntryForm form("trigger_log");
    BOOST_TEST(form.view.title == "Trigger log");
    BOOST_TEST(form.view.instructions.find("After each evening call") != std::string::npos);
    BOOST_TEST(form.view.fields.size() == form.presenter->Template().fields.size());
    BOOST_TEST(form.view.input.writtenOn == FormatDate(Today()));
    const auto* intensity = form.Field("intensity_before");
    BOOST_REQUIRE(intensity);
    BOOST_TEST((intensity->type == homework::FieldType::Rating));
    BOOST_TEST(intensity->required);
    BOOST_TEST(!intensity->lowAnchor.empty());
    BOOST_TEST(!intensity->highAnchor.empty());
    const auto* emotions = form.Field("emotions");
    BOOST_REQUIRE(emotions);
    BOOST_TEST(emotions->options.front() == "Anxious or afraid");
}

BOOST_DATA_TEST_CASE(a_bad_answer_is_shown_beside_its_field_and_nothing_is_saved,
                     data::make({"intensity_before", "intensity_before", "time", "emotions"}) ^
                         data::make({"11", "seven", "25:99", "Bored"}),
                     key, answer) {
    EntryForm form("trigger_log");
    form.view.input.answers = {{"situation", "Waiting for a reply"},
                               {"trigger", "A short message"},
                               {"emotions", "Sad"},
                               {"intensity_before", "6"}};
    form.view.input.answers[key] = answer;
    form.presenter->OnSave();
    BOOST_TEST(!form.view.closed);
    BOOST_TEST(form.view.problems.count(key) == 1u);
    BOOST_TEST(form.view.problems.size() == 1u);
    BOOST_TEST(form.view.error == "Nothing was saved: correct the marked fields.");
    BOOST_TEST(form.Saved() == 0u);
}

BOOST_AUTO_TEST_CASE(every_required_field_left_blank_is_marked_at_once) {
    EntryForm form("trigger_log");
    form.presenter->OnSave();
    BOOST_TEST(!form.view.closed);
    for (const char* key : {"situation", "trigger", "emotions", "intensity_before"})
        BOOST_TEST(form.view.problems.count(key) == 1u, key);
    BOOST_TEST(form.view.problems.count("intensity_after") == 0u);
}

BOOST_AUTO_TEST_CASE(a_back_dated_entry_is_saved_on_the_day_it_was_written) {
    EntryForm form("trigger_log");
    form.view.input.writtenOn = FormatDate(DaysAgo(3));
    form.view.input.answers = {{"time", "21:15"},
                               {"situation", "Waiting for a reply"},
                               {"trigger", "A short message"},
                               {"emotions", "Anxious or afraid\nangry"},
                               {"intensity_before", "7"},
                               {"intensity_after", "4"}};
    form.view.input.freeText = "  Tried the breathing card  ";
    form.presenter->OnSave();
    BOOST_REQUIRE_MESSAGE(form.view.closed, form.view.error);
    const auto entries = form.homework.Entries(form.assignmentId);
    BOOST_REQUIRE(entries.size() == 1u);
    BOOST_TEST(FormatDate(entries[0].writtenOn) == FormatDate(DaysAgo(3)));
    BOOST_TEST(std::get<std::int64_t>(entries[0].values.at("intensity_before")) == 7);
    BOOST_TEST((std::get<std::vector<std::string>>(entries[0].values.at("emotions")) ==
                std::vector<std::string>{"anxious", "angry"}));
    BOOST_TEST((std::get<TimeOfDay>(entries[0].values.at("time")).sinceMidnight ==
                std::chrono::minutes{21 * 60 + 15}));
    BOOST_TEST(entries[0].freeText == "Tried the breathing card");
}

BOOST_DATA_TEST_CASE(a_day_the_entry_cannot_have_is_shown_beside_the_date, data::make({-1, 9}),
                     daysAgo) {
    EntryForm form("gratitude_journal");
    form.view.input.writtenOn = FormatDate(DaysAgo(daysAgo));
    form.view.input.answers = {{"three_things", "Warm tea\nA kind word\nSun"},
                               {"relationship", "My sister called"},
                               {"mood", "6"}};
    form.presenter->OnSave();
    BOOST_TEST(!form.view.closed);
    BOOST_TEST(form.view.problems.count(present::kWrittenOnKey) == 1u);
    BOOST_TEST(form.Saved() == 0u);
}

BOOST_AUTO_TEST_CASE(steps_are_typed_one_row_a_line_with_cells_between_bars) {
    EntryForm form("vulnerability_ladder");
    const auto* ladder = form.Field("ladder");
    BOOST_REQUIRE(ladder);
    BOOST_TEST(ladder->columns.front() == "What I will share");
    form.view.input.answers = {
        {"trusted_person", "A friend from choir"},
        {"ladder", "That I was nervous today | 3 | yes | 4 | 2\nAn old worry | 6 | no"}};
    form.presenter->OnSave();
    BOOST_REQUIRE_MESSAGE(form.view.closed, form.view.error);
    const auto entries = form.homework.Entries(form.assignmentId);
    BOOST_REQUIRE(entries.size() == 1u);
    const auto& rows = std::get<StepRows>(entries[0].values.at("ladder"));
    BOOST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(std::get<std::int64_t>(rows[0].at("anxiety_after")) == 2);
    BOOST_TEST(std::get<bool>(rows[1].at("done")) == false);
    BOOST_TEST(rows[1].count("anxiety_before") == 0u);
}

BOOST_AUTO_TEST_CASE(a_bad_step_cell_is_shown_beside_the_steps_field_with_its_row) {
    EntryForm form("vulnerability_ladder");
    form.view.input.answers = {{"trusted_person", "A friend from choir"},
                               {"ladder", "Something small | 3\nSomething deeper | 12"}};
    form.presenter->OnSave();
    BOOST_TEST(!form.view.closed);
    BOOST_REQUIRE(form.view.problems.count("ladder") == 1u);
    BOOST_TEST(form.view.problems.at("ladder").find("ladder[2]") == 0u,
               form.view.problems.at("ladder"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(homework_assign_dialog)

BOOST_DATA_TEST_CASE(only_the_parts_of_the_chosen_recurrence_are_enabled,
                     data::make({present::RecurrenceChoice::Once, present::RecurrenceChoice::Daily,
                                 present::RecurrenceChoice::Weekdays,
                                 present::RecurrenceChoice::Weekly}) ^
                         data::make({false, false, true, false}) ^
                         data::make({false, false, false, true}),
                     choice, weekdays, weeklyOn) {
    TestVault vault;
    const Client client = vault.Admit("Ines", "Abernathy");
    FakeHomeworkAssignView view;
    present::HomeworkAssignPresenter presenter(view, vault.session->Homework(), client.id);
    presenter.Start();
    presenter.OnRecurrenceChosen(choice);
    BOOST_TEST(view.weekdaysEnabled == weekdays);
    BOOST_TEST(view.weeklyOnEnabled == weeklyOn);
}

BOOST_AUTO_TEST_CASE(the_dialog_offers_every_template_and_starts_today_with_its_purpose) {
    TestVault vault;
    const Client client = vault.Admit("Ines", "Abernathy");
    FakeHomeworkAssignView view;
    present::HomeworkAssignPresenter presenter(view, vault.session->Homework(), client.id);
    presenter.Start();
    BOOST_TEST(view.templates.size() >= 11u);
    BOOST_TEST(view.IndexOf("Trigger log").has_value());
    BOOST_TEST(view.start == FormatDate(Today()));
    BOOST_TEST(!view.purpose.empty());
    BOOST_TEST(view.goals.empty());
}

BOOST_AUTO_TEST_CASE(chosen_weekdays_and_a_goal_are_assigned_as_chosen) {
    TestVault vault;
    const Client client = vault.Admit("Ines", "Abernathy");
    auto& homework = vault.session->Homework();
    const Goal goal = homework.AddGoal(client.id, "Ask for support once a week");
    FakeHomeworkAssignView view;
    present::HomeworkAssignPresenter presenter(view, homework, client.id);
    presenter.Start();
    BOOST_REQUIRE(view.goals.size() == 1u);
    view.form.templateIndex = view.IndexOf("Small wins");
    view.form.recurrence = present::RecurrenceChoice::Weekdays;
    view.form.weekdays = {false, false, true, false, true, false, false};  // Wed, Fri
    view.form.goalIndex = 0;
    view.form.instructions = "Two lines are enough";
    presenter.OnAssign();
    BOOST_REQUIRE_MESSAGE(view.closed, view.error);
    const auto assignment = homework.GetAssignment(*view.closed).assignment;
    BOOST_TEST(present::ScheduleText(assignment.schedule) ==
               "Wed, Fri from " + present::DayText(Today()));
    BOOST_TEST((assignment.goalId == std::optional<Id>(goal.id)));
    BOOST_TEST(assignment.instructions == "Two lines are enough");
}

BOOST_AUTO_TEST_CASE(a_new_goal_made_in_the_dialog_is_recorded_and_linked) {
    TestVault vault;
    const Client client = vault.Admit("Ines", "Abernathy");
    auto& homework = vault.session->Homework();
    FakeHomeworkAssignView view;
    present::HomeworkAssignPresenter presenter(view, homework, client.id);
    presenter.Start();
    BOOST_TEST(view.goals.empty());

    view.newGoalTitle = std::nullopt;  // cancelled: nothing recorded
    presenter.OnNewGoal();
    BOOST_TEST(homework.Goals(client.id).empty());
    view.newGoalTitle = "";  // refused with the service's reason
    presenter.OnNewGoal();
    BOOST_TEST(homework.Goals(client.id).empty());
    BOOST_TEST(view.error.find("title") != std::string::npos, view.error);

    view.newGoalTitle = "Say what I need without apologising";
    presenter.OnNewGoal();
    BOOST_REQUIRE(view.goals.size() == 1u);
    BOOST_TEST((view.form.goalIndex == std::optional<size_t>(0)));
    view.form.templateIndex = view.IndexOf("Small wins");
    presenter.OnAssign();
    BOOST_REQUIRE_MESSAGE(view.closed, view.error);
    const auto goals = homework.Goals(client.id);
    BOOST_REQUIRE(goals.size() == 1u);
    BOOST_TEST(goals[0].title == "Say what I need without apologising");
    BOOST_TEST(
        (homework.GetAssignment(*view.closed).assignment.goalId == std::optional<Id>(goals[0].id)));
}

BOOST_DATA_TEST_CASE(an_incomplete_schedule_is_refused_and_nothing_is_assigned,
                     data::make({present::RecurrenceChoice::Weekdays,
                                 present::RecurrenceChoice::Once}) ^
                         data::make({"The days", "The due date"}),
                     choice, named) {
    TestVault vault;
    const Client client = vault.Admit("Ines", "Abernathy");
    FakeHomeworkAssignView view;
    present::HomeworkAssignPresenter presenter(view, vault.session->Homework(), client.id);
    presenter.Start();
    view.form.recurrence = choice;
    presenter.OnAssign();
    BOOST_TEST(!view.closed);
    BOOST_TEST(view.error.find(named) == 0u, view.error);
    BOOST_TEST(vault.session->Homework().Assignments(client.id).empty());
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "homework_fakes.h"
#include "present/homework_assign_presenter.h"
#include "present/homework_entry_presenter.h"
#include "present/homework_tab_presenter.h"
#include "present/homework_text.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;
namespace data = boost::unit_test::data;

namespace {

struct HomeworkTab {
    TestVault vault;
    Client client = vault.Admit("Tamsin", "Oyelaran");
    service::Homework& homework = vault.session->Homework();
    FakeHomeworkTabView view;
    present::HomeworkTabPresenter presenter{view, homework, vault.Records()};

    // Through the Assign dialog's presenter, as the practitioner does it.
    std::optional<Id> Assign(const std::string& title, present::RecurrenceChoice recurrence,
                             Date start, FakeHomeworkAssignView& dialog) {
        present::HomeworkAssignPresenter assign(dialog, homework, client.id);
        assign.Start();
        dialog.form.templateIndex = dialog.IndexOf(title);
        dialog.form.recurrence = recurrence;
        dialog.form.start = FormatDate(start);
        assign.OnAssign();
        return dialog.closed;
    }
    Id AssignDailyTriggerLog(int startedDaysAgo = 6) {
        FakeHomeworkAssignView dialog;
        const auto id = Assign("Trigger log", present::RecurrenceChoice::Daily,
                               DaysAgo(startedDaysAgo), dialog);
        BOOST_REQUIRE_MESSAGE(id, dialog.error);
        return *id;
    }
    void AddTriggerEntry(Id assignmentId, int daysAgo, int before, int after) {
        FakeHomeworkEntryView form;
        present::HomeworkEntryPresenter entry(form, homework, assignmentId);
        entry.Start();
        form.input.writtenOn = FormatDate(DaysAgo(daysAgo));
        form.input.answers = {{"situation", "A message left unanswered"},
                              {"trigger", "No reply for hours"},
                              {"emotions", "Anxious or afraid\nSad"},
                              {"intensity_before", std::to_string(before)},
                              {"intensity_after", std::to_string(after)}};
        entry.OnSave();
        BOOST_REQUIRE_MESSAGE(form.closed, form.error);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(homework_tab)

BOOST_AUTO_TEST_CASE(an_assigned_trigger_log_is_listed_with_its_schedule_and_no_entry_yet) {
    HomeworkTab tab;
    tab.AssignDailyTriggerLog();
    tab.presenter.ShowClient(tab.client.id);
    BOOST_REQUIRE(tab.view.rows.size() == 1u);
    const auto& row = tab.view.rows[0];
    BOOST_TEST(row.title == "Trigger log");
    BOOST_TEST(row.schedule == "Every day from " + present::DayText(DaysAgo(6)));
    BOOST_TEST(row.status == "Active");
    BOOST_TEST(row.overall == "0 of 7 (0%)");
    BOOST_TEST(row.lastEntry == "none yet");
    BOOST_TEST((tab.view.selected == std::optional<size_t>(0)));
    BOOST_TEST(tab.view.actions.addEntry);
    BOOST_TEST(tab.view.actions.pause);
    BOOST_TEST(!tab.view.actions.resume);
    BOOST_TEST(!tab.view.actions.markReviewed);
    BOOST_TEST(FakeHomeworkTabView::Text(tab.view.details).find("For the client") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_entries_raise_adherence_and_draw_both_intensities_over_time) {
    HomeworkTab tab;
    const Id id = tab.AssignDailyTriggerLog();
    tab.AddTriggerEntry(id, 3, 8, 5);
    tab.AddTriggerEntry(id, 1, 6, 3);
    tab.presenter.ShowClient(tab.client.id);
    BOOST_REQUIRE(tab.view.rows.size() == 1u);
    BOOST_TEST(tab.view.rows[0].overall == "2 of 7 (29%)");
    BOOST_TEST(tab.view.rows[0].lastEntry == present::DayText(DaysAgo(1)));
    BOOST_REQUIRE(tab.view.history.size() == 2u);
    BOOST_TEST(tab.view.history[0].writtenOn == present::DayText(DaysAgo(1)));  // newest first
    BOOST_TEST(tab.view.history[0].summary.find("Anxious or afraid; Sad") != std::string::npos);
    BOOST_TEST(tab.view.history[0].reviewed == "not yet");
    BOOST_REQUIRE(tab.view.trends.size() == 2u);
    BOOST_TEST(tab.view.trends[0].title == "Intensity at its peak");
    BOOST_TEST(tab.view.trends[1].title == "Intensity afterwards");
    BOOST_REQUIRE(tab.view.trends[0].series.size() == 1u);
    BOOST_TEST(tab.view.trends[0].series[0].points.size() == 2u);
    BOOST_TEST(tab.view.trends[0].series[0].values[0] == "8");
}

BOOST_AUTO_TEST_CASE(the_add_entry_button_opens_the_form_for_the_selected_assignment) {
    HomeworkTab tab;
    const Id id = tab.AssignDailyTriggerLog();
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnAddEntry();
    BOOST_TEST((tab.view.entryOpened == std::optional<Id>(id)));
    tab.presenter.OnAssign();
    BOOST_TEST((tab.view.assignOpened == std::optional<Id>(tab.client.id)));
}

BOOST_AUTO_TEST_CASE(pause_and_resume_switch_the_status_and_the_buttons) {
    HomeworkTab tab;
    tab.AssignDailyTriggerLog();
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnPause();
    BOOST_TEST(tab.view.rows[0].status == "Paused since " + present::DayText(Today()));
    BOOST_TEST(!tab.view.actions.pause);
    BOOST_TEST(tab.view.actions.resume);
    tab.presenter.OnResume();
    BOOST_TEST(tab.view.rows[0].status == "Active");
    BOOST_TEST(tab.view.actions.pause);
}

BOOST_AUTO_TEST_CASE(ending_asks_first_and_an_ended_assignment_takes_no_entries) {
    HomeworkTab tab;
    tab.AssignDailyTriggerLog();
    tab.presenter.ShowClient(tab.client.id);
    tab.view.confirmEnd = false;
    tab.presenter.OnEnd();
    BOOST_TEST(tab.view.rows[0].status == "Active");
    tab.view.confirmEnd = true;
    tab.presenter.OnEnd();
    BOOST_TEST(tab.view.rows[0].status == "Ended " + present::DayText(Today()));
    BOOST_TEST(!tab.view.actions.addEntry);
    BOOST_TEST(!tab.view.actions.end);
}

BOOST_AUTO_TEST_CASE(open_work_is_listed_before_ended_work) {
    HomeworkTab tab;
    tab.AssignDailyTriggerLog();
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnEnd();
    FakeHomeworkAssignView dialog;
    BOOST_REQUIRE(
        tab.Assign("Gratitude journal", present::RecurrenceChoice::Daily, Today(), dialog));
    tab.presenter.OnReturned(dialog.closed);
    BOOST_REQUIRE(tab.view.rows.size() == 2u);
    BOOST_TEST(tab.view.rows[0].title == "Gratitude journal");
    BOOST_TEST(tab.view.rows[1].title == "Trigger log");
    BOOST_TEST((tab.view.selected == std::optional<size_t>(0)));
}

BOOST_AUTO_TEST_CASE(marking_reviewed_needs_a_session_and_then_empties_the_review) {
    HomeworkTab tab;
    const Id id = tab.AssignDailyTriggerLog();
    tab.AddTriggerEntry(id, 2, 7, 4);
    tab.presenter.ShowClient(tab.client.id);
    BOOST_TEST(tab.view.actions.markReviewed);
    BOOST_TEST(FakeHomeworkTabView::Text(tab.view.review).find("Trigger log \u2014 1 entry") !=
               std::string::npos);

    tab.presenter.OnMarkReviewed();
    BOOST_TEST(tab.view.message.find("Add today's session") == 0u);
    BOOST_TEST(tab.homework.SinceLastReview(tab.client.id).size() == 1u);

    Session session;
    session.clientId = tab.client.id;
    session.start = std::chrono::local_days{Today()} + std::chrono::hours{10};
    tab.vault.Records().AddSession(session);
    tab.presenter.OnMarkReviewed();
    BOOST_TEST(tab.view.message.find("1 entry marked reviewed") == 0u, tab.view.message);
    BOOST_TEST(tab.homework.SinceLastReview(tab.client.id).empty());
    BOOST_TEST(!tab.view.actions.markReviewed);
    BOOST_TEST(FakeHomeworkTabView::Text(tab.view.review).find("Nothing new") == 0u);
    BOOST_REQUIRE(tab.view.history.size() == 1u);
    BOOST_TEST(tab.view.history[0].reviewed == "in session of " + present::DayText(Today()));
}

BOOST_AUTO_TEST_CASE(no_client_shows_nothing_and_enables_nothing) {
    HomeworkTab tab;
    tab.AssignDailyTriggerLog();
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.ShowClient(kNoId);
    BOOST_TEST(tab.view.rows.empty());
    BOOST_TEST(tab.view.history.empty());
    BOOST_TEST(!tab.view.actions.addEntry);
    tab.presenter.OnAssign();
    BOOST_TEST(!tab.view.assignOpened);
}

BOOST_AUTO_TEST_SUITE_END()

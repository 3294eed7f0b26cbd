#include <boost/test/unit_test.hpp>

#include "homework_store_fixture.h"
#include "storage/entry_values_json.h"

using namespace securebase;
using namespace std::chrono;
using securebase::test::HomeworkStoreFixture;

BOOST_FIXTURE_TEST_SUITE(homework_repositories, HomeworkStoreFixture)

BOOST_AUTO_TEST_CASE(an_assignment_reads_back_with_its_frozen_template_and_schedule) {
    Assignment draft = Draft(RecurrenceKind::Weekdays);
    draft.schedule.recurrence.weekdays = {Monday, Wednesday, Sunday};
    draft.schedule.due = Day("2026-04-30");
    const Id id = homework.Assignments().Insert(draft);
    const auto read = homework.Assignments().Find(id);
    BOOST_REQUIRE(read);
    BOOST_TEST(read->clientId == clientId);
    BOOST_TEST(read->templateId == "trigger_log");
    BOOST_TEST(read->templateVersion == 2);
    BOOST_TEST(read->templateJson == draft.templateJson);
    BOOST_TEST(read->instructions == draft.instructions);
    BOOST_TEST(FormatDate(read->schedule.start) == "2026-03-02");
    BOOST_TEST(FormatDate(*read->schedule.due) == "2026-04-30");
    BOOST_TEST((read->schedule.recurrence.kind == RecurrenceKind::Weekdays));
    BOOST_TEST((read->schedule.recurrence.weekdays == draft.schedule.recurrence.weekdays));
    BOOST_TEST((read->Status() == AssignmentStatus::Active));
    BOOST_TEST((read->assignedAt == draft.assignedAt));
    BOOST_TEST(!read->goalId);
}

BOOST_AUTO_TEST_CASE(a_weekly_assignment_keeps_its_planned_day) {
    Assignment draft = Draft(RecurrenceKind::Weekly);
    draft.schedule.recurrence.weeklyOn = Sunday;
    const auto read = homework.Assignments().Find(homework.Assignments().Insert(draft));
    BOOST_TEST((read->schedule.recurrence.kind == RecurrenceKind::Weekly));
    BOOST_TEST((read->schedule.recurrence.weeklyOn == Sunday));
}

BOOST_AUTO_TEST_CASE(pausing_resuming_and_ending_are_stored_with_their_days_and_status) {
    auto& assignments = homework.Assignments();
    Assignment assignment = Draft();
    assignment.id = assignments.Insert(assignment);
    assignment.schedule.pauses.push_back({Day("2026-03-10"), std::nullopt});
    assignments.Update(assignment);
    BOOST_TEST(*db.QueryText("SELECT status FROM homework_assignments") == "paused");
    BOOST_TEST((assignments.Find(assignment.id)->Status() == AssignmentStatus::Paused));

    assignment.schedule.pauses.back().last = Day("2026-03-14");
    assignment.schedule.ended = Day("2026-03-31");
    assignments.Update(assignment);
    const auto read = assignments.Find(assignment.id);
    BOOST_TEST((read->Status() == AssignmentStatus::Ended));
    BOOST_REQUIRE(read->schedule.pauses.size() == 1u);
    BOOST_TEST(FormatDate(*read->schedule.pauses[0].last) == "2026-03-14");
    BOOST_TEST(FormatDate(*read->schedule.ended) == "2026-03-31");
}

BOOST_AUTO_TEST_CASE(an_ended_assignment_is_refused_any_further_change) {
    auto& assignments = homework.Assignments();
    Assignment assignment = Draft();
    assignment.schedule.ended = Day("2026-03-20");
    assignment.id = assignments.Insert(assignment);
    assignment.instructions = "changed";
    BOOST_CHECK_EXCEPTION(assignments.Update(assignment), Error, test::IsRefused);
    assignment.schedule.pauses.push_back({Day("2026-03-10"), Day("2026-03-11")});
    BOOST_CHECK_EXCEPTION(assignments.Update(assignment), Error, test::IsRefused);
    BOOST_TEST(assignments.Find(assignment.id)->instructions == Draft().instructions);
    BOOST_TEST(Count("homework_pauses") == 0);
}

BOOST_AUTO_TEST_CASE(a_client_lists_only_its_own_assignments_oldest_first) {
    const Id first = homework.Assignments().Insert(Draft());
    const Id second = homework.Assignments().Insert(Draft(RecurrenceKind::Once));
    Assignment elsewhere = Draft();
    elsewhere.clientId = AddClient("SB-HW0002", "Ilse", "Marrow");
    homework.Assignments().Insert(elsewhere);
    const auto list = homework.Assignments().ListForClient(clientId);
    BOOST_REQUIRE(list.size() == 2u);
    BOOST_TEST(list[0].id == first);
    BOOST_TEST(list[1].id == second);
}

BOOST_AUTO_TEST_CASE(entry_values_of_every_kind_read_back_exactly) {
    const Id assignmentId = homework.Assignments().Insert(Draft());
    Entry entry = EntryFor(assignmentId);
    entry.values = {
        {"rating", std::int64_t{10}},
        {"minutes", 12.5},
        {"whole_minutes", 3.0},
        {"done", true},
        {"what", std::string("a walk by the canal")},
        {"things", std::vector<std::string>{"tea", "a call"}},
        {"when", TimeOfDay{minutes{21 * 60 + 15}}},
        {"ladder", StepRows{{{"step", std::string("say no once")}, {"anxiety", std::int64_t{6}}},
                            {{"step", std::string("ask for help")}, {"rate", 0.1}}}},
    };
    entry.freeText = "brought a drawing";
    const Id id = homework.Entries().Insert(entry);
    const auto read = homework.Entries().Find(id);
    BOOST_REQUIRE(read);
    BOOST_TEST((read->values == entry.values));
    BOOST_TEST(read->freeText == entry.freeText);
    BOOST_TEST(FormatDate(read->writtenOn) == "2026-03-03");
    BOOST_TEST((read->recordedAt == entry.recordedAt));
    BOOST_TEST(!read->reviewedInSession);
}

BOOST_AUTO_TEST_CASE(stored_values_can_be_reached_by_sql_without_the_template) {
    const Id assignmentId = homework.Assignments().Insert(Draft());
    homework.Entries().Insert(EntryFor(assignmentId));
    BOOST_TEST(*db.QueryInt("SELECT json_extract(values_json, '$.intensity_before.int') "
                            "FROM homework_entries") == 7);
}

BOOST_AUTO_TEST_CASE(unreadable_stored_values_are_reported_as_damage) {
    BOOST_CHECK_EXCEPTION(storage::DecodeEntryValues(R"({"x": {"colour": 1}})"), Error,
                          [](const Error& e) { return e.Code() == ErrorCode::Damaged; });
    BOOST_CHECK_EXCEPTION(storage::DecodeEntryValues("[1]"), Error,
                          [](const Error& e) { return e.Code() == ErrorCode::Damaged; });
}

BOOST_AUTO_TEST_CASE(entries_list_by_the_day_written_and_back_dating_keeps_that_order) {
    const Id assignmentId = homework.Assignments().Insert(Draft());
    const Id late = homework.Entries().Insert(EntryFor(assignmentId, "2026-03-08"));
    const Id early = homework.Entries().Insert(EntryFor(assignmentId, "2026-03-03"));
    const auto list = homework.Entries().ListForAssignment(assignmentId);
    BOOST_REQUIRE(list.size() == 2u);
    BOOST_TEST(list[0].id == early);
    BOOST_TEST(list[1].id == late);
    BOOST_TEST(homework.Entries().CountForAssignment(assignmentId) == 2u);
}

BOOST_AUTO_TEST_CASE(marking_reviewed_links_only_the_entries_not_yet_reviewed) {
    const Id assignmentId = homework.Assignments().Insert(Draft());
    homework.Entries().Insert(EntryFor(assignmentId));
    const Id firstSession = SessionFor(clientId);
    BOOST_TEST(homework.Entries().MarkReviewed(assignmentId, firstSession) == 1u);
    const Id later = homework.Entries().Insert(EntryFor(assignmentId, "2026-03-07"));
    const Id secondSession = SessionFor(clientId);
    BOOST_TEST(homework.Entries().MarkReviewed(assignmentId, secondSession) == 1u);
    const auto list = homework.Entries().ListForAssignment(assignmentId);
    BOOST_TEST(*list[0].reviewedInSession == firstSession);
    BOOST_TEST(*list[1].reviewedInSession == secondSession);
    BOOST_TEST(list[1].id == later);
}

BOOST_AUTO_TEST_CASE(goals_are_added_updated_and_listed_per_client) {
    Goal goal;
    goal.clientId = clientId;
    goal.title = "Ask for support before a crisis";
    goal.setOn = Day("2026-03-02");
    goal.updatedAt = *ParseTimestamp("2026-03-02T09:00:00Z");
    goal.id = homework.Goals().Insert(goal);
    goal.progress = 40;
    goal.status = GoalStatus::Achieved;
    homework.Goals().Update(goal);
    const auto list = homework.Goals().ListForClient(clientId);
    BOOST_REQUIRE(list.size() == 1u);
    BOOST_TEST(list[0].progress == 40);
    BOOST_TEST((list[0].status == GoalStatus::Achieved));
    BOOST_TEST(list[0].title == goal.title);
    goal.id = 999;
    BOOST_CHECK_EXCEPTION(homework.Goals().Update(goal), Error,
                          [](const Error& e) { return e.Code() == ErrorCode::NotFound; });
}

BOOST_AUTO_TEST_CASE(an_assignment_may_serve_a_goal_of_its_own_client_only) {
    Goal goal;
    goal.clientId = AddClient("SB-HW0003", "Odo", "Brisk");
    goal.title = "Another client's goal";
    goal.setOn = Day("2026-03-02");
    goal.updatedAt = *ParseTimestamp("2026-03-02T09:00:00Z");
    Assignment draft = Draft();
    draft.goalId = homework.Goals().Insert(goal);
    BOOST_CHECK_THROW(homework.Assignments().Insert(draft), Error);
    BOOST_TEST(Count("homework_assignments") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

// The homework rules the vault keeps by itself, tried through raw SQL as another program would.
#include <boost/test/unit_test.hpp>

#include "homework_store_fixture.h"

using namespace securebase;
using securebase::test::HomeworkStoreFixture;

namespace {

struct EndedAssignmentFixture : HomeworkStoreFixture {
    EndedAssignmentFixture() {
        Assignment assignment = Draft();
        assignment.id = homework.Assignments().Insert(assignment);
        entryId = homework.Entries().Insert(EntryFor(assignment.id));
        assignment.schedule.ended = Day("2026-03-04");
        homework.Assignments().Update(assignment);
        assignmentId = assignment.id;
    }

    std::string Id() const { return std::to_string(assignmentId); }

    securebase::Id assignmentId = kNoId;
    securebase::Id entryId = kNoId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(homework_triggers, EndedAssignmentFixture)

BOOST_AUTO_TEST_CASE(an_entry_for_an_ended_assignment_is_refused_and_nothing_is_stored) {
    BOOST_CHECK_EXCEPTION(homework.Entries().Insert(EntryFor(assignmentId)), Error,
                          test::IsRefused);
    BOOST_CHECK_THROW(db.Exec("INSERT INTO homework_entries (assignment_id, written_on, "
                              "recorded_at, values_json) VALUES (" +
                              Id() + ", '2026-03-04', '2026-03-05T10:00:00Z', '{}')"),
                      Error);
    BOOST_TEST(Count("homework_entries") == 1);
}

BOOST_AUTO_TEST_CASE(an_ended_assignment_cannot_be_reopened_or_deleted) {
    BOOST_CHECK_THROW(db.Exec("UPDATE homework_assignments SET status = 'active', ended_on = NULL "
                              "WHERE id = " +
                              Id()),
                      Error);
    BOOST_CHECK_THROW(db.Exec("DELETE FROM homework_assignments WHERE id = " + Id()), Error);
    BOOST_CHECK_THROW(db.Exec("INSERT INTO homework_pauses (assignment_id, first_on) VALUES (" +
                              Id() + ", '2026-03-03')"),
                      Error);
    BOOST_TEST(*db.QueryText("SELECT status FROM homework_assignments") == "ended");
}

BOOST_AUTO_TEST_CASE(what_was_assigned_stays_frozen_even_while_the_assignment_is_open) {
    const securebase::Id open = homework.Assignments().Insert(Draft());
    BOOST_CHECK_THROW(db.Exec("UPDATE homework_assignments SET template_json = '{}' WHERE id = " +
                              std::to_string(open)),
                      Error);
    BOOST_CHECK_THROW(db.Exec("UPDATE homework_assignments SET client_id = client_id WHERE id = " +
                              std::to_string(open)),
                      Error);
    BOOST_TEST(*db.QueryText("SELECT template_json FROM homework_assignments WHERE id = " +
                             std::to_string(open)) == Draft().templateJson);
}

BOOST_AUTO_TEST_CASE(an_entry_is_kept_as_recorded) {
    const std::string where = " WHERE id = " + std::to_string(entryId);
    BOOST_CHECK_THROW(db.Exec("UPDATE homework_entries SET values_json = '{}'" + where), Error);
    BOOST_CHECK_THROW(db.Exec("UPDATE homework_entries SET written_on = '2026-03-01'" + where),
                      Error);
    BOOST_CHECK_THROW(db.Exec("DELETE FROM homework_entries" + where), Error);
    BOOST_TEST(Count("homework_entries") == 1);
}

BOOST_AUTO_TEST_CASE(entries_are_reviewed_only_in_a_session_of_the_same_client) {
    const securebase::Id otherSession = SessionFor(AddClient("SB-HW0009", "Pell", "Aster"));
    BOOST_CHECK_EXCEPTION(homework.Entries().MarkReviewed(assignmentId, otherSession), Error,
                          test::IsRefused);
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM homework_entries "
                            "WHERE reviewed_in_session IS NOT NULL") == 0);
    BOOST_TEST(homework.Entries().MarkReviewed(assignmentId, SessionFor(clientId)) == 1u);
}

BOOST_AUTO_TEST_CASE(the_schema_refuses_a_one_off_without_a_due_day_and_an_empty_weekday_set) {
    const std::string columns =
        "INSERT INTO homework_assignments (client_id, template_id, template_version, "
        "template_json, start_on, due_on, recurrence, weekdays, status, assigned_at) VALUES (" +
        std::to_string(clientId) + ", 'journal', 1, '{}', '2026-03-02', ";
    BOOST_CHECK_THROW(db.Exec(columns + "NULL, 'once', 0, 'active', 'x')"), Error);
    BOOST_CHECK_THROW(db.Exec(columns + "NULL, 'weekdays', 0, 'active', 'x')"), Error);
    BOOST_CHECK_THROW(db.Exec(columns + "'2026-03-01', 'daily', 0, 'active', 'x')"), Error);
    BOOST_TEST(Count("homework_assignments") == 1);
}

BOOST_AUTO_TEST_SUITE_END()

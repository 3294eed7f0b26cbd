#include <boost/test/unit_test.hpp>

#include "core/error.h"
#include "repository_test_fixture.h"
#include "storage/sqlcipher_group_store.h"

using namespace securebase;
using namespace std::chrono_literals;
using securebase::test::RepositoryFixture;

namespace {

Date Day(const char* iso) { return *ParseDate(iso); }

struct GroupFixture : RepositoryFixture {
    GroupFixture() : groups(db) {
        firstClient = AddClient("SB-GRP001", "Tamsin", "Orloff");
        secondClient = AddClient("SB-GRP002", "Bertil", "Vanterpool");
    }

    static Group Draft() {
        Group group;
        group.name = "Thursday evening circle";
        group.kind = GroupKind::Psychoeducation;
        group.facilitators = {"Dr Aurelio Stanwick", "Noor Fairweather"};
        group.weekday = std::chrono::Thursday;
        group.startTime = 18h + 30min;
        group.duration = 90min;
        group.startsOn = Day("2026-09-03");
        group.meetingCount = 8;
        group.capacity = 6;
        group.location = "Room 2";
        group.curriculumId = "moving_toward_secure_attachment";
        return group;
    }

    Id MarkSession(Id clientId) {
        Session session;
        session.clientId = clientId;
        session.start = *ParseLocalDateTime("2026-09-03 18:30");
        session.kind = SessionKind::Group;
        return store->Sessions().Insert(session);
    }

    std::int64_t Count(const std::string& table) {
        return *db.QueryInt("SELECT count(*) FROM " + table);
    }

    storage::SqlcipherGroupStore groups;
    Id firstClient = kNoId;
    Id secondClient = kNoId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(group_repositories, GroupFixture)

BOOST_AUTO_TEST_CASE(a_group_reads_back_with_its_schedule_and_facilitators_in_order) {
    const Id id = groups.Groups().Insert(Draft());
    const auto read = groups.Groups().Find(id);
    BOOST_REQUIRE(read);
    const Group draft = Draft();
    BOOST_TEST(read->name == draft.name);
    BOOST_TEST((read->kind == GroupKind::Psychoeducation));
    BOOST_TEST((read->facilitators == draft.facilitators));
    BOOST_TEST((read->weekday == std::chrono::Thursday));
    BOOST_TEST(read->startTime.count() == (18h + 30min).count());
    BOOST_TEST(read->duration.count() == 90);
    BOOST_TEST((read->startsOn == draft.startsOn));
    BOOST_TEST(read->meetingCount.value_or(0) == 8);
    BOOST_TEST(!read->endsOn);
    BOOST_TEST(read->capacity == 6);
    BOOST_TEST(read->location == "Room 2");
    BOOST_TEST(read->curriculumId == draft.curriculumId);
    BOOST_TEST((read->status == GroupStatus::Planned));
    BOOST_TEST((read->LastDay() == Day("2026-10-22")));
}

BOOST_AUTO_TEST_CASE(an_update_replaces_the_facilitators_and_an_end_date_replaces_the_count) {
    Group group = Draft();
    group.id = groups.Groups().Insert(group);
    group.facilitators = {"Noor Fairweather"};
    group.meetingCount.reset();
    group.endsOn = Day("2026-12-17");
    group.status = GroupStatus::Running;
    groups.Groups().Update(group);
    const auto read = groups.Groups().Find(group.id);
    BOOST_TEST((read->facilitators == group.facilitators));
    BOOST_TEST(!read->meetingCount);
    BOOST_TEST((read->LastDay() == Day("2026-12-17")));
    BOOST_TEST((read->status == GroupStatus::Running));
    BOOST_TEST(groups.Groups().List().size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_schema_refuses_a_group_with_both_a_count_and_an_end_date) {
    Group group = Draft();
    group.endsOn = Day("2026-12-17");
    BOOST_CHECK_THROW(groups.Groups().Insert(group), Error);
    BOOST_TEST(Count("practice_groups") == 0);
}

BOOST_AUTO_TEST_CASE(enrolments_count_only_participants_who_have_not_left) {
    const Id groupId = groups.Groups().Insert(Draft());
    groups.Enrolments().Insert({groupId, firstClient, Day("2026-09-01"), {}, ""});
    groups.Enrolments().Insert({groupId, secondClient, Day("2026-09-02"), {}, ""});
    BOOST_TEST(groups.Enrolments().ActiveCount(groupId) == 2u);
    groups.Enrolments().Update(
        {groupId, secondClient, Day("2026-09-02"), Day("2026-09-20"), "moved away"});
    BOOST_TEST(groups.Enrolments().ActiveCount(groupId) == 1u);
    const auto left = groups.Enrolments().Find(groupId, secondClient);
    BOOST_REQUIRE(left);
    BOOST_TEST(!left->Active());
    BOOST_TEST(left->leaveReason == "moved away");
    BOOST_TEST(groups.Enrolments().ForGroup(groupId).size() == 2u);
    BOOST_TEST(groups.Enrolments().ForClient(firstClient).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_second_enrolment_of_the_same_client_in_one_group_is_refused) {
    const Id groupId = groups.Groups().Insert(Draft());
    groups.Enrolments().Insert({groupId, firstClient, Day("2026-09-01"), {}, ""});
    BOOST_CHECK_THROW(groups.Enrolments().Insert({groupId, firstClient, Day("2026-09-05"), {}, ""}),
                      Error);
    BOOST_TEST(Count("group_enrolments") == 1);
}

BOOST_AUTO_TEST_CASE(meetings_read_back_in_date_order_with_topic_and_group_note) {
    const Id groupId = groups.Groups().Insert(Draft());
    groups.Meetings().Insert({kNoId, groupId, Day("2026-09-10"), 1, "Triggers", "second"});
    groups.Meetings().Insert({kNoId, groupId, Day("2026-09-03"), 0, "Patterns", "first"});
    const auto meetings = groups.Meetings().ForGroup(groupId);
    BOOST_REQUIRE(meetings.size() == 2u);
    BOOST_TEST((meetings[0].heldOn == Day("2026-09-03")));
    BOOST_TEST(meetings[0].curriculumIndex.value_or(-1) == 0);
    BOOST_TEST(meetings[0].topic == "Patterns");
    BOOST_TEST(meetings[0].groupNote == "first");
    BOOST_CHECK_THROW(
        groups.Meetings().Insert({kNoId, groupId, Day("2026-09-03"), {}, "Twice", ""}), Error);
}

BOOST_AUTO_TEST_CASE(attendance_is_saved_once_per_participant_and_can_be_corrected) {
    const Id groupId = groups.Groups().Insert(Draft());
    groups.Enrolments().Insert({groupId, firstClient, Day("2026-09-01"), {}, ""});
    const Id meetingId =
        groups.Meetings().Insert({kNoId, groupId, Day("2026-09-03"), {}, "Patterns", ""});
    const Id sessionId = MarkSession(firstClient);
    groups.Attendance().Save({meetingId, firstClient, GroupAttendance::Absent, sessionId});
    groups.Attendance().Save({meetingId, firstClient, GroupAttendance::Late, sessionId});
    const auto marks = groups.Attendance().ForMeeting(meetingId);
    BOOST_REQUIRE(marks.size() == 1u);
    BOOST_TEST((marks[0].attendance == GroupAttendance::Late));
    BOOST_TEST(marks[0].sessionId == sessionId);
    BOOST_TEST(groups.Attendance().ForGroup(groupId).size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_schema_refuses_attendance_and_checkins_of_someone_not_enrolled) {
    const Id groupId = groups.Groups().Insert(Draft());
    const Id meetingId =
        groups.Meetings().Insert({kNoId, groupId, Day("2026-09-03"), {}, "Patterns", ""});
    const Id sessionId = MarkSession(secondClient);
    BOOST_CHECK_THROW(
        groups.Attendance().Save({meetingId, secondClient, GroupAttendance::Present, sessionId}),
        Error);
    db.Exec(
        "INSERT INTO administrations (client_id, instrument_id, instrument_version, mode, "
        "started_at, status) VALUES (" +
        std::to_string(secondClient) +
        ", 'x', '1', 'paper', '2026-09-03T18:00:00Z', "
        "'in_progress')");
    BOOST_CHECK_THROW(
        groups.Attendance().SaveCheckin({meetingId, secondClient, db.LastInsertRowId()}), Error);
    BOOST_TEST(Count("group_attendance") == 0);
    BOOST_TEST(Count("group_checkins") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

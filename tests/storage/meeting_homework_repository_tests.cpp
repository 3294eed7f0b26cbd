#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "homework_store_fixture.h"
#include "storage/meeting_homework_repository.h"
#include "storage/sqlcipher_group_store.h"

using namespace securebase;
using namespace std::chrono_literals;
namespace bdata = boost::unit_test::data;

namespace {

// One group with two enrolled participants (Wrenna from the homework fixture and Corin) and two
// meetings; each test marks attendance and assigns as it needs.
struct MeetingHomeworkFixture : test::HomeworkStoreFixture {
    MeetingHomeworkFixture() : groups(db), links(db) {
        otherClient = AddClient("SB-HW0002", "Corin", "Ashgrove");
        Group group;
        group.name = "Tuesday circle";
        group.weekday = std::chrono::Tuesday;
        group.startTime = 18h;
        group.startsOn = Day("2026-03-03");
        group.meetingCount = 8;
        group.capacity = 6;
        groupId = groups.Groups().Insert(group);
        for (Id client : {clientId, otherClient})
            groups.Enrolments().Insert({groupId, client, Day("2026-03-01"), {}, ""});
        secondMeeting = AddMeeting("2026-03-10");
        firstMeeting = AddMeeting("2026-03-03");
    }

    Id AddMeeting(const char* day) {
        return groups.Meetings().Insert({kNoId, groupId, Day(day), {}, "Patterns", ""});
    }

    void Mark(Id meetingId, Id client, GroupAttendance attendance) {
        groups.Attendance().Save({meetingId, client, attendance, SessionFor(client)});
    }

    Id AssignTo(Id client) {
        Assignment assignment = Draft();
        assignment.clientId = client;
        return homework.Assignments().Insert(assignment);
    }

    storage::SqlcipherGroupStore groups;
    storage::SqlcipherMeetingHomeworkRepository links;
    Id otherClient = kNoId;
    Id groupId = kNoId;
    Id firstMeeting = kNoId;
    Id secondMeeting = kNoId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(meeting_homework_repository, MeetingHomeworkFixture)

BOOST_AUTO_TEST_CASE(a_link_reads_back_with_the_meeting_date_and_the_client) {
    Mark(firstMeeting, clientId, GroupAttendance::Present);
    const Id assignmentId = AssignTo(clientId);
    links.Link(firstMeeting, assignmentId);

    const auto read = links.ForMeeting(firstMeeting);
    BOOST_REQUIRE(read.size() == 1u);
    BOOST_TEST(read[0].meetingId == firstMeeting);
    BOOST_TEST((read[0].meetingDate == Day("2026-03-03")));
    BOOST_TEST(read[0].assignmentId == assignmentId);
    BOOST_TEST(read[0].clientId == clientId);
    BOOST_TEST(links.ForMeeting(secondMeeting).empty());
}

BOOST_AUTO_TEST_CASE(a_groups_links_come_by_meeting_date_then_assignment_and_no_other_groups) {
    Mark(secondMeeting, clientId, GroupAttendance::Present);
    Mark(secondMeeting, otherClient, GroupAttendance::Late);
    Mark(firstMeeting, otherClient, GroupAttendance::Present);
    const Id later = AssignTo(clientId);
    const Id laterOther = AssignTo(otherClient);
    const Id earlier = AssignTo(otherClient);
    links.Link(secondMeeting, laterOther);
    links.Link(secondMeeting, later);
    links.Link(firstMeeting, earlier);

    const auto read = links.ForGroup(groupId);
    BOOST_REQUIRE(read.size() == 3u);
    BOOST_TEST(read[0].assignmentId == earlier);
    BOOST_TEST(read[1].assignmentId == later);
    BOOST_TEST(read[2].assignmentId == laterOther);
    BOOST_TEST(links.ForGroup(groupId + 1).empty());
}

// "unmarked": no attendance recorded at all.
const char* const kNotCome[] = {"excused", "absent", "unmarked"};

BOOST_DATA_TEST_CASE(the_vault_refuses_meeting_homework_for_someone_who_did_not_come,
                     bdata::make(kNotCome), mark) {
    if (const auto attendance = ParseGroupAttendance(mark))
        Mark(firstMeeting, clientId, *attendance);
    const Id assignmentId = AssignTo(clientId);
    BOOST_CHECK_EXCEPTION(links.Link(firstMeeting, assignmentId), Error, test::IsRefused);
    BOOST_TEST(Count("group_meeting_homework") == 0);
}

BOOST_AUTO_TEST_CASE(an_assignment_comes_from_one_meeting_only) {
    Mark(firstMeeting, clientId, GroupAttendance::Present);
    Mark(secondMeeting, clientId, GroupAttendance::Present);
    const Id assignmentId = AssignTo(clientId);
    links.Link(firstMeeting, assignmentId);
    BOOST_CHECK_THROW(links.Link(secondMeeting, assignmentId), Error);
    BOOST_TEST(Count("group_meeting_homework") == 1);
}

BOOST_AUTO_TEST_CASE(a_link_cannot_be_moved_to_a_meeting_the_client_missed) {
    Mark(firstMeeting, clientId, GroupAttendance::Present);
    Mark(secondMeeting, clientId, GroupAttendance::Absent);
    const Id assignmentId = AssignTo(clientId);
    links.Link(firstMeeting, assignmentId);
    BOOST_CHECK_THROW(
        db.Exec("UPDATE group_meeting_homework SET meeting_id = " + std::to_string(secondMeeting)),
        Error);
    BOOST_TEST(*db.QueryInt("SELECT meeting_id FROM group_meeting_homework") == firstMeeting);
}

BOOST_AUTO_TEST_CASE(a_link_to_an_assignment_that_does_not_exist_is_refused) {
    Mark(firstMeeting, clientId, GroupAttendance::Present);
    BOOST_CHECK_THROW(links.Link(firstMeeting, 999), Error);
    BOOST_TEST(Count("group_meeting_homework") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "core/group.h"
#include "core/group_meeting.h"

using namespace securebase;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(group_values)

BOOST_AUTO_TEST_CASE(a_group_of_eight_weekly_meetings_ends_seven_weeks_after_its_first) {
    Group group;
    group.startsOn = *ParseDate("2026-09-03");
    group.meetingCount = 8;
    BOOST_TEST(FormatDate(group.LastDay()) == "2026-10-22");
}

BOOST_AUTO_TEST_CASE(a_group_with_an_end_date_ends_on_that_date) {
    Group group;
    group.startsOn = *ParseDate("2026-09-03");
    group.endsOn = *ParseDate("2026-12-17");
    BOOST_TEST(FormatDate(group.LastDay()) == "2026-12-17");
}

BOOST_DATA_TEST_CASE(every_attendance_mark_reads_back_from_its_stored_spelling,
                     bdata::make({"present", "late", "excused", "absent"}), spelling) {
    const auto attendance = ParseGroupAttendance(spelling);
    BOOST_REQUIRE(attendance);
    BOOST_TEST(std::string(ToString(*attendance)) == spelling);
}

BOOST_DATA_TEST_CASE(only_present_and_late_count_as_attended,
                     bdata::make({"present", "late", "excused", "absent"}) ^
                         bdata::make({true, true, false, false}),
                     spelling, attended) {
    BOOST_TEST(Attended(*ParseGroupAttendance(spelling)) == attended);
}

BOOST_DATA_TEST_CASE(every_group_kind_and_status_reads_back_from_its_stored_spelling,
                     bdata::make({"support", "psychoeducation", "therapy"}) ^
                         bdata::make({"planned", "running", "finished"}),
                     kind, status) {
    BOOST_TEST(std::string(ToString(*ParseGroupKind(kind))) == kind);
    BOOST_TEST(std::string(ToString(*ParseGroupStatus(status))) == status);
    BOOST_TEST(!ParseGroupKind("Support"));
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>

#include "homework/schedule.h"
#include "homework/trends.h"
#include "homework_fixtures.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;
using namespace std::chrono;
namespace data = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(schedule)

BOOST_AUTO_TEST_CASE(a_sound_schedule_has_no_problem) {
    Schedule schedule;
    schedule.start = D("2026-06-01");
    schedule.recurrence = {RecurrenceKind::Weekdays, {Monday, Thursday}, Monday};
    schedule.pauses.push_back({D("2026-06-10"), D("2026-06-12")});
    BOOST_TEST(ValidateSchedule(schedule).empty());
}

struct BadSchedule {
    const char* name;
    std::function<void(Schedule&)> change;
    const char* path;
};

std::ostream& operator<<(std::ostream& out, const BadSchedule& b) { return out << b.name; }

BOOST_DATA_TEST_CASE(
    a_broken_schedule_is_refused_naming_the_part,
    data::make(std::vector<BadSchedule>{
        {"once without due date", [](Schedule& s) { s.recurrence.kind = RecurrenceKind::Once; },
         "due"},
        {"due before start", [](Schedule& s) { s.due = D("2026-05-31"); }, "due"},
        {"weekdays without a day",
         [](Schedule& s) { s.recurrence.kind = RecurrenceKind::Weekdays; }, "recurrence.weekdays"},
        {"pause ending before it begins",
         [](Schedule& s) {
             s.pauses.push_back({D("2026-06-09"), D("2026-06-08")});
         },
         "pauses[1]"},
        {"ended before start", [](Schedule& s) { s.ended = D("2026-05-01"); }, "ended"},
    }),
    bad) {
    Schedule schedule;
    schedule.start = D("2026-06-01");
    bad.change(schedule);
    auto problems = ValidateSchedule(schedule);
    BOOST_REQUIRE_EQUAL(problems.size(), 1u);
    BOOST_TEST(problems[0].path == bad.path);
}

struct EntryDayCase {
    const char* day;
    bool accepted;
};

std::ostream& operator<<(std::ostream& out, const EntryDayCase& c) { return out << c.day; }

// Started June 1st, ended June 20th, paused June 10th-12th, checked on June 25th.
BOOST_DATA_TEST_CASE(
    an_entry_day_must_lie_between_start_and_end_and_not_in_the_future,
    data::make({EntryDayCase{"2026-05-31", false}, EntryDayCase{"2026-06-01", true},
                EntryDayCase{"2026-06-11", true},  // paused: kept, not counted
                EntryDayCase{"2026-06-20", true}, EntryDayCase{"2026-06-21", false},
                EntryDayCase{"2026-06-26", false}}),
    c) {
    Schedule schedule;
    schedule.start = D("2026-06-01");
    schedule.ended = D("2026-06-20");
    schedule.pauses.push_back({D("2026-06-10"), D("2026-06-12")});
    BOOST_TEST(CheckEntryDay(schedule, D(c.day), D("2026-06-25")).empty() == c.accepted);
}

BOOST_AUTO_TEST_CASE(an_entry_for_an_ended_assignment_says_so) {
    Schedule schedule;
    schedule.start = D("2026-06-01");
    schedule.ended = D("2026-06-20");
    auto problems = CheckEntryDay(schedule, D("2026-06-22"), D("2026-06-25"));
    BOOST_REQUIRE_EQUAL(problems.size(), 1u);
    BOOST_TEST(problems[0].message.find("ended") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(trends)

BOOST_AUTO_TEST_CASE(trigger_intensity_before_and_after_become_two_series_in_date_order) {
    auto t = Shipped("trigger_log");
    std::vector<Entry> entries(3);
    entries[0].writtenOn = D("2026-06-05");
    entries[0].values = {{"intensity_before", std::int64_t{6}},
                         {"intensity_after", std::int64_t{3}}};
    entries[1].writtenOn = D("2026-06-02");  // back-dated: recorded after the 5th
    entries[1].values = {{"intensity_before", std::int64_t{9}}};
    entries[2].writtenOn = D("2026-06-05");
    entries[2].values = {{"intensity_before", std::int64_t{4}},
                         {"intensity_after", std::int64_t{1}}};

    auto series = ComputeTrends(t, entries);
    BOOST_REQUIRE_EQUAL(series.size(), 2u);
    BOOST_TEST(series[0].path == "intensity_before");
    BOOST_TEST(series[0].label == "Intensity at its peak");
    BOOST_TEST(series[0].axisMin == 0.0);
    BOOST_TEST(series[0].axisMax == 10.0);
    std::vector<double> before;
    for (const auto& point : series[0].points) before.push_back(point.value);
    BOOST_TEST(before == (std::vector<double>{9, 6, 4}), boost::test_tools::per_element());
    BOOST_TEST(FormatDate(series[0].points[0].day) == "2026-06-02");
    BOOST_TEST(series[1].points.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_number_trend_carries_its_unit_and_range) {
    auto t = Shipped("mindfulness_log");
    std::vector<Entry> entries(1);
    entries[0].writtenOn = D("2026-06-01");
    entries[0].values = {{"minutes", 12.5}};
    auto series = ComputeTrends(t, entries);
    BOOST_REQUIRE_EQUAL(series.size(), 2u);
    BOOST_TEST(series[0].unit == "minutes");
    BOOST_TEST(series[0].axisMax == 180.0);
    BOOST_REQUIRE_EQUAL(series[0].points.size(), 1u);
    BOOST_TEST(series[0].points[0].value == 12.5);
    BOOST_TEST(series[1].points.empty());
}

BOOST_AUTO_TEST_CASE(a_trend_inside_steps_gives_one_point_per_step_row) {
    auto t = Shipped("vulnerability_ladder");
    std::vector<Entry> entries(1);
    entries[0].writtenOn = D("2026-06-03");
    entries[0].values = {{"ladder", StepRows{{{"share", std::string("A small worry")},
                                              {"anxiety_before", std::int64_t{5}},
                                              {"anxiety_after", std::int64_t{2}}},
                                             {{"share", std::string("A deeper fear")}},
                                             {{"share", std::string("An old hurt")},
                                              {"anxiety_after", std::int64_t{7}}}}}};
    auto series = ComputeTrends(t, entries);
    BOOST_REQUIRE_EQUAL(series.size(), 2u);
    BOOST_TEST(series[1].path == "ladder.anxiety_after");
    BOOST_REQUIRE_EQUAL(series[1].points.size(), 2u);
    BOOST_TEST(*series[1].points[0].step == 1u);
    BOOST_TEST(*series[1].points[1].step == 3u);
    BOOST_TEST(series[1].points[1].value == 7.0);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "homework/adherence.h"
#include "homework/iso_week.h"
#include "homework_fixtures.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;
using namespace std::chrono;
namespace data = boost::unit_test::data;

namespace {

Schedule Daily(const char* start) {
    Schedule schedule;
    schedule.start = D(start);
    schedule.recurrence.kind = RecurrenceKind::Daily;
    return schedule;
}

std::vector<Date> Days(std::initializer_list<const char*> isoDates) {
    std::vector<Date> days;
    for (const auto* text : isoDates) days.push_back(D(text));
    return days;
}

std::vector<std::string> OccurrenceDays(const Adherence& adherence) {
    std::vector<std::string> days;
    for (const auto& occurrence : adherence.occurrences) days.push_back(FormatDate(occurrence.day));
    return days;
}

// "x" completed, "." missed, "?" pending, one character per occurrence.
std::string Statuses(const Adherence& adherence) {
    std::string text;
    for (const auto& occurrence : adherence.occurrences) {
        const std::string status = ToString(occurrence.status);
        text += status == "completed" ? 'x'
                : status == "missed"  ? '.'
                : status == "pending" ? '?'
                                      : '!';
    }
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(adherence)

BOOST_AUTO_TEST_CASE(a_daily_schedule_crosses_a_month_end_day_by_day) {
    auto entries = Days({"2026-01-29", "2026-01-30", "2026-01-31", "2026-02-02"});
    auto a = ComputeAdherence(Daily("2026-01-29"), entries, D("2026-01-29"), D("2026-02-02"));
    BOOST_TEST(
        OccurrenceDays(a) == (std::vector<std::string>{"2026-01-29", "2026-01-30", "2026-01-31",
                                                       "2026-02-01", "2026-02-02"}),
        boost::test_tools::per_element());
    BOOST_TEST(Statuses(a) == "xxx.x");
    BOOST_TEST(a.expected == 5u);
    BOOST_TEST(a.completed == 4u);
    BOOST_TEST(a.longestStreak == 3u);
    BOOST_TEST(a.currentStreak == 1u);
    BOOST_TEST(FormatDate(*a.lastEntry) == "2026-02-02");
    BOOST_TEST(*a.Rate() == 0.8);
}

struct MonthEnd {
    const char* from;
    const char* to;
    size_t days;
};

std::ostream& operator<<(std::ostream& out, const MonthEnd& m) {
    return out << m.from << ".." << m.to;
}

BOOST_DATA_TEST_CASE(a_daily_schedule_expects_one_occurrence_per_calendar_day,
                     data::make({MonthEnd{"2026-02-27", "2026-03-02", 4},
                                 MonthEnd{"2028-02-27", "2028-03-02", 5},  // leap year: Feb 29
                                 MonthEnd{"2100-02-27", "2100-03-02", 4},  // not a leap year
                                 MonthEnd{"2026-04-29", "2026-05-02", 4},
                                 MonthEnd{"2026-12-30", "2027-01-02", 4},
                                 MonthEnd{"2026-01-01", "2026-12-31", 365},
                                 MonthEnd{"2028-01-01", "2028-12-31", 366}}),
                     range) {
    auto a = ComputeAdherence(Daily(range.from), {}, D(range.from), D(range.to));
    BOOST_TEST(a.expected == range.days);
    BOOST_TEST(FormatDate(a.occurrences.front().day) == range.from);
    BOOST_TEST(FormatDate(a.occurrences.back().day) == range.to);
}

BOOST_AUTO_TEST_CASE(the_leap_day_is_an_occurrence_of_its_own) {
    auto a = ComputeAdherence(Daily("2028-02-28"), Days({"2028-02-28", "2028-02-29"}),
                              D("2028-02-28"), D("2028-03-01"));
    BOOST_TEST(
        OccurrenceDays(a) == (std::vector<std::string>{"2028-02-28", "2028-02-29", "2028-03-01"}),
        boost::test_tools::per_element());
    BOOST_TEST(Statuses(a) == "xx?");
}

// Sunday of each clock change: Europe (last Sunday of March and October), the United States
// (second Sunday of March, first of November), and the southern hemisphere (Sydney, April and
// October). A schedule in days cannot see them; the test proves no day is lost or doubled.
BOOST_DATA_TEST_CASE(a_daily_schedule_neither_loses_nor_doubles_a_day_over_a_dst_weekend,
                     data::make({"2026-03-29", "2026-10-25", "2026-03-08", "2026-11-01",
                                 "2026-04-05", "2026-10-04", "2027-03-28", "2027-10-31"}),
                     sundayText) {
    const sys_days sunday{D(sundayText)};
    const Date friday{sunday - days{2}};
    const Date tuesday{sunday + days{2}};
    Schedule schedule;
    schedule.start = friday;
    std::vector<Date> entries;
    for (auto day = sys_days{friday}; day <= sys_days{tuesday}; day += days{1})
        entries.push_back(Date{day});
    auto a = ComputeAdherence(schedule, entries, friday, tuesday);
    BOOST_REQUIRE_EQUAL(a.occurrences.size(), 5u);
    for (size_t i = 0; i < a.occurrences.size(); ++i)
        BOOST_TEST((sys_days{a.occurrences[i].day} == sys_days{friday} + days{i}));
    BOOST_TEST(Statuses(a) == "xxxxx");
    BOOST_TEST(a.currentStreak == 5u);
}

BOOST_DATA_TEST_CASE(a_weekly_schedule_over_a_dst_weekend_expects_one_occurrence_a_week,
                     data::make({"2026-03-29", "2026-10-25", "2026-03-08", "2026-11-01"}),
                     sundayText) {
    const sys_days sunday{D(sundayText)};
    Schedule schedule;
    schedule.start = Date{sunday - days{20}};  // a Monday three weeks before
    schedule.recurrence = {RecurrenceKind::Weekly, {}, Sunday};
    auto a = ComputeAdherence(schedule, std::vector<Date>{Date{sunday}}, schedule.start,
                              Date{sunday + days{7}});
    BOOST_TEST(a.expected == 4u);
    BOOST_TEST(Statuses(a) == "..x?");  // the last Sunday is the as-of day
}

BOOST_AUTO_TEST_CASE(several_entries_on_one_day_count_once) {
    auto entries = Days({"2026-05-04", "2026-05-04", "2026-05-04", "2026-05-06"});
    auto a = ComputeAdherence(Daily("2026-05-04"), entries, D("2026-05-04"), D("2026-05-06"));
    BOOST_TEST(a.completed == 2u);
    BOOST_TEST(Statuses(a) == "x.x");
}

BOOST_AUTO_TEST_CASE(chosen_weekdays_count_only_their_days_across_a_month_end) {
    Schedule schedule;
    schedule.start = D("2026-03-30");  // a Monday
    schedule.recurrence = {RecurrenceKind::Weekdays, {Monday, Wednesday, Friday}, Monday};
    // Tuesday's entry falls on no planned day: it neither completes nor counts as outside.
    auto entries =
        Days({"2026-03-30", "2026-03-31", "2026-04-01", "2026-04-03", "2026-04-03", "2026-04-08"});
    auto a = ComputeAdherence(schedule, entries, D("2026-03-30"), D("2026-04-10"));
    BOOST_TEST(
        OccurrenceDays(a) == (std::vector<std::string>{"2026-03-30", "2026-04-01", "2026-04-03",
                                                       "2026-04-06", "2026-04-08", "2026-04-10"}),
        boost::test_tools::per_element());
    BOOST_TEST(Statuses(a) == "xxx.x?");  // Friday the 10th is today and still open
    BOOST_TEST(a.expected == 6u);
    BOOST_TEST(a.completed == 4u);
    BOOST_TEST(a.pending == 1u);
    BOOST_TEST(*a.Rate() == 0.8);
    BOOST_TEST(a.longestStreak == 3u);
    BOOST_TEST(a.currentStreak == 1u);
    BOOST_TEST(a.entriesOutsideActivePeriod == 0u);
    BOOST_REQUIRE_EQUAL(a.weeks.size(), 2u);
    BOOST_TEST(a.weeks[0].week.week == 14u);
    BOOST_TEST(a.weeks[0].expected == 3u);
    BOOST_TEST(a.weeks[0].completed == 3u);
    BOOST_TEST(a.weeks[1].week.week == 15u);
    BOOST_TEST(a.weeks[1].expected == 3u);
    BOOST_TEST(a.weeks[1].completed == 1u);
    BOOST_TEST(a.weeks[1].pending == 1u);
}

BOOST_AUTO_TEST_CASE(a_weekly_schedule_takes_any_entry_in_its_iso_week_across_the_year_end) {
    Schedule schedule;
    schedule.start = D("2026-12-21");  // Monday of 2026-W52
    schedule.recurrence = {RecurrenceKind::Weekly, {}, Friday};
    // W52: a Tuesday entry; W53 (Dec 28 - Jan 3): Sunday Jan 3; W1 2027: nothing; W2: two.
    auto entries = Days({"2026-12-22", "2027-01-03", "2027-01-11", "2027-01-12"});
    auto a = ComputeAdherence(schedule, entries, D("2026-12-21"), D("2027-01-17"));
    BOOST_TEST(OccurrenceDays(a) == (std::vector<std::string>{"2026-12-25", "2027-01-01",
                                                              "2027-01-08", "2027-01-15"}),
               boost::test_tools::per_element());
    BOOST_TEST(Statuses(a) == "xx.x");
    BOOST_TEST(a.longestStreak == 2u);
    BOOST_TEST(a.currentStreak == 1u);
    BOOST_REQUIRE_EQUAL(a.weeks.size(), 4u);
    BOOST_TEST(a.weeks[1].week.year == 2026);
    BOOST_TEST(a.weeks[1].week.week == 53u);
    BOOST_TEST(a.weeks[2].week.year == 2027);
    BOOST_TEST(a.weeks[2].week.week == 1u);
}

BOOST_AUTO_TEST_CASE(a_weekly_occurrence_is_pending_until_its_week_is_over) {
    Schedule schedule;
    schedule.start = D("2026-06-01");  // Monday
    schedule.recurrence = {RecurrenceKind::Weekly, {}, Friday};
    auto midweek = ComputeAdherence(schedule, {}, D("2026-06-01"), D("2026-06-06"));
    BOOST_TEST(Statuses(midweek) == "?");
    BOOST_TEST(!midweek.Rate().has_value());
    auto onSunday = ComputeAdherence(schedule, {}, D("2026-06-01"), D("2026-06-07"));
    BOOST_TEST(Statuses(onSunday) == "?");
    auto afterwards = ComputeAdherence(schedule, {}, D("2026-06-01"), D("2026-06-08"));
    BOOST_TEST(Statuses(afterwards) == ".?");
    auto early = ComputeAdherence(schedule, Days({"2026-06-02"}), D("2026-06-01"), D("2026-06-03"));
    BOOST_TEST(Statuses(early) == "x");
}

BOOST_AUTO_TEST_CASE(a_weekly_schedule_starting_after_its_weekday_expects_nothing_that_week) {
    Schedule schedule;
    schedule.start = D("2026-06-04");  // Thursday; the planned Tuesday of this week is gone
    schedule.recurrence = {RecurrenceKind::Weekly, {}, Tuesday};
    auto a = ComputeAdherence(schedule, Days({"2026-06-05"}), D("2026-06-04"), D("2026-06-14"));
    BOOST_TEST(OccurrenceDays(a) == (std::vector<std::string>{"2026-06-09"}),
               boost::test_tools::per_element());
    BOOST_TEST(Statuses(a) == "?");  // the entry of the 5th lies in the week before
}

BOOST_AUTO_TEST_CASE(a_pause_holds_no_occurrences_and_does_not_break_the_streak) {
    auto schedule = Daily("2026-06-01");
    schedule.pauses.push_back({D("2026-06-04"), D("2026-06-06")});
    // Every active day has an entry; the one written on the 5th fell inside the pause.
    auto entries = Days({"2026-06-01", "2026-06-02", "2026-06-03", "2026-06-05", "2026-06-07",
                         "2026-06-08", "2026-06-09", "2026-06-10"});
    auto a = ComputeAdherence(schedule, entries, D("2026-06-01"), D("2026-06-10"));
    BOOST_TEST(a.expected == 7u);
    BOOST_TEST(a.completed == 7u);
    BOOST_TEST(a.currentStreak == 7u);
    BOOST_TEST(a.entriesOutsideActivePeriod == 1u);
}

BOOST_AUTO_TEST_CASE(an_open_pause_stops_expecting_work_from_its_first_day) {
    auto schedule = Daily("2026-06-01");
    schedule.pauses.push_back({D("2026-06-04"), std::nullopt});
    auto a = ComputeAdherence(schedule, {}, D("2026-06-01"), D("2026-06-30"));
    BOOST_TEST(a.expected == 3u);
}

BOOST_AUTO_TEST_CASE(a_back_dated_entry_completes_the_day_it_was_written) {
    // Recorded in session on the 12th, in the order the client handed the pages over.
    auto entries = Days({"2026-06-11", "2026-06-08", "2026-06-09"});
    auto a = ComputeAdherence(Daily("2026-06-08"), entries, D("2026-06-08"), D("2026-06-12"));
    BOOST_TEST(Statuses(a) == "xx.x?");
    BOOST_TEST(FormatDate(*a.lastEntry) == "2026-06-11");
}

BOOST_AUTO_TEST_CASE(entries_before_the_start_or_after_the_end_count_only_as_outside) {
    auto schedule = Daily("2026-06-03");
    schedule.ended = D("2026-06-05");
    auto entries = Days({"2026-06-01", "2026-06-03", "2026-06-04", "2026-06-05", "2026-06-07"});
    auto a = ComputeAdherence(schedule, entries, D("2026-05-25"), D("2026-06-10"));
    BOOST_TEST(
        OccurrenceDays(a) == (std::vector<std::string>{"2026-06-03", "2026-06-04", "2026-06-05"}),
        boost::test_tools::per_element());
    BOOST_TEST(a.completed == 3u);
    BOOST_TEST(a.entriesOutsideActivePeriod == 2u);
    BOOST_TEST(FormatDate(*a.lastEntry) == "2026-06-07");
}

BOOST_AUTO_TEST_CASE(entries_after_the_as_of_day_are_ignored) {
    auto a = ComputeAdherence(Daily("2026-06-01"), Days({"2026-06-01", "2026-06-05"}),
                              D("2026-06-01"), D("2026-06-02"));
    BOOST_TEST(Statuses(a) == "x?");
    BOOST_TEST(FormatDate(*a.lastEntry) == "2026-06-01");
}

BOOST_AUTO_TEST_CASE(a_due_date_ends_a_recurring_schedule) {
    auto schedule = Daily("2026-06-01");
    schedule.due = D("2026-06-03");
    auto a = ComputeAdherence(schedule, {}, D("2026-06-01"), D("2026-06-30"));
    BOOST_TEST(a.expected == 3u);
    BOOST_REQUIRE_EQUAL(a.weeks.size(), 1u);
}

BOOST_AUTO_TEST_CASE(today_without_an_entry_yet_does_not_break_the_current_streak) {
    auto a = ComputeAdherence(Daily("2026-06-01"), Days({"2026-06-01", "2026-06-02", "2026-06-03"}),
                              D("2026-06-01"), D("2026-06-04"));
    BOOST_TEST(Statuses(a) == "xxx?");
    BOOST_TEST(a.currentStreak == 3u);
    BOOST_TEST(*a.Rate() == 1.0);
}

BOOST_AUTO_TEST_CASE(a_missed_day_resets_the_current_streak_but_not_the_longest) {
    auto a = ComputeAdherence(
        Daily("2026-06-01"),
        Days({"2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-06"}),
        D("2026-06-01"), D("2026-06-07"));
    BOOST_TEST(Statuses(a) == "xxxx.x?");
    BOOST_TEST(a.longestStreak == 4u);
    BOOST_TEST(a.currentStreak == 1u);
}

struct OnceCase {
    const char* name;
    std::vector<const char*> entries;
    const char* asOf;
    const char* statuses;
    size_t outside;
};

std::ostream& operator<<(std::ostream& out, const OnceCase& c) { return out << c.name; }

BOOST_DATA_TEST_CASE(a_one_off_assignment_is_done_any_day_up_to_its_due_date,
                     data::make({OnceCase{"done early", {"2026-06-02"}, "2026-06-10", "x", 0},
                                 OnceCase{"done on the day", {"2026-06-07"}, "2026-06-07", "x", 0},
                                 OnceCase{"not yet due", {}, "2026-06-03", "?", 0},
                                 OnceCase{"missed", {}, "2026-06-08", ".", 0},
                                 OnceCase{"done late", {"2026-06-09"}, "2026-06-10", ".", 1}}),
                     c) {
    Schedule schedule;
    schedule.start = D("2026-06-01");
    schedule.due = D("2026-06-07");
    schedule.recurrence.kind = RecurrenceKind::Once;
    std::vector<Date> entries;
    for (const auto* day : c.entries) entries.push_back(D(day));
    auto a = ComputeAdherence(schedule, entries, D("2026-06-01"), D(c.asOf));
    BOOST_TEST(Statuses(a) == c.statuses);
    BOOST_TEST(a.entriesOutsideActivePeriod == c.outside);
}

BOOST_AUTO_TEST_CASE(a_range_after_the_end_expects_nothing) {
    auto schedule = Daily("2026-06-01");
    schedule.ended = D("2026-06-05");
    auto a = ComputeAdherence(schedule, {}, D("2026-07-01"), D("2026-07-31"));
    BOOST_TEST(a.expected == 0u);
    BOOST_TEST(a.weeks.empty());
    BOOST_TEST(!a.Rate().has_value());
}

struct WeekCase {
    const char* day;
    int year;
    unsigned week;
    const char* monday;
};

std::ostream& operator<<(std::ostream& out, const WeekCase& c) { return out << c.day; }

BOOST_DATA_TEST_CASE(iso_weeks_belong_to_the_year_of_their_thursday,
                     data::make({WeekCase{"2026-12-31", 2026, 53, "2026-12-28"},
                                 WeekCase{"2027-01-03", 2026, 53, "2026-12-28"},
                                 WeekCase{"2027-01-04", 2027, 1, "2027-01-04"},
                                 WeekCase{"2024-12-30", 2025, 1, "2024-12-30"},
                                 WeekCase{"2021-01-03", 2020, 53, "2020-12-28"},
                                 WeekCase{"2026-03-29", 2026, 13, "2026-03-23"},
                                 WeekCase{"2028-02-29", 2028, 9, "2028-02-28"},
                                 WeekCase{"2026-01-01", 2026, 1, "2025-12-29"}}),
                     c) {
    auto week = IsoWeekOf(D(c.day));
    BOOST_TEST(week.year == c.year);
    BOOST_TEST(week.week == c.week);
    BOOST_TEST(FormatDate(week.monday) == c.monday);
    BOOST_TEST((weekday{sys_days{week.Sunday()}} == Sunday));
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "chart_fixtures.h"
#include "report/chart_axis.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::D;

namespace {

struct TickCase {
    double low;
    double high;
    bool expand;
    double min;
    double max;
    std::vector<std::string> labels;
};

std::ostream& operator<<(std::ostream& out, const TickCase& c) {
    return out << c.low << ".." << c.high << (c.expand ? " expanded" : " fixed");
}

const std::vector<TickCase> kTickCases = {
    {1.0, 7.0, false, 1.0, 7.0, {"1", "2", "3", "4", "5", "6", "7"}},
    {0.0, 10.0, false, 0.0, 10.0, {"0", "2", "4", "6", "8", "10"}},
    {18.0, 126.0, false, 18.0, 126.0, {"20", "40", "60", "80", "100", "120"}},
    {2.3, 5.8, true, 2.0, 6.0, {"2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0"}},
    {-3.2, 4.1, true, -4.0, 5.0, {"-4", "-3", "-2", "-1", "0", "1", "2", "3", "4", "5"}},
    {0.0,
     0.37,
     true,
     0.0,
     0.4,
     {"0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40"}},
    {12.0, 480.0, true, 0.0, 500.0, {"0", "100", "200", "300", "400", "500"}},
};

std::vector<std::string> LabelsOf(const ChartAxis& axis) {
    std::vector<std::string> labels;
    for (const auto& tick : axis.ticks) labels.push_back(tick.label);
    return labels;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(chart_axis)

BOOST_DATA_TEST_CASE(value_axis_ticks_fall_on_one_two_or_five_times_a_power_of_ten,
                     boost::unit_test::data::make(kTickCases), c) {
    const auto axis = NiceValueAxis(c.low, c.high, 10, c.expand);
    BOOST_TEST(axis.min == c.min, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(axis.max == c.max, boost::test_tools::tolerance(1e-9));
    const auto labels = LabelsOf(axis);
    BOOST_TEST(labels == c.labels, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(value_axis_never_has_more_ticks_than_asked) {
    for (const int maxTicks : {3, 5, 8, 12}) {
        for (const double high : {1.0, 7.0, 9.9, 73.0, 1234.5}) {
            const auto axis = NiceValueAxis(0.0, high, maxTicks, true);
            BOOST_TEST(axis.ticks.size() <= static_cast<size_t>(maxTicks));
            BOOST_TEST(axis.ticks.size() >= 2u);
        }
    }
}

BOOST_AUTO_TEST_CASE(tick_positions_run_from_zero_to_one_across_the_range) {
    const auto axis = NiceValueAxis(1.0, 7.0, 8, false);
    BOOST_TEST(axis.ticks.front().position == 0.0);
    BOOST_TEST(axis.ticks.back().position == 1.0);
    BOOST_TEST(axis.ticks[3].position == 0.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(axis.Position(4.0) == 0.5, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_range_of_one_value_is_widened_so_the_value_sits_inside_it) {
    const auto axis = NiceValueAxis(3.0, 3.0, 8, true);
    BOOST_TEST(axis.min < 3.0);
    BOOST_TEST(axis.max > 3.0);
    const auto zero = NiceValueAxis(0.0, 0.0, 8, true);
    BOOST_TEST(zero.min < 0.0);
    BOOST_TEST(zero.max > 0.0);
}

BOOST_AUTO_TEST_CASE(axis_labels_never_show_minus_zero) {
    const auto axis = NiceValueAxis(-0.3, 0.3, 7, true);
    const auto labels = LabelsOf(axis);
    BOOST_TEST(std::count(labels.begin(), labels.end(), "0.0") == 1);
    BOOST_TEST(std::count(labels.begin(), labels.end(), "-0.0") == 0);
}

BOOST_AUTO_TEST_CASE(a_date_axis_over_a_few_days_ticks_every_day) {
    const auto axis = DateAxis(D(2026, 3, 2), D(2026, 3, 5), 6);
    BOOST_TEST(LabelsOf(axis) == (std::vector<std::string>{"2 Mar", "3 Mar", "4 Mar", "5 Mar"}),
               boost::test_tools::per_element());
    BOOST_TEST(axis.Position(DayNumber(D(2026, 3, 2))) > 0.0);
    BOOST_TEST(axis.Position(DayNumber(D(2026, 3, 5))) < 1.0);
}

BOOST_AUTO_TEST_CASE(a_date_axis_over_some_weeks_ticks_on_mondays) {
    const auto axis = DateAxis(D(2026, 11, 1), D(2026, 11, 30), 6);
    BOOST_TEST(LabelsOf(axis) ==
                   (std::vector<std::string>{"2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_date_axis_over_a_year_ticks_on_quarters_across_new_year) {
    const auto axis = DateAxis(D(2025, 9, 15), D(2026, 8, 20), 6);
    BOOST_TEST(LabelsOf(axis) ==
                   (std::vector<std::string>{"Oct 2025", "Jan 2026", "Apr 2026", "Jul 2026"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_date_axis_over_many_years_ticks_on_januaries) {
    const auto axis = DateAxis(D(2019, 5, 1), D(2026, 2, 1), 6);
    const auto labels = LabelsOf(axis);
    BOOST_TEST(labels.size() <= 6u);
    BOOST_TEST(labels.front() == "2020");
    for (const auto& tick : axis.ticks) {
        BOOST_TEST(tick.position >= 0.0);
        BOOST_TEST(tick.position <= 1.0);
    }
}

BOOST_AUTO_TEST_CASE(a_date_axis_of_one_day_keeps_that_day_in_the_middle) {
    const auto axis = DateAxis(D(2026, 1, 31), D(2026, 1, 31), 6);
    BOOST_TEST(axis.Position(DayNumber(D(2026, 1, 31))) == 0.5,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(LabelsOf(axis) == (std::vector<std::string>{"31 Jan"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

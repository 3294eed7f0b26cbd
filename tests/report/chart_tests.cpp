#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>

#include "chart_fixtures.h"
#include "core/error.h"
#include "report/chart.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::D;

BOOST_AUTO_TEST_SUITE(line_chart)

BOOST_AUTO_TEST_CASE(points_are_sorted_by_date_and_placed_in_the_unit_box) {
    LineChartInput input;
    input.title = "Anxiety";
    input.yRange = {{1.0, 7.0}};
    input.series.push_back(
        {"Anxiety", {{D(2026, 3, 20), 4.0}, {D(2026, 3, 1), 7.0}, {D(2026, 3, 10), 1.0}}});
    const auto chart = BuildLineChart(input);
    BOOST_REQUIRE_EQUAL(chart.series.size(), 1u);
    const auto& series = chart.series[0];
    BOOST_REQUIRE_EQUAL(series.points.size(), 3u);
    BOOST_TEST((series.dates[0] == D(2026, 3, 1)));
    BOOST_TEST((series.dates[2] == D(2026, 3, 20)));
    BOOST_TEST(series.points[0].y == 1.0);
    BOOST_TEST(series.points[1].y == 0.0);
    BOOST_TEST(series.points[2].y == 0.5);
    BOOST_TEST(series.points[0].x < series.points[1].x);
    BOOST_TEST(series.points[1].x < series.points[2].x);
    BOOST_TEST(series.points[0].x > 0.0);
    BOOST_TEST(series.points[2].x < 1.0);
    BOOST_TEST(series.values[0] == "7");
    BOOST_TEST(!chart.Empty());
}

BOOST_AUTO_TEST_CASE(a_value_with_decimals_is_labelled_with_one_decimal) {
    LineChartInput input;
    input.series.push_back({"Anxiety", {{D(2026, 3, 1), 3.375}}});
    const auto chart = BuildLineChart(input);
    BOOST_TEST(chart.series[0].values[0] == "3.4");
}

BOOST_AUTO_TEST_CASE(the_x_axis_covers_the_whole_period_even_where_there_is_no_data) {
    LineChartInput input;
    input.period = {{D(2026, 1, 1), D(2026, 6, 30)}};
    input.series.push_back({"Anxiety", {{D(2026, 3, 1), 3.0}}});
    const auto chart = BuildLineChart(input);
    BOOST_TEST(chart.x.Position(DayNumber(D(2026, 1, 1))) >= 0.0);
    BOOST_TEST(chart.x.Position(DayNumber(D(2026, 6, 30))) <= 1.0);
    BOOST_TEST(chart.series[0].points[0].x > 0.2);
    BOOST_TEST(chart.series[0].points[0].x < 0.5);
}

BOOST_AUTO_TEST_CASE(a_data_driven_y_range_includes_the_reference_lines) {
    LineChartInput input;
    input.series.push_back({"Total", {{D(2026, 3, 1), 3.0}, {D(2026, 3, 8), 6.0}}});
    input.references.push_back({10.0, "clinical cut-off"});
    const auto chart = BuildLineChart(input);
    BOOST_TEST(chart.y.max >= 10.0);
    BOOST_TEST(chart.y.min <= 3.0);
    BOOST_REQUIRE_EQUAL(chart.references.size(), 1u);
    BOOST_TEST(chart.references[0].label == "clinical cut-off");
    BOOST_TEST(chart.references[0].position == chart.y.Position(10.0));
}

BOOST_AUTO_TEST_CASE(a_reference_line_outside_a_fixed_range_is_left_out) {
    LineChartInput input;
    input.yRange = {{1.0, 7.0}};
    input.series.push_back({"Anxiety", {{D(2026, 3, 1), 3.0}}});
    input.references.push_back({9.0, "too high"});
    input.references.push_back({4.0, "midpoint"});
    const auto chart = BuildLineChart(input);
    BOOST_REQUIRE_EQUAL(chart.references.size(), 1u);
    BOOST_TEST(chart.references[0].position == 0.5);
}

BOOST_AUTO_TEST_CASE(a_chart_without_points_is_empty_and_still_has_a_y_axis) {
    LineChartInput input;
    input.series.push_back({"Anxiety", {}});
    const auto chart = BuildLineChart(input);
    BOOST_TEST(chart.Empty());
    BOOST_TEST(!chart.y.ticks.empty());
}

BOOST_AUTO_TEST_CASE(a_value_that_is_not_a_number_is_refused) {
    LineChartInput input;
    input.series.push_back({"Anxiety", {{D(2026, 3, 1), std::nan("")}}});
    BOOST_CHECK_THROW(BuildLineChart(input), Error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(quadrant_chart)

BOOST_AUTO_TEST_CASE(the_cut_offs_split_the_unit_box_into_four_quadrants) {
    const auto chart = BuildQuadrantChart(test::PlaneInput(2.5));
    BOOST_TEST(chart.xCutoff.position == 0.5);
    BOOST_TEST(chart.yCutoff.position == 0.25);
    BOOST_TEST(chart.quadrants[0].label == "Secure");
    BOOST_TEST(chart.quadrants[0].right == 0.5);
    BOOST_TEST(chart.quadrants[0].top == 0.25);
    BOOST_TEST(chart.quadrants[3].label == "Fearful");
    BOOST_TEST(chart.quadrants[3].left == 0.5);
    BOOST_TEST(chart.quadrants[3].bottom == 0.25);
    BOOST_TEST(chart.quadrants[1].left == 0.5);
    BOOST_TEST(chart.quadrants[2].bottom == 0.25);
    BOOST_TEST(chart.x.ticks.front().label == "1");
    BOOST_TEST(chart.x.ticks.back().label == "7");
}

BOOST_AUTO_TEST_CASE(the_path_runs_oldest_first_and_numbers_its_points) {
    auto input = test::PlaneInput(2.5);
    input.points = {
        {D(2026, 5, 1), 2.0, 2.0}, {D(2026, 1, 1), 6.0, 5.5}, {D(2026, 3, 1), 4.0, 4.0}};
    const auto chart = BuildQuadrantChart(input);
    BOOST_REQUIRE_EQUAL(chart.path.size(), 3u);
    BOOST_TEST((chart.path[0].date == D(2026, 1, 1)));
    BOOST_TEST(chart.path[0].label == "1");
    BOOST_TEST(chart.path[0].at.x == 5.0 / 6.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(chart.path[0].at.y == 0.75, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(chart.path[2].label == "3");
    BOOST_TEST(chart.path[2].at.x == 1.0 / 6.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_point_outside_the_scale_is_kept_on_the_frame) {
    auto input = test::PlaneInput(2.5);
    input.points = {{D(2026, 1, 1), 9.0, -1.0}};
    const auto chart = BuildQuadrantChart(input);
    BOOST_TEST(chart.path[0].at.x == 1.0);
    BOOST_TEST(chart.path[0].at.y == 0.0);
}

BOOST_AUTO_TEST_CASE(a_path_point_that_is_not_a_number_is_refused) {
    auto input = test::PlaneInput(2.5);
    input.points = {{D(2026, 1, 1), std::numeric_limits<double>::infinity(), 2.0}};
    BOOST_CHECK_THROW(BuildQuadrantChart(input), Error);
}

BOOST_AUTO_TEST_SUITE_END()

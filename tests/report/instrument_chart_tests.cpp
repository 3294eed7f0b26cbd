#include <boost/test/unit_test.hpp>
#include <string>

#include "assess/instrument_loader.h"
#include "chart_fixtures.h"
#include "core/error.h"
#include "report/instrument_charts.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::D;

namespace {

assess::Instrument Shipped(const std::string& file) {
    return assess::LoadInstrument(std::string(SECUREBASE_FORMS_DIR) + "/instruments/" + file);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(instrument_charts)

BOOST_AUTO_TEST_CASE(
    a_subscale_chart_spans_the_response_scale_and_draws_the_classification_cut_off) {
    const auto instrument = Shipped("relationship_patterns_inventory.json");
    const auto chart =
        SubscaleChart(instrument, "anxiety", {{D(2026, 1, 5), 5.5}, {D(2026, 3, 2), 3.375}});
    BOOST_TEST(chart.title == "Attachment anxiety");
    BOOST_TEST(chart.y.min == 1.0);
    BOOST_TEST(chart.y.max == 7.0);
    BOOST_REQUIRE_EQUAL(chart.references.size(), 1u);
    BOOST_TEST(chart.references[0].value == 4.0);
    BOOST_TEST(chart.references[0].position == 0.5);
    BOOST_TEST(chart.references[0].label.find("cut-off") != std::string::npos);
    BOOST_TEST(chart.series[0].values[1] == "3.4");
}

BOOST_AUTO_TEST_CASE(a_sum_subscale_chart_spans_the_sum_of_its_items) {
    auto instrument = Shipped("ecr_r_scoring_key.json");
    auto& anxiety = instrument.subscales[0];
    anxiety.rule = assess::ScoringRule::Sum;
    const auto chart = SubscaleChart(instrument, anxiety.id, {{D(2026, 1, 5), 60.0}});
    BOOST_TEST(chart.y.min == 18.0);
    BOOST_TEST(chart.y.max == 126.0);
    BOOST_TEST(chart.y.title == "Total score");
}

BOOST_AUTO_TEST_CASE(cut_off_bands_of_a_subscale_become_reference_lines) {
    auto instrument = Shipped("weekly_secure_base_checkin.json");
    auto& safety = instrument.subscales[0];
    safety.cutoffs = assess::Cutoffs{"test", {{0.0, "low"}, {4.0, "middle"}, {7.0, "high"}}};
    const auto chart = SubscaleChart(instrument, safety.id, {{D(2026, 1, 5), 6.0}});
    BOOST_REQUIRE_EQUAL(chart.references.size(), 2u);
    BOOST_TEST(chart.references[0].value == 4.0);
    BOOST_TEST(chart.references[0].label == "middle");
    BOOST_TEST(chart.references[1].value == 7.0);
}

BOOST_AUTO_TEST_CASE(an_unknown_subscale_is_reported_by_id) {
    const auto instrument = Shipped("relationship_patterns_inventory.json");
    try {
        SubscaleChart(instrument, "nonesuch", {});
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
        BOOST_TEST(std::string(error.what()).find("nonesuch") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(the_attachment_inventory_gives_an_anxiety_by_avoidance_quadrant_plot) {
    const auto instrument = Shipped("relationship_patterns_inventory.json");
    const auto axes = QuadrantSubscales(instrument);
    BOOST_REQUIRE(axes.has_value());
    BOOST_TEST((*axes)[0] == "anxiety");
    BOOST_TEST((*axes)[1] == "avoidance");
    const auto chart = ClassificationQuadrantChart(
        instrument, {{D(2026, 1, 5), 5.0, 5.0}, {D(2026, 4, 5), 3.0, 2.0}});
    BOOST_REQUIRE(chart.has_value());
    BOOST_TEST(chart->x.title == "Attachment anxiety");
    BOOST_TEST(chart->y.title == "Attachment avoidance");
    BOOST_TEST(chart->xCutoff.position == 0.5);
    BOOST_TEST(chart->yCutoff.position == 0.5);
    BOOST_TEST(chart->quadrants[0].label == "Secure");
    BOOST_TEST(chart->quadrants[1].label == "Anxious (preoccupied)");
    BOOST_TEST(chart->quadrants[2].label == "Avoidant (dismissing)");
    BOOST_TEST(chart->quadrants[3].label == "Disorganized (fearful)");
    BOOST_REQUIRE_EQUAL(chart->path.size(), 2u);
    BOOST_TEST(chart->path[1].at.x < 0.5);
    BOOST_TEST(chart->path[1].at.y < 0.5);
}

BOOST_AUTO_TEST_CASE(an_instrument_without_a_two_way_classification_has_no_quadrant_plot) {
    BOOST_TEST(!QuadrantSubscales(Shipped("ecr_r_scoring_key.json")).has_value());
    BOOST_TEST(!ClassificationQuadrantChart(Shipped("weekly_secure_base_checkin.json"), {}));
}

BOOST_AUTO_TEST_CASE(a_classification_missing_a_quadrant_has_no_quadrant_plot) {
    auto instrument = Shipped("relationship_patterns_inventory.json");
    instrument.classification->rules.pop_back();
    BOOST_TEST(!QuadrantSubscales(instrument).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

#include <ostream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "assess/assess_test_support.h"
#include "assess/classifier.h"

using namespace securebase;
using namespace securebase::assess;
namespace data = boost::unit_test::data;

namespace {

struct QuadrantCase {
    double anxiety;
    double avoidance;
    const char* label;
};

std::ostream& operator<<(std::ostream& out, const QuadrantCase& c) {
    return out << "anxiety " << c.anxiety << ", avoidance " << c.avoidance;
}

// Both cuts are "at or above 4.0 is high", so 4.0 itself is high and 3.99 is low.
const QuadrantCase kQuadrants[] = {
    {1.0, 1.0, "Secure"},
    {3.99, 3.99, "Secure"},
    {7.0, 1.0, "Anxious (preoccupied)"},
    {4.0, 3.99, "Anxious (preoccupied)"},
    {1.0, 7.0, "Avoidant (dismissing)"},
    {3.99, 4.0, "Avoidant (dismissing)"},
    {7.0, 7.0, "Disorganized (fearful)"},
    {4.0, 4.0, "Disorganized (fearful)"},
};

std::vector<SubscaleScore> Scores(double anxiety, double avoidance,
                                  std::optional<double> disorganization) {
    return {{"anxiety", true, anxiety, 8, 0, 1, ""},
            {"avoidance", true, avoidance, 8, 0, 1, ""},
            {"disorganization", disorganization.has_value(), disorganization,
             disorganization ? 8 : 6, disorganization ? 0 : 2, 1, ""}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(classification)

BOOST_DATA_TEST_CASE(each_quadrant_and_the_four_point_boundary_get_their_label,
                     data::make(kQuadrants), quadrant) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result = Classify(instrument, *instrument.classification,
                                 Scores(quadrant.anxiety, quadrant.avoidance, 3.5));
    BOOST_TEST(result.classified);
    BOOST_TEST(result.label == quadrant.label);
}

BOOST_AUTO_TEST_CASE(
    the_explanation_shows_the_scores_the_disorganization_beside_and_the_convention) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result = Classify(instrument, *instrument.classification, Scores(4.25, 2.0, 4.5));
    BOOST_TEST(result.label == "Anxious (preoccupied)");
    BOOST_TEST(
        result.explanation.find("Attachment anxiety 4.25 at or above 4.00") != std::string::npos,
        result.explanation);
    BOOST_TEST(result.explanation.find("Attachment avoidance 2.00 below 4.00") !=
               std::string::npos);
    BOOST_TEST(result.explanation.find("Disorganization, reported beside: 4.50") !=
               std::string::npos);
    BOOST_TEST(result.explanation.find("SecureBase's own convention, not validated") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unscored_disorganization_does_not_block_the_classification) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result =
        Classify(instrument, *instrument.classification, Scores(2.0, 2.0, std::nullopt));
    BOOST_TEST(result.classified);
    BOOST_TEST(result.explanation.find("Disorganization, reported beside: not scored") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_invalid_input_subscale_leaves_the_result_unclassified) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    auto scores = Scores(5.0, 5.0, 5.0);
    scores[1].valid = false;
    scores[1].score.reset();
    const auto result = Classify(instrument, *instrument.classification, scores);
    BOOST_TEST(!result.classified);
    BOOST_TEST(result.label.empty());
    BOOST_TEST(result.explanation.find("Attachment avoidance has too many unanswered items") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(scoring_the_inventory_classifies_through_the_whole_pipeline) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    // See scoring_tests.cpp: anxiety 38/7 ≈ 5.43, avoidance 2.0, disorganization 4.25.
    const auto anxious = Score(instrument, test::NumberedAnswers("524615733264525473334-22"));
    BOOST_TEST(anxious.classification->label == "Anxious (preoccupied)");
    // All fours: exactly on both cuts.
    const auto fearful = Score(instrument, test::NumberedAnswers("444444444444444444444444"));
    BOOST_TEST(fearful.classification->label == "Disorganized (fearful)");
    const auto secure = Score(instrument, test::NumberedAnswers("231231231651231251637237"));
    BOOST_TEST(secure.classification->label == "Secure");
}

BOOST_AUTO_TEST_SUITE_END()

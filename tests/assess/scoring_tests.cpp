#include <ostream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "assess/assess_test_support.h"
#include "assess/scoring.h"
#include "core/error.h"

using namespace securebase;
using namespace securebase::assess;
namespace data = boost::unit_test::data;
namespace tt = boost::test_tools;

namespace {

constexpr double kNotScored = -1.0;

// One answer set and the scores worked out by hand; kNotScored marks a subscale that must be
// invalid for too many missing answers.
struct ScoringCase {
    const char* name;
    const char* answers;  // see test::NumberedAnswers
    double first;
    double second;
    double third;
};

std::ostream& operator<<(std::ostream& out, const ScoringCase& c) { return out << c.name; }

void CheckScore(const ScoreResult& result, const std::string& subscale, double expected) {
    const auto* score = result.Find(subscale);
    BOOST_TEST_REQUIRE(score != nullptr);
    if (expected == kNotScored) {
        BOOST_TEST(!score->valid, subscale);
        BOOST_TEST(!score->score.has_value());
    } else {
        BOOST_TEST_REQUIRE(score->valid, subscale);
        BOOST_TEST(*score->score == expected, subscale << tt::tolerance(1e-9));
    }
}

// Relationship Patterns Inventory. Items rotate anxiety, avoidance, disorganization:
//   anxiety         1 4 7 10R 13 16 19R 22
//   avoidance       2 5 8 11R 14 17R 20 23
//   disorganization 3 6 9 12 15 18 21R 24R      (R: scored 8 − answer)
const ScoringCase kRpi[] = {
    // Every answer 4: 8 − 4 = 4 too, so every mean is 4.
    {"all fours", "444444444444444444444444", 4.0, 4.0, 4.0},
    // Every answer 7: six 7s and two reversed 1s = 44; 44 / 8 = 5.5 in each subscale.
    {"all sevens", "777777777777777777777777", 5.5, 5.5, 5.5},
    // Every answer 1: six 1s and two reversed 7s = 20; 20 / 8 = 2.5.
    {"all ones", "111111111111111111111111", 2.5, 2.5, 2.5},
    // Anxiety: forward 2s, reversed 6s (8 − 6 = 2) -> 16 / 8 = 2.
    // Avoidance: forward 3s, reversed 5s (-> 3) -> 24 / 8 = 3.
    // Disorganization: forward 1s, reversed 7s (-> 1) -> 8 / 8 = 1.
    {"a low profile with reversed items", "231231231651231251637237", 2.0, 3.0, 1.0},
    // Item 22 unanswered (anxiety tolerates one).
    // Anxiety: 5 + 6 + 7 + (8−2) + 5 + 4 + (8−3) = 38; 38 / 7 = 5.428571...
    // Avoidance: 2 + 1 + 3 + (8−6) + 2 + (8−7) + 3 + 2 = 16; 16 / 8 = 2.
    // Disorganization: 4 + 5 + 3 + 4 + 5 + 3 + (8−4) + (8−2) = 34; 34 / 8 = 4.25.
    {"one anxiety item missing is prorated", "524615733264525473334-22", 38.0 / 7.0, 2.0, 4.25},
    // Items 1 and 4 unanswered: anxiety has 2 missing, 1 allowed, so it is not scored.
    // Avoidance all 2s with reversed 2s (-> 6): 6·2 + 2·6 = 24 / 8 = 3. Disorganization as above.
    {"two anxiety items missing is invalid", "-24-25723624225623324222", kNotScored, 3.0, 4.25},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(scoring)

BOOST_DATA_TEST_CASE(relationship_patterns_inventory_scores_match_hand_computation,
                     data::make(kRpi), scoringCase) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result = Score(instrument, test::NumberedAnswers(scoringCase.answers));
    CheckScore(result, "anxiety", scoringCase.first);
    CheckScore(result, "avoidance", scoringCase.second);
    CheckScore(result, "disorganization", scoringCase.third);
}

BOOST_AUTO_TEST_CASE(a_scored_subscale_reports_answered_and_missing_counts) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result = Score(instrument, test::NumberedAnswers("524615733264525473334-22"));
    BOOST_TEST(result.Find("anxiety")->answered == 7);
    BOOST_TEST(result.Find("anxiety")->missing == 1);
    BOOST_TEST(result.Find("avoidance")->missing == 0);
    BOOST_TEST(result.unanswered == std::vector<std::string>{"22"});
    BOOST_TEST(result.instrumentId == "relationship_patterns_inventory");
    BOOST_TEST(result.instrumentVersion == "1.0.0");
    BOOST_TEST(result.disclaimer.find("structured reflection tool, not a validated diagnostic "
                                      "measure") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_invalid_subscale_says_how_many_answers_were_missing) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result = Score(instrument, test::NumberedAnswers("-24-25723624225623324222"));
    BOOST_TEST(result.Find("anxiety")->missing == 2);
    BOOST_TEST(result.Find("anxiety")->maxMissing == 1);
    BOOST_TEST((result.unanswered == std::vector<std::string>{"1", "4"}));
    BOOST_TEST_REQUIRE(result.classification.has_value());
    BOOST_TEST(!result.classification->classified);
}

BOOST_AUTO_TEST_CASE(an_empty_administration_scores_nothing_and_lists_every_item) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    const auto result = Score(instrument, {});
    for (const auto& score : result.subscales) BOOST_TEST(!score.valid);
    BOOST_TEST(result.unanswered.size() == 24u);
}

namespace {

// ECR-R in Fraley, Waller & Brennan's order: anxiety 1–18 (reversed 9, 11), avoidance 19–36
// (reversed 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36), reversed = 8 − answer.
const ScoringCase kEcr[] = {
    // All 4: 8 − 4 = 4; both means 4.
    {"all fours", "444444444444444444444444444444444444", 4.0, 4.0, 0.0},
    // All 7. Anxiety: 16·7 + 2·1 = 114; 114 / 18 = 6.333...
    // Avoidance: 6 forward (19 21 23 24 25 32)·7 + 12 reversed·1 = 42 + 12 = 54; 54 / 18 = 3.
    {"all sevens", "777777777777777777777777777777777777", 114.0 / 18.0, 3.0, 0.0},
    // Item n answered ((n − 1) mod 7) + 1.
    // Anxiety, items 1–18: 1..7 + 1..7 + 1..4 = 28 + 28 + 10 = 66; item 9 answered 2 counts
    //   8 − 2 = 6 (+4), item 11 answered 4 counts 4 (+0): 70; 70 / 18 = 3.888...
    // Avoidance, items 19–36 answered 5 6 7 1 2 3 4 5 6 7 1 2 3 4 5 6 7 1.
    //   Forward 19:5 21:7 23:2 24:3 25:4 32:4 = 25.
    //   Reversed 20:6→2 22:1→7 26:5→3 27:6→2 28:7→1 29:1→7 30:2→6 31:3→5 33:5→3 34:6→2
    //   35:7→1 36:1→7 = 46. (25 + 46) / 18 = 71 / 18 = 3.944...
    {"cycling answers", "123456712345671234567123456712345671", 70.0 / 18.0, 71.0 / 18.0, 0.0},
    // Anxiety 1–18 all 6 (reversed 9, 11 -> 2): 16·6 + 2·2 = 100; 100 / 18 = 5.555...
    // Avoidance 19–36 all 2: forward 6·2 = 12, reversed 12·6 = 72; 84 / 18 = 4.666...
    {"high anxiety, forward-low avoidance", "666666666666666666222222222222222222", 100.0 / 18.0,
     84.0 / 18.0, 0.0},
    // Cycling answers with items 5 (answered 5) and 30 (answered 2, counted 6) missing: two
    // missing per subscale are tolerated. Anxiety (70 − 5) / 17; avoidance (71 − 6) / 17.
    {"two missing per subscale are prorated", "1234-671234567123456712345671-345671", 65.0 / 17.0,
     65.0 / 17.0, 0.0},
    // Three anxiety items missing (1, 2, 3): not scored. Avoidance all 4 -> 4.
    {"three missing anxiety items are invalid", "---444444444444444444444444444444444", kNotScored,
     4.0, 0.0},
};

}  // namespace

BOOST_DATA_TEST_CASE(ecr_r_scores_match_hand_computation, data::make(kEcr), scoringCase) {
    const auto instrument = test::LoadShipped("ecr_r_scoring_key");
    const auto result = Score(instrument, test::NumberedAnswers(scoringCase.answers));
    CheckScore(result, "anxiety", scoringCase.first);
    CheckScore(result, "avoidance", scoringCase.second);
}

namespace {

Answers CheckIn(int safety, int trust, int reassurance, int withdrawal, int calming, int needs) {
    return {{"safety", safety},         {"trust", trust},     {"reassurance", reassurance},
            {"withdrawal", withdrawal}, {"calming", calming}, {"needs", needs}};
}

}  // namespace

BOOST_AUTO_TEST_CASE(check_in_ratings_keep_their_own_direction_and_reverse_only_in_the_composite) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    const auto result = Score(instrument, CheckIn(8, 7, 3, 2, 6, 5));
    CheckScore(result, "safety", 8);
    CheckScore(result, "reassurance", 3);
    CheckScore(result, "withdrawal", 2);
    CheckScore(result, "needs", 5);
    // 8 + 7 + (10 − 3) + (10 − 2) + 6 + 5 = 41; 41 / 6.
    CheckScore(result, "security", 41.0 / 6.0);
}

BOOST_AUTO_TEST_CASE(check_in_composite_tolerates_one_missing_rating_but_not_two) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    auto answers = CheckIn(8, 7, 3, 2, 6, 5);
    answers.erase("needs");
    auto result = Score(instrument, answers);
    CheckScore(result, "needs", kNotScored);
    // 8 + 7 + 7 + 8 + 6 = 36; 36 / 5.
    CheckScore(result, "security", 7.2);
    answers.erase("trust");
    result = Score(instrument, answers);
    CheckScore(result, "security", kNotScored);
}

BOOST_AUTO_TEST_CASE(check_in_extremes_reach_both_ends_of_the_composite) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    CheckScore(Score(instrument, CheckIn(10, 10, 0, 0, 10, 10)), "security", 10.0);
    CheckScore(Score(instrument, CheckIn(0, 0, 10, 10, 0, 0)), "security", 0.0);
}

namespace {

struct BadAnswer {
    const char* instrument;
    const char* item;
    int value;
    const char* error;
};

std::ostream& operator<<(std::ostream& out, const BadAnswer& c) {
    return out << c.instrument << " " << c.item << "=" << c.value;
}

const BadAnswer kBadAnswers[] = {
    {"relationship_patterns_inventory", "3", 8, "answer 8 to item 3 is not on its scale (1 to 7)"},
    {"relationship_patterns_inventory", "3", 0, "answer 0 to item 3 is not on its scale (1 to 7)"},
    {"relationship_patterns_inventory", "25", 4, "has no item \"25\""},
    {"ecr_r_scoring_key", "37", 4, "has no item \"37\""},
    {"ecr_r_scoring_key", "36", -1, "answer -1 to item 36 is not on its scale (1 to 7)"},
    {"weekly_secure_base_checkin", "trust", 11,
     "answer 11 to item trust is not on its scale (0 to 10)"},
    {"weekly_secure_base_checkin", "sleep", 5, "has no item \"sleep\""},
};

}  // namespace

BOOST_DATA_TEST_CASE(an_out_of_range_or_unknown_answer_is_a_clear_error, data::make(kBadAnswers),
                     bad) {
    const auto instrument = test::LoadShipped(bad.instrument);
    try {
        Score(instrument, {{bad.item, bad.value}});
        BOOST_FAIL("scored a bad answer");
    } catch (const Error& e) {
        BOOST_TEST((e.Code() == ErrorCode::Invalid));
        BOOST_TEST(std::string(e.what()).find(bad.error) != std::string::npos, e.what());
    }
}

BOOST_AUTO_TEST_CASE(a_sum_subscale_prorates_as_mean_times_item_count_and_reports_its_band) {
    auto instrument = test::LoadShipped("ecr_r_scoring_key");
    auto& anxiety = instrument.subscales[0];
    anxiety.rule = ScoringRule::Sum;
    anxiety.cutoffs = Cutoffs{"fraley2000", {{18, "low"}, {60, "high"}}};
    // Items 1–17 answered 4, item 18 missing: 68 / 17 = 4 per item, × 18 = 72.
    const auto result = Score(instrument, test::NumberedAnswers("44444444444444444-"));
    CheckScore(result, "anxiety", 72.0);
    BOOST_TEST(result.Find("anxiety")->band == "high");
}

BOOST_AUTO_TEST_SUITE_END()

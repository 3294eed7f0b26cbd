#include <cmath>
#include <ostream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "assess/assess_test_support.h"
#include "assess/reliable_change.h"
#include "core/error.h"

using namespace securebase;
using namespace securebase::assess;
namespace data = boost::unit_test::data;
namespace tt = boost::test_tools;

namespace {

// SD 1 and reliability 0.5 give S_diff = √2 · 1 · √0.5 = 1, so the RCI equals the raw change.
const Norms kUnitNorms{std::nullopt, 1.0, 0.5, "Invented for tests"};

struct BoundaryCase {
    double change;
    Better better;
    ChangeVerdict verdict;
};

std::ostream& operator<<(std::ostream& out, const BoundaryCase& c) {
    return out << "change " << c.change << ", " << ToString(c.better) << " is better";
}

const BoundaryCase kBoundary[] = {
    {1.95, Better::Lower, ChangeVerdict::NoReliableChange},
    {1.96, Better::Lower, ChangeVerdict::Deteriorated},
    {1.97, Better::Lower, ChangeVerdict::Deteriorated},
    {-1.95, Better::Lower, ChangeVerdict::NoReliableChange},
    {-1.96, Better::Lower, ChangeVerdict::Improved},
    {-1.97, Better::Lower, ChangeVerdict::Improved},
    {1.95, Better::Higher, ChangeVerdict::NoReliableChange},
    {1.96, Better::Higher, ChangeVerdict::Improved},
    {1.97, Better::Higher, ChangeVerdict::Improved},
    {-1.95, Better::Higher, ChangeVerdict::NoReliableChange},
    {-1.96, Better::Higher, ChangeVerdict::Deteriorated},
    {-1.97, Better::Higher, ChangeVerdict::Deteriorated},
    {0.0, Better::Lower, ChangeVerdict::NoReliableChange},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(reliable_change)

BOOST_DATA_TEST_CASE(a_change_is_reliable_from_exactly_1_96_in_the_direction_of_better,
                     data::make(kBoundary), boundary) {
    const double before = 3.0;
    const auto change =
        CompareScores(before, before + boundary.change, boundary.better, kUnitNorms);
    BOOST_TEST_REQUIRE(change.rci.has_value());
    BOOST_TEST(*change.rci == boundary.change, tt::tolerance(1e-9));
    BOOST_TEST((change.verdict == boundary.verdict), change.explanation);
}

BOOST_AUTO_TEST_CASE(the_rci_follows_jacobson_and_truax) {
    // S_diff = √2 · 5 · √(1 − 0.84) = √2 · 5 · 0.4 = 2.828427...; RCI = 6 / 2.828427 = 2.121320...
    const auto change = CompareScores(20.0, 14.0, Better::Lower, Norms{10.0, 5.0, 0.84, "Test"});
    BOOST_TEST(*change.sDiff == 2.8284271247461903, tt::tolerance(1e-12));
    BOOST_TEST(*change.rci == -2.1213203435596424, tt::tolerance(1e-12));
    BOOST_TEST((change.verdict == ChangeVerdict::Improved));
    BOOST_TEST(change.difference == -6.0);
}

BOOST_AUTO_TEST_CASE(without_norms_the_raw_difference_is_given_and_the_reason_for_no_rci) {
    const auto change = CompareScores(4.5, 3.25, Better::Lower, std::nullopt);
    BOOST_TEST(change.difference == -1.25);
    BOOST_TEST(!change.rci.has_value());
    BOOST_TEST(!change.verdict.has_value());
    BOOST_TEST(change.explanation.find("Raw change -1.25") != std::string::npos,
               change.explanation);
    BOOST_TEST(change.explanation.find("no norms") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_norms_are_refused) {
    BOOST_CHECK_THROW(CompareScores(1, 2, Better::Lower, Norms{std::nullopt, 0.0, 0.5, "x"}),
                      Error);
    BOOST_CHECK_THROW(CompareScores(1, 2, Better::Lower, Norms{std::nullopt, 1.0, 1.0, "x"}),
                      Error);
}

BOOST_AUTO_TEST_CASE(practitioner_norms_give_the_inventory_an_rci_per_subscale) {
    const auto instrument = test::LoadShipped("ecr_r_scoring_key");
    const auto baseline = Score(instrument, test::NumberedAnswers(std::string(36, '6')));
    const auto later = Score(instrument, test::NumberedAnswers(std::string(36, '4')));
    // Anxiety: baseline (16·6 + 2·2) / 18 = 100/18; later 4. Change −1.555...
    // With SD 1.1, r 0.9: S_diff = √2 · 1.1 · √0.1 = 0.491935; RCI = −3.16: improved.
    const auto changes = CompareAdministrations(
        instrument, baseline, later, {{"anxiety", Norms{std::nullopt, 1.1, 0.9, "Clinic norms"}}});
    BOOST_TEST_REQUIRE(changes.size() == 2u);
    BOOST_TEST_REQUIRE(changes[0].change.has_value());
    BOOST_TEST(
        *changes[0].change->rci == (4.0 - 100.0 / 18.0) / (std::sqrt(2.0) * 1.1 * std::sqrt(0.1)),
        tt::tolerance(1e-9));
    BOOST_TEST((changes[0].change->verdict == ChangeVerdict::Improved));
    BOOST_TEST(changes[0].change->normsSource == "Clinic norms");
    // Avoidance has no norms from anywhere: raw change only.
    BOOST_TEST_REQUIRE(changes[1].change.has_value());
    BOOST_TEST(!changes[1].change->rci.has_value());
}

BOOST_AUTO_TEST_CASE(norms_from_the_instrument_file_are_used_with_their_citation) {
    auto instrument = test::LoadShipped("ecr_r_scoring_key");
    instrument.subscales[1].norms = Norms{std::nullopt, 1.0, 0.5, "fraley2000"};
    const auto before = Score(instrument, test::NumberedAnswers(std::string(36, '4')));
    const auto after =
        Score(instrument, test::NumberedAnswers(std::string(18, '4') + std::string(18, '1')));
    // Avoidance after: 6 forward · 1 + 12 reversed · 7 = 90 / 18 = 5; change +1 = RCI 1: no change.
    const auto changes = CompareAdministrations(instrument, before, after);
    BOOST_TEST((changes[1].change->verdict == ChangeVerdict::NoReliableChange));
    BOOST_TEST(changes[1].change->normsSource.find("Fraley, R. C.") == 0u);
}

BOOST_AUTO_TEST_CASE(an_unscored_administration_is_not_compared) {
    const auto instrument = test::LoadShipped("ecr_r_scoring_key");
    const auto before = Score(instrument, test::NumberedAnswers("---" + std::string(33, '4')));
    const auto after = Score(instrument, test::NumberedAnswers(std::string(36, '4')));
    const auto changes = CompareAdministrations(instrument, before, after);
    BOOST_TEST(!changes[0].change.has_value());
    BOOST_TEST(changes[0].reason.find("not scored in both") != std::string::npos);
    BOOST_TEST(changes[1].change.has_value());
}

BOOST_AUTO_TEST_SUITE_END()

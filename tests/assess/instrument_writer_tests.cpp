#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "assess/answer_list.h"
#include "assess/assess_test_support.h"
#include "assess/fhir_questionnaire.h"
#include "assess/instrument_writer.h"
#include "core/error.h"

using namespace securebase;
using namespace securebase::assess;
namespace data = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(instrument_writer)

BOOST_DATA_TEST_CASE(a_written_instrument_reads_back_equal,
                     data::make({"relationship_patterns_inventory", "weekly_secure_base_checkin",
                                 "ecr_r_scoring_key"}),
                     id) {
    const auto original = test::LoadShipped(id);
    const auto copy = ParseInstrument(SerializeInstrument(original), "written.json");
    BOOST_TEST((copy == original));
}

BOOST_AUTO_TEST_CASE(norms_cutoffs_and_a_sourced_classification_survive_writing) {
    auto instrument = test::LoadShipped("ecr_r_scoring_key");
    instrument.subscales[0].norms = Norms{3.5, 1.1, 0.91, "fraley2000"};
    instrument.subscales[1].cutoffs = Cutoffs{"fraley2000", {{1.0, "low"}, {4.5, "high"}}};
    instrument.classification = Classification{
        "Band",
        "fraley2000",
        "",
        {"avoidance"},
        {{"High", "", {{"anxiety", Comparison::AtLeast, 4.0}}}, {"Low", "Below four.", {}}}};
    instrument.classification->rules[1].when = {{"anxiety", Comparison::Below, 4.0}};
    const auto copy = ParseInstrument(SerializeInstrument(instrument), "written.json");
    BOOST_TEST((copy == instrument));
}

BOOST_AUTO_TEST_CASE(an_imported_questionnaire_can_be_saved_as_an_instrument_file) {
    const auto phq9 = ImportQuestionnaire(test::ReadTestData("phq9_questionnaire.json"),
                                          "phq9_questionnaire.json");
    const auto saved = ParseInstrument(SerializeInstrument(phq9), "forms/instruments/phq9.json");
    BOOST_TEST((saved == phq9));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(answer_list)

BOOST_AUTO_TEST_CASE(typed_answers_are_read_as_item_value_pairs) {
    const auto answers = ParseAnswerList(" 1=3, 2 = 5,\n10=7\n");
    BOOST_TEST((answers == Answers{{"1", 3}, {"2", 5}, {"10", 7}}));
    BOOST_TEST((ParseAnswerList("safety=0,trust=10") == Answers{{"safety", 0}, {"trust", 10}}));
    BOOST_TEST(ParseAnswerList("").empty());
}

BOOST_DATA_TEST_CASE(malformed_typed_answers_are_refused_naming_the_pair,
                     data::make({"1=3,2", "1=three", "=4", "3=", "1=3.5", "1=3,1=4"}), text) {
    try {
        ParseAnswerList(text);
        BOOST_FAIL("accepted malformed answers");
    } catch (const Error& e) {
        BOOST_TEST((e.Code() == ErrorCode::Invalid));
        BOOST_TEST(std::string(e.what()).find("answer") != std::string::npos, e.what());
    }
}

BOOST_AUTO_TEST_SUITE_END()

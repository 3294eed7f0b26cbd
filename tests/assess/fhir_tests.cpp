#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "assess/assess_test_support.h"
#include "assess/fhir_questionnaire.h"
#include "assess/fhir_response.h"
#include "assess/scoring.h"
#include "core/error.h"

using namespace securebase;
using namespace securebase::assess;
namespace data = boost::unit_test::data;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

Object::Ptr ParseObject(const std::string& json) {
    return Poco::JSON::Parser().parse(json).extract<Object::Ptr>();
}

Instrument ImportPhq9() {
    return ImportQuestionnaire(test::ReadTestData("phq9_questionnaire.json"),
                               "phq9_questionnaire.json");
}

Answers Phq9Answers(const std::vector<int>& values) {
    static const char* const kLinkIds[] = {"/44250-9", "/44255-8", "/44259-0",
                                           "/44254-1", "/44251-7", "/44258-2",
                                           "/44252-5", "/44253-3", "/44260-8"};
    Answers answers;
    for (size_t i = 0; i < values.size(); ++i) answers[kLinkIds[i]] = values[i];
    return answers;
}

std::string ErrorOf(const std::string& json) {
    try {
        ImportQuestionnaire(json, "import.json");
    } catch (const Error& e) {
        BOOST_TEST((e.Code() == ErrorCode::Invalid));
        return e.what();
    }
    return "(accepted)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fhir)

BOOST_AUTO_TEST_CASE(the_phq9_questionnaire_imports_its_nine_scored_items_and_total) {
    const auto phq9 = ImportPhq9();
    BOOST_TEST(phq9.id == "PHQ9");
    BOOST_TEST(phq9.items.size() == 9u);
    BOOST_TEST(phq9.items[0].id == "/44250-9");
    BOOST_TEST(!phq9.validated);
    BOOST_TEST(!phq9.disclaimer.empty());
    BOOST_TEST_REQUIRE(phq9.scales.size() == 1u);
    BOOST_TEST(phq9.scales[0].IsOrdinal());
    BOOST_TEST(*phq9.scales[0].min == 0);
    BOOST_TEST(*phq9.scales[0].max == 3);
    BOOST_TEST(phq9.scales[0].options[3].code == "LA6571-9");
    BOOST_TEST_REQUIRE(phq9.subscales.size() == 1u);
    BOOST_TEST(phq9.subscales[0].id == "/44261-6");
    BOOST_TEST(phq9.subscales[0].name == "PHQ-9 total score");
    BOOST_TEST((phq9.subscales[0].rule == ScoringRule::Sum));
}

BOOST_AUTO_TEST_CASE(the_phq9_total_is_the_sum_of_the_ordinal_values) {
    const auto phq9 = ImportPhq9();
    // 0 + 1 + 2 + 3 + 0 + 1 + 2 + 3 + 1 = 13.
    BOOST_TEST(*Score(phq9, Phq9Answers({0, 1, 2, 3, 0, 1, 2, 3, 1})).Find("/44261-6")->score ==
               13.0);
    // 9 × 3 = 27, the top of the scale.
    BOOST_TEST(*Score(phq9, Phq9Answers({3, 3, 3, 3, 3, 3, 3, 3, 3})).Find("/44261-6")->score ==
               27.0);
    BOOST_TEST(*Score(phq9, Phq9Answers({0, 0, 0, 0, 0, 0, 0, 0, 0})).Find("/44261-6")->score ==
               0.0);
    BOOST_TEST(!Score(phq9, Phq9Answers({1, 1, 1, 1, 1, 1, 1, 1})).Find("/44261-6")->valid);
}

BOOST_AUTO_TEST_CASE(item_weight_and_value_integer_options_are_scored_too) {
    const auto instrument =
        ImportQuestionnaire(R"({"resourceType": "Questionnaire", "name": "mixed",
      "status": "active", "item": [
        {"linkId": "w", "text": "Weighted", "type": "choice", "answerOption": [
          {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 0}],
           "valueCoding": {"code": "no", "display": "No"}},
          {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": 2}],
           "valueCoding": {"code": "yes", "display": "Yes"}}]},
        {"linkId": "i", "text": "Integer", "type": "choice",
         "answerOption": [{"valueInteger": 1}, {"valueInteger": 2}, {"valueInteger": 3}]},
        {"linkId": "s", "text": "Labelled", "type": "choice", "answerOption": [
          {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}],
           "valueString": "Rarely"},
          {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 2}],
           "valueString": "Often"}]}]})",
                            "mixed.json");
    BOOST_TEST(!instrument.FindScale(instrument.items[0].scale)->IsOrdinal());
    BOOST_TEST(instrument.FindScale(instrument.items[1].scale)->IsOrdinal());
    BOOST_TEST(instrument.FindScale(instrument.items[2].scale)->options[1].label == "Often");
    BOOST_TEST(*Score(instrument, {{"w", 2}, {"i", 3}, {"s", 1}}).Find("total")->score == 6.0);
    BOOST_CHECK_THROW(Score(instrument, {{"w", 1}}), Error);
}

BOOST_AUTO_TEST_CASE(a_resource_that_is_not_a_questionnaire_is_refused) {
    BOOST_TEST(
        ErrorOf(R"({"resourceType": "Patient", "id": "x"})")
            .find(R"(import.json: resourceType: this is a "Patient", not a FHIR Questionnaire)") !=
        std::string::npos);
    BOOST_TEST(ErrorOf(R"({"item": []})").find("import.json: resourceType: missing") !=
               std::string::npos);
    BOOST_TEST(ErrorOf("[1, 2]").find("import.json: the top level must be a JSON object") !=
               std::string::npos);
    BOOST_TEST(ErrorOf("{").find("import.json: not valid JSON") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_option_without_a_score_or_an_unscorable_item_is_refused_with_its_path) {
    BOOST_TEST(ErrorOf(R"({"resourceType": "Questionnaire", "name": "q", "item": [
        {"linkId": "g", "type": "group", "item": [
          {"linkId": "a", "type": "choice", "answerOption": [
            {"valueInteger": 0}, {"valueCoding": {"code": "x"}}]}]}]})")
                   .find("import.json: item[0].item[0].answerOption[1]: has no score") !=
               std::string::npos);
    BOOST_TEST(ErrorOf(R"({"resourceType": "Questionnaire", "name": "q", "item": [
        {"linkId": "a", "type": "string", "text": "Anything else?"}]})")
                   .find(R"(import.json: item[0].type: item type "string" cannot be scored)") !=
               std::string::npos);
    BOOST_TEST(ErrorOf(R"({"resourceType": "Questionnaire", "name": "q", "item": [
        {"linkId": "a", "type": "choice", "answerOption": [
          {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 0.5}],
           "valueCoding": {"code": "x"}}]}]})")
                   .find("not a whole number") != std::string::npos);
}

BOOST_DATA_TEST_CASE(exporting_then_importing_keeps_the_items_and_the_scoring,
                     data::make({"relationship_patterns_inventory", "weekly_secure_base_checkin",
                                 "ecr_r_scoring_key"}),
                     id) {
    const auto original = test::LoadShipped(id);
    const auto copy = ImportQuestionnaire(ExportQuestionnaire(original), "exported.json");

    BOOST_TEST(copy.id == original.id);
    BOOST_TEST_REQUIRE(copy.items.size() == original.items.size());
    for (size_t i = 0; i < original.items.size(); ++i) {
        const auto& before = original.items[i];
        const auto& after = copy.items[i];
        BOOST_TEST(after.id == before.id);
        BOOST_TEST(after.text == before.text);
        BOOST_TEST(after.reverse == before.reverse);
        BOOST_TEST(copy.ScaleOf(after).Lowest() == original.ScaleOf(before).Lowest());
        BOOST_TEST(copy.ScaleOf(after).Highest() == original.ScaleOf(before).Highest());
    }
    BOOST_TEST_REQUIRE(copy.subscales.size() == original.subscales.size());
    for (size_t s = 0; s < original.subscales.size(); ++s) {
        const auto& before = original.subscales[s];
        const auto& after = copy.subscales[s];
        BOOST_TEST(after.id == before.id);
        BOOST_TEST(after.name == before.name);
        BOOST_TEST(after.items == before.items);
        BOOST_TEST(after.reverseItems == before.reverseItems);
        BOOST_TEST((after.rule == before.rule));
        BOOST_TEST(after.maxMissing == before.maxMissing);
        BOOST_TEST((after.better == before.better));
    }
    // Same answers, same scores: lowest, highest and a mixed answer on every item, and one gap.
    for (int pattern = 0; pattern < 3; ++pattern) {
        Answers answers;
        for (size_t i = 0; i < original.items.size(); ++i) {
            const auto& scale = original.ScaleOf(original.items[i]);
            const int span = scale.Highest() - scale.Lowest();
            const int value = pattern == 0 ? scale.Lowest()
                              : pattern == 1
                                  ? scale.Highest()
                                  : scale.Lowest() + static_cast<int>(i * 5 % (span + 1));
            if (i != 1) answers[original.items[i].id] = value;
        }
        const auto expected = Score(original, answers);
        const auto actual = Score(copy, answers);
        for (const auto& score : expected.subscales) {
            const auto* other = actual.Find(score.subscale);
            BOOST_TEST_REQUIRE(other != nullptr);
            BOOST_TEST(other->valid == score.valid);
            BOOST_TEST((other->score == score.score), score.subscale);
        }
    }
}

BOOST_AUTO_TEST_CASE(an_exported_questionnaire_carries_reversed_ordinal_values) {
    const auto ecr = test::LoadShipped("ecr_r_scoring_key");
    const auto questionnaire = ParseObject(ExportQuestionnaire(ecr));
    BOOST_TEST(questionnaire->getValue<std::string>("resourceType") == "Questionnaire");
    BOOST_TEST(questionnaire->getValue<std::string>("status") == "active");
    BOOST_TEST(questionnaire->getValue<std::string>("id") == "ecr-r-scoring-key");
    const auto items = questionnaire->getArray("item");
    BOOST_TEST_REQUIRE(items->size() == 36u);
    // Item 9 is reverse-keyed: its first option (answer 1) scores 7.
    const auto option = items->getObject(8)->getArray("answerOption")->getObject(0);
    BOOST_TEST(option->getObject("valueCoding")->getValue<std::string>("code") == "1");
    BOOST_TEST(option->getArray("extension")->getObject(0)->getValue<int>("valueDecimal") == 7);
}

BOOST_AUTO_TEST_CASE(an_administration_exports_as_a_questionnaire_response_with_contained_scores) {
    const auto rpi = test::LoadShipped("relationship_patterns_inventory");
    const auto answers = test::NumberedAnswers("524615733264525473334-22");
    const auto scores = Score(rpi, answers);
    const ResponseContext context{"adm-42", "SB-7QK2M4", *ParseTimestamp("2026-11-20T10:15:00Z"),
                                  true};

    const auto response = ParseObject(ExportQuestionnaireResponse(rpi, answers, scores, context));

    BOOST_TEST(response->getValue<std::string>("resourceType") == "QuestionnaireResponse");
    BOOST_TEST(response->getValue<std::string>("id") == "adm-42");
    BOOST_TEST(response->getValue<std::string>("status") == "completed");
    BOOST_TEST(response->getValue<std::string>("authored") == "2026-11-20T10:15:00Z");
    BOOST_TEST(response->getValue<std::string>("questionnaire") ==
               "urn:securebase:instrument:relationship_patterns_inventory|1.0.0");
    BOOST_TEST(
        response->getObject("subject")->getObject("identifier")->getValue<std::string>("value") ==
        "SB-7QK2M4");
    const auto items = response->getArray("item");
    BOOST_TEST(items->size() == 23u);  // item 22 unanswered
    const auto firstAnswer =
        items->getObject(0)->getArray("answer")->getObject(0)->getObject("valueCoding");
    BOOST_TEST(firstAnswer->getValue<std::string>("code") == "5");

    const auto observation = response->getArray("contained")->getObject(0);
    BOOST_TEST(observation->getValue<std::string>("resourceType") == "Observation");
    BOOST_TEST(observation->getValue<std::string>("status") == "final");
    BOOST_TEST(observation->getArray("note")->getObject(0)->getValue<std::string>("text") ==
               rpi.disclaimer);
    const auto components = observation->getArray("component");
    BOOST_TEST_REQUIRE(components->size() == 4u);  // three subscales and the pattern
    BOOST_TEST(components->getObject(0)->getObject("valueQuantity")->getValue<double>("value") ==
               5.4286);
    BOOST_TEST(components->getObject(1)->getObject("valueQuantity")->getValue<double>("value") ==
               2.0);
    BOOST_TEST(components->getObject(3)
                   ->getValue<std::string>("valueString")
                   .find("Anxious (preoccupied)") == 0u);
}

BOOST_AUTO_TEST_CASE(an_unscored_subscale_is_exported_with_a_data_absent_reason) {
    const auto rpi = test::LoadShipped("relationship_patterns_inventory");
    const auto answers = test::NumberedAnswers("-24-25723624225623324222");
    const ResponseContext context{"", "SB-7QK2M4", *ParseTimestamp("2026-11-20T10:15:00Z"), false};
    const auto response =
        ParseObject(ExportQuestionnaireResponse(rpi, answers, Score(rpi, answers), context));
    BOOST_TEST(response->getValue<std::string>("status") == "in-progress");
    BOOST_TEST(!response->has("id"));
    const auto anxiety =
        response->getArray("contained")->getObject(0)->getArray("component")->getObject(0);
    BOOST_TEST(!anxiety->has("valueQuantity"));
    BOOST_TEST(anxiety->getObject("dataAbsentReason")->getValue<std::string>("text") ==
               "Not scored: 2 items unanswered, at most 1 allowed");
}

BOOST_AUTO_TEST_SUITE_END()

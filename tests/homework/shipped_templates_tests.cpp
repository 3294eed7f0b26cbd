#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "homework/entry_json.h"
#include "homework/entry_validator.h"
#include "homework/template_json.h"
#include "homework/template_library.h"
#include "homework_fixtures.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;
namespace data = boost::unit_test::data;

namespace {

const char* const kShippedIds[] = {
    "affirmations_practice", "boundaries_worksheet", "coping_toolkit",
    "gratitude_journal",     "i_statement_practice", "mindfulness_log",
    "personal_goals_plan",   "reflective_journal",   "small_wins",
    "trigger_log",           "vulnerability_ladder",
};

}  // namespace

BOOST_AUTO_TEST_SUITE(shipped_templates)

BOOST_AUTO_TEST_CASE(the_shipped_folder_loads_every_template_without_a_failure) {
    auto library = LoadTemplateFolder(ShippedFolder());
    for (const auto& failure : library.failures) BOOST_TEST_MESSAGE(failure.Message());
    BOOST_TEST(library.failures.empty());
    BOOST_REQUIRE_EQUAL(library.templates.size(), std::size(kShippedIds));
    for (size_t i = 0; i < std::size(kShippedIds); ++i)
        BOOST_TEST(library.templates[i].id == kShippedIds[i]);
}

BOOST_DATA_TEST_CASE(each_shipped_template_says_it_is_a_practice_aid_not_a_measure,
                     data::make(kShippedIds), id) {
    auto t = Shipped(id);
    BOOST_TEST(t.notice.find("practice aid") != std::string::npos);
    BOOST_TEST(t.notice.find("not a validated measure") != std::string::npos);
    BOOST_TEST(!t.purpose.empty());
    BOOST_TEST(t.instructions.size() > 80u);
}

BOOST_DATA_TEST_CASE(each_shipped_template_survives_a_json_round_trip, data::make(kShippedIds),
                     id) {
    auto original = Shipped(id);
    auto parsed = ParseTemplate(ToJson(original));
    BOOST_TEST(Describe(parsed.problems) == "");
    BOOST_REQUIRE(parsed.value);
    BOOST_TEST(ToJson(*parsed.value) == ToJson(original));
}

BOOST_DATA_TEST_CASE(each_shipped_template_accepts_a_complete_valid_entry, data::make(kShippedIds),
                     id) {
    auto t = Shipped(id);
    BOOST_TEST(Describe(ValidateEntry(t, SampleValues(t))) == "");
}

BOOST_DATA_TEST_CASE(each_shipped_template_refuses_an_empty_entry_naming_a_required_field,
                     data::make(kShippedIds), id) {
    auto t = Shipped(id);
    auto problems = ValidateEntry(t, {});
    BOOST_REQUIRE(!problems.empty());
    for (const auto& problem : problems) {
        const auto* field = t.FindField(problem.path);
        BOOST_REQUIRE(field);
        BOOST_TEST(field->required);
        BOOST_TEST(problem.message.find(field->label) != std::string::npos);
    }
}

BOOST_DATA_TEST_CASE(each_shipped_template_entry_survives_a_json_round_trip,
                     data::make(kShippedIds), id) {
    auto t = Shipped(id);
    auto values = SampleValues(t);
    auto parsed = ParseEntryValues(t, EntryValuesToJson(values));
    BOOST_TEST(Describe(parsed.problems) == "");
    BOOST_TEST(EntryValuesToJson(parsed.values) == EntryValuesToJson(values));
    BOOST_TEST((parsed.values == values));
}

struct ExpectedFields {
    const char* id;
    std::vector<std::string> keys;  // fields issue 4 asks for, in the template's order
    std::vector<std::string> trends;
};

std::ostream& operator<<(std::ostream& out, const ExpectedFields& expected) {
    return out << expected.id;
}

const ExpectedFields kExpected[] = {
    {"reflective_journal", {"situation", "feelings", "actions", "pattern"}, {"settled"}},
    {"trigger_log",
     {"time", "situation", "trigger", "body", "emotions", "intensity_before", "urge", "action",
      "helped", "intensity_after"},
     {"intensity_before", "intensity_after"}},
    {"affirmations_practice",
     {"affirmations", "times_practised", "belief"},
     {"times_practised", "belief"}},
    {"gratitude_journal", {"three_things", "relationship"}, {"mood"}},
    {"coping_toolkit",
     {"strategies", "helpfulness"},
     {"distress_before", "helpfulness", "distress_after"}},
    {"mindfulness_log", {"practice", "minutes", "ease"}, {"minutes", "ease"}},
    {"small_wins", {"what_went_well", "did_differently"}, {"pride"}},
    {"i_statement_practice",
     {"situation", "blaming_version", "i_version", "how_it_went"},
     {"went_well"}},
    {"vulnerability_ladder", {"ladder"}, {"ladder.anxiety_before", "ladder.anxiety_after"}},
    {"boundaries_worksheet", {"relationship", "need", "boundary"}, {"comfort"}},
    {"personal_goals_plan", {"goal", "steps"}, {"steps.progress"}},
};

BOOST_DATA_TEST_CASE(each_shipped_template_has_the_fields_the_issue_asks_for, data::make(kExpected),
                     expected) {
    auto t = Shipped(expected.id);
    for (const auto& key : expected.keys) BOOST_TEST(t.FindField(key) != nullptr, key);
    std::vector<std::string> trends;
    for (const auto& field : t.fields) {
        if (field.trend) trends.push_back(field.key);
        for (const auto& sub : field.stepFields)
            if (sub.trend) trends.push_back(field.key + "." + sub.key);
    }
    BOOST_TEST(trends == expected.trends, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_trigger_log_asks_for_a_time_emotions_and_two_intensities) {
    auto t = Shipped("trigger_log");
    BOOST_TEST((t.FindField("time")->type == FieldType::TimeOfDay));
    BOOST_TEST((t.FindField("emotions")->type == FieldType::MultiChoice));
    BOOST_TEST((t.FindField("intensity_before")->type == FieldType::Rating));
    BOOST_TEST((t.FindField("intensity_after")->type == FieldType::Rating));
    BOOST_TEST((t.layout == WorksheetLayout::PagePerEntry));
}

BOOST_AUTO_TEST_CASE(the_gratitude_journal_takes_exactly_three_things_one_page_a_day) {
    auto t = Shipped("gratitude_journal");
    const auto* things = t.FindField("three_things");
    BOOST_TEST(things->minItems == 3u);
    BOOST_TEST(things->maxItems == 3u);
    BOOST_TEST((t.layout == WorksheetLayout::PagePerDay));
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <set>

#include "homework/entry_json.h"
#include "homework/entry_validator.h"
#include "homework_fixtures.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;
namespace data = boost::unit_test::data;

namespace {

using Strings = std::vector<std::string>;

// A trigger log entry with every required field filled in.
EntryValues ValidTriggerEntry() {
    return {
        {"situation", std::string("Waited for a reply that did not come.")},
        {"trigger", std::string("Two hours of silence")},
        {"emotions", Strings{"anxious", "lonely"}},
        {"intensity_before", std::int64_t{8}},
        {"intensity_after", std::int64_t{4}},
        {"time", TimeOfDay{std::chrono::minutes{21 * 60 + 15}}},
    };
}

struct BadEntry {
    const char* name;
    const char* templateId;
    std::function<void(EntryValues&)> change;  // applied to a valid entry of that template
    const char* path;
    const char* message;
};

std::ostream& operator<<(std::ostream& out, const BadEntry& bad) { return out << bad.name; }

EntryValues ValidEntryFor(const std::string& id) {
    return id == "trigger_log" ? ValidTriggerEntry() : SampleValues(Shipped(id));
}

const BadEntry kBadEntries[] = {
    {"rating_of_eleven", "trigger_log", [](auto& v) { v["intensity_before"] = std::int64_t{11}; },
     "intensity_before", "\"Intensity at its peak\" must be a whole number from 0 to 10"},
    {"rating_of_minus_one", "trigger_log", [](auto& v) { v["intensity_after"] = std::int64_t{-1}; },
     "intensity_after", "must be a whole number from 0 to 10"},
    {"rating_with_a_fraction", "trigger_log", [](auto& v) { v["intensity_after"] = 4.5; },
     "intensity_after", "whole number"},
    {"rating_as_text", "trigger_log", [](auto& v) { v["intensity_after"] = std::string("4"); },
     "intensity_after", "whole number"},
    {"required_missing", "trigger_log", [](auto& v) { v.erase("trigger"); }, "trigger",
     "\"What set it off\" is required"},
    {"required_blank", "trigger_log", [](auto& v) { v["situation"] = std::string("  "); },
     "situation", "is required"},
    {"required_empty_choices", "trigger_log", [](auto& v) { v["emotions"] = Strings{}; },
     "emotions", "is required"},
    {"unknown_field", "trigger_log", [](auto& v) { v["mood"] = std::int64_t{3}; }, "mood",
     "not a field of this template"},
    {"text_as_number", "trigger_log", [](auto& v) { v["trigger"] = std::int64_t{3}; }, "trigger",
     "expects text"},
    {"time_as_text", "trigger_log", [](auto& v) { v["time"] = std::string("late"); }, "time",
     "a time of day"},
    {"time_past_midnight", "trigger_log",
     [](auto& v) { v["time"] = TimeOfDay{std::chrono::minutes{24 * 60}}; }, "time",
     "a time of day"},
    {"choice_not_offered", "trigger_log", [](auto& v) { v["emotions"] = Strings{"bored"}; },
     "emotions", "not one of its options"},
    {"choice_twice", "trigger_log",
     [](auto& v) {
         v["emotions"] = Strings{"sad", "sad"};
     },
     "emotions", "same option twice"},
    {"multi_choice_as_single", "trigger_log", [](auto& v) { v["emotions"] = std::string("sad"); },
     "emotions", "a list of its options"},
    {"single_choice_not_offered", "mindfulness_log",
     [](auto& v) { v["practice"] = std::string("yoga"); }, "practice", "one of its options"},
    {"number_above_range", "mindfulness_log", [](auto& v) { v["minutes"] = 500.0; }, "minutes",
     "between 0 and 180 minutes"},
    {"number_below_range", "mindfulness_log", [](auto& v) { v["minutes"] = std::int64_t{-5}; },
     "minutes", "between 0 and 180 minutes"},
    {"number_as_yes", "mindfulness_log", [](auto& v) { v["minutes"] = true; }, "minutes",
     "expects a number"},
    {"yes_no_as_text", "i_statement_practice", [](auto& v) { v["said_it"] = std::string("yes"); },
     "said_it", "yes or no"},
    {"two_things_of_three", "gratitude_journal",
     [](auto& v) {
         v["three_things"] = Strings{"tea", "sun"};
     },
     "three_things", "at least 3 items"},
    {"four_things_of_three", "gratitude_journal",
     [](auto& v) {
         v["three_things"] = Strings{"tea", "sun", "rain", "cat"};
     },
     "three_things", "at most 3 items"},
    {"empty_list_item", "gratitude_journal",
     [](auto& v) {
         v["three_things"] = Strings{"tea", " ", "cat"};
     },
     "three_things[2]", "item 2 is empty"},
    {"step_rating_of_eleven", "vulnerability_ladder",
     [](auto& v) {
         auto& rows = std::get<StepRows>(v["ladder"]);
         rows.push_back(rows.front());
         rows[1]["anxiety_after"] = std::int64_t{11};
     },
     "ladder[2].anxiety_after", "must be a whole number from 0 to 10"},
    {"step_missing_required", "vulnerability_ladder",
     [](auto& v) { std::get<StepRows>(v["ladder"])[0].erase("share"); }, "ladder[1].share",
     "\"What I will share\" is required"},
    {"step_unknown_field", "personal_goals_plan",
     [](auto& v) { std::get<StepRows>(v["steps"])[0]["cost"] = std::int64_t{2}; }, "steps[1].cost",
     "not a field"},
    {"too_many_steps", "personal_goals_plan",
     [](auto& v) {
         auto& rows = std::get<StepRows>(v["steps"]);
         rows.resize(9, rows.front());
     },
     "steps", "at most 8 steps"},
    {"steps_as_text", "personal_goals_plan", [](auto& v) { v["steps"] = std::string("many"); },
     "steps", "a list of steps"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(entry_validation)

BOOST_AUTO_TEST_CASE(a_valid_trigger_log_entry_has_no_problem) {
    BOOST_TEST(Describe(ValidateEntry(Shipped("trigger_log"), ValidTriggerEntry())) == "");
}

BOOST_DATA_TEST_CASE(the_valid_start_of_each_bad_entry_case_is_accepted,
                     data::make({"trigger_log", "mindfulness_log", "i_statement_practice",
                                 "gratitude_journal", "vulnerability_ladder",
                                 "personal_goals_plan"}),
                     id) {
    BOOST_TEST(Describe(ValidateEntry(Shipped(id), ValidEntryFor(id))) == "");
}

BOOST_DATA_TEST_CASE(a_bad_entry_is_refused_with_the_field_and_the_reason, data::make(kBadEntries),
                     bad) {
    auto values = ValidEntryFor(bad.templateId);
    bad.change(values);
    auto problems = ValidateEntry(Shipped(bad.templateId), values);
    BOOST_TEST_REQUIRE(problems.size() == 1u, Describe(problems));
    BOOST_TEST(problems[0].path == bad.path);
    BOOST_TEST(problems[0].message.find(bad.message) != std::string::npos, problems[0].message);
}

BOOST_AUTO_TEST_CASE(every_problem_of_an_entry_is_returned_at_once) {
    auto values = ValidTriggerEntry();
    values["intensity_before"] = std::int64_t{11};
    values.erase("trigger");
    values["colour"] = std::string("blue");
    auto problems = ValidateEntry(Shipped("trigger_log"), values);
    BOOST_REQUIRE_EQUAL(problems.size(), 3u);
    std::set<std::string> paths;
    for (const auto& problem : problems) paths.insert(problem.path);
    BOOST_TEST((paths == std::set<std::string>{"colour", "intensity_before", "trigger"}));
}

BOOST_AUTO_TEST_CASE(a_problem_never_repeats_what_the_client_wrote) {
    auto values = ValidTriggerEntry();
    values["trigger"] = std::int64_t{5};
    values["situation"] = Strings{"Zephyrine Quillfeather said something"};
    values["emotions"] = Strings{"Quillfeather"};
    const auto text = Describe(ValidateEntry(Shipped("trigger_log"), values));
    BOOST_TEST(!text.empty());
    BOOST_TEST(text.find("Quillfeather") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(optional_fields_may_be_left_out) {
    auto values = ValidTriggerEntry();
    values.erase("time");
    values.erase("intensity_after");
    BOOST_TEST(ValidateEntry(Shipped("trigger_log"), values).empty());
}

BOOST_AUTO_TEST_CASE(a_rating_of_zero_and_of_ten_are_both_accepted) {
    auto values = ValidTriggerEntry();
    values["intensity_before"] = std::int64_t{0};
    values["intensity_after"] = std::int64_t{10};
    BOOST_TEST(ValidateEntry(Shipped("trigger_log"), values).empty());
}

BOOST_AUTO_TEST_SUITE(entry_json)

BOOST_AUTO_TEST_CASE(json_values_become_typed_values_by_the_template) {
    auto parsed = ParseEntryValues(
        Shipped("trigger_log"),
        R"({"time": "21:15", "trigger": "07:30", "intensity_before": 8, "emotions": ["sad"],
            "helped": null})");
    BOOST_TEST(parsed.problems.empty());
    BOOST_TEST((std::get<TimeOfDay>(parsed.values.at("time")).sinceMidnight ==
                std::chrono::minutes{21 * 60 + 15}));
    BOOST_TEST(std::get<std::string>(parsed.values.at("trigger")) == "07:30");
    BOOST_TEST(std::get<std::int64_t>(parsed.values.at("intensity_before")) == 8);
    BOOST_TEST(parsed.values.count("helped") == 0u);
}

BOOST_AUTO_TEST_CASE(a_rating_of_eleven_in_json_reaches_validation_and_is_refused) {
    auto t = Shipped("trigger_log");
    auto parsed = ParseEntryValues(t, R"({"intensity_before": 11})");
    BOOST_TEST(parsed.problems.empty());
    auto problems = ValidateEntry(t, parsed.values);
    BOOST_TEST(std::any_of(problems.begin(), problems.end(),
                           [](const Problem& p) { return p.path == "intensity_before"; }));
}

BOOST_AUTO_TEST_CASE(an_invalid_time_stays_text_so_validation_names_it) {
    auto t = Shipped("trigger_log");
    auto parsed = ParseEntryValues(t, R"({"time": "25:00"})");
    auto problems = ValidateEntry(t, parsed.values);
    BOOST_TEST(std::any_of(problems.begin(), problems.end(),
                           [](const Problem& p) { return p.path == "time"; }));
}

BOOST_DATA_TEST_CASE(json_that_maps_to_no_value_is_reported,
                     data::make({R"({"trigger": {"nested": 1}})", R"({"trigger": [1, 2]})",
                                 R"([1])", R"({"trigger": )"}),
                     json) {
    BOOST_TEST(!ParseEntryValues(Shipped("trigger_log"), json).problems.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE_END()

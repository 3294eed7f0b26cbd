#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "homework/template_library.h"
#include "homework_fixtures.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;
namespace data = boost::unit_test::data;

namespace {

// A sound template with one field; each case below breaks exactly one thing in it.
std::string Template(const std::string& fields) {
    return R"({"id": "sample_log", "version": 1, "title": "Sample log",
               "purpose": "A purpose.", "instructions": "Do the thing.",
               "layout": "page_per_entry", "fields": [)" +
           fields + "]}";
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    return text.replace(text.find(from), from.size(), to);
}

const std::string kRating =
    R"({"key": "level", "label": "Level", "type": "rating",
        "anchors": {"low": "none", "high": "a lot"}})";

struct Malformed {
    const char* name;  // also the file name
    std::string json;
    const char* path;     // where the problem must be reported
    const char* message;  // a part of what must be said there
};

std::ostream& operator<<(std::ostream& out, const Malformed& m) { return out << m.name; }

const Malformed kMalformed[] = {
    {"syntax_error", R"({"id": "x", )", "", "not valid JSON"},
    {"not_an_object", R"(["a list"])", "", "one JSON object"},
    {"bad_id", Replace(Template(kRating), "sample_log", "Sample Log"), "id", "lower_snake"},
    {"missing_title",
     R"({"id": "a", "version": 1, "purpose": "p", "instructions": "i",
                         "layout": "page_per_day", "fields": [)" +
         kRating + "]}",
     "title", "is empty"},
    {"version_zero",
     R"({"id": "a", "version": 0, "title": "t", "purpose": "p",
                        "instructions": "i", "layout": "page_per_day", "fields": [)" +
         kRating + "]}",
     "version", "1 or more"},
    {"version_text", Replace(Template(kRating), "\"version\": 1", "\"version\": \"1\""), "version",
     "whole number"},
    {"unknown_layout", Replace(Template(kRating), "page_per_entry", "two_per_page"), "layout",
     "page_per_day"},
    {"no_fields", Template(""), "fields", "at least one"},
    {"unknown_type", Template(R"({"key": "level", "label": "Level", "type": "slider"})"),
     "fields.level.type", "\"slider\" is not a field type"},
    {"missing_type", Template(R"({"key": "level", "label": "Level"})"), "fields.level.type",
     "is missing"},
    {"misspelt_property", Template(R"({"key": "note", "label": "Note", "type": "text",
                                      "requried": true})"),
     "fields.note.requried", "not a known property"},
    {"required_not_boolean", Template(R"({"key": "note", "label": "Note", "type": "text",
                                         "required": "yes"})"),
     "fields.note.required", "true or false"},
    {"bad_field_key", Template(R"({"key": "Level 1", "label": "Level", "type": "text"})"),
     "fields[0].key", "lower_snake"},
    {"duplicate_key", Template(kRating + "," + kRating), "fields.level.key", "unique"},
    {"empty_label", Template(R"({"key": "note", "label": " ", "type": "text"})"),
     "fields.note.label", "is empty"},
    {"rating_without_anchors", Template(R"({"key": "level", "label": "Level", "type": "rating"})"),
     "fields.level.anchors.low", "what a rating of 0 means"},
    {"anchors_on_text", Template(R"({"key": "note", "label": "Note", "type": "text",
                                    "anchors": {"low": "a", "high": "b"}})"),
     "fields.note.anchors", "only to rating"},
    {"unknown_anchor", Template(R"({"key": "level", "label": "Level", "type": "rating",
                                   "anchors": {"low": "a", "high": "b", "middle": "c"}})"),
     "fields.level.anchors.middle", "not a known property"},
    {"choice_with_one_option", Template(R"({"key": "mood", "label": "Mood", "type": "choice",
                                           "options": [{"key": "ok", "label": "OK"}]})"),
     "fields.mood.options", "at least two"},
    {"option_as_string", Template(R"({"key": "mood", "label": "Mood", "type": "choice",
                                     "options": ["ok", "bad"]})"),
     "fields.mood.options[0]", "key and a label"},
    {"duplicate_option", Template(R"({"key": "mood", "label": "Mood", "type": "multi_choice",
                                     "options": [{"key": "ok", "label": "OK"},
                                                 {"key": "ok", "label": "Fine"}]})"),
     "fields.mood.options[1].key", "unique"},
    {"number_without_unit", Template(R"({"key": "minutes", "label": "Minutes", "type": "number",
                                        "min": 0, "max": 60})"),
     "fields.minutes.unit", "is empty"},
    {"number_range_reversed", Template(R"({"key": "minutes", "label": "Minutes",
                                          "type": "number", "unit": "minutes", "min": 60,
                                          "max": 0})"),
     "fields.minutes.max", "greater than min"},
    {"trend_on_text", Template(R"({"key": "note", "label": "Note", "type": "text",
                                  "trend": true})"),
     "fields.note.trend", "only rating and number"},
    {"list_limits_reversed", Template(R"({"key": "things", "label": "Things", "type": "list",
                                         "minItems": 3, "maxItems": 2})"),
     "fields.things.maxItems", "not be less than minItems"},
    {"negative_min_items", Template(R"({"key": "things", "label": "Things", "type": "list",
                                       "minItems": -1})"),
     "fields.things.minItems", "0 or more"},
    {"steps_without_fields", Template(R"({"key": "ladder", "label": "Ladder",
                                         "type": "steps"})"),
     "fields.ladder.fields", "at least one"},
    {"steps_inside_steps", Template(R"({"key": "ladder", "label": "Ladder", "type": "steps",
                                       "fields": [{"key": "inner", "label": "Inner",
                                                   "type": "steps", "fields": [
                                                   {"key": "x", "label": "X",
                                                    "type": "text"}]}]})"),
     "fields.ladder.fields.inner.type", "cannot hold steps"},
    {"bad_step_field", Template(R"({"key": "ladder", "label": "Ladder", "type": "steps",
                                   "fields": [{"key": "fear", "label": "Fear",
                                               "type": "rating"}]})"),
     "fields.ladder.fields.fear.anchors.low", "what a rating of 0 means"},
    {"field_not_an_object", Template(R"("just text")"), "fields[0]", "field object"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(malformed_templates)

BOOST_DATA_TEST_CASE(a_malformed_template_is_refused_naming_the_file_and_the_field,
                     data::make(kMalformed), malformed) {
    securebase::test::TempDir dir;
    const auto file = dir / (std::string(malformed.name) + ".json");
    WriteFile(file, malformed.json);
    try {
        LoadTemplateFile(file);
        BOOST_FAIL("the template was accepted");
    } catch (const ProblemsError& error) {
        const std::string message = error.what();
        BOOST_TEST_MESSAGE(message);
        BOOST_TEST(message.find(malformed.name + std::string(".json")) != std::string::npos);
        BOOST_TEST((error.Code() == ErrorCode::Invalid));
        bool found = false;
        for (const auto& problem : error.Problems())
            found = found || (problem.path == malformed.path &&
                              problem.message.find(malformed.message) != std::string::npos);
        BOOST_TEST(found, "expected \"" << malformed.path << ": ..." << malformed.message
                                        << "...\" in: " << message);
    }
}

BOOST_AUTO_TEST_CASE(the_sound_base_template_of_the_table_loads) {
    securebase::test::TempDir dir;
    WriteFile(dir / "sample_log.json", Template(kRating));
    BOOST_TEST(LoadTemplateFile(dir / "sample_log.json").id == "sample_log");
}

BOOST_AUTO_TEST_CASE(a_template_with_several_faults_reports_every_one) {
    securebase::test::TempDir dir;
    WriteFile(dir / "faults.json", Template(R"({"key": "level", "label": "", "type": "rating"},
                          {"key": "mood", "label": "Mood", "type": "choice"})"));
    try {
        LoadTemplateFile(dir / "faults.json");
        BOOST_FAIL("the template was accepted");
    } catch (const ProblemsError& error) {
        BOOST_TEST(error.Problems().size() == 4u);  // label, two anchors, options
    }
}

BOOST_AUTO_TEST_CASE(a_malformed_file_in_a_folder_does_not_stop_the_others) {
    securebase::test::TempDir dir;
    std::filesystem::copy_file(ShippedFolder() / "trigger_log.json", dir / "trigger_log.json");
    std::filesystem::copy_file(ShippedFolder() / "small_wins.json", dir / "small_wins.json");
    WriteFile(dir / "broken.json", R"({"id": "broken", )");
    WriteFile(dir / "notes.txt", "not a template, not looked at");

    auto library = LoadTemplateFolder(dir.Path());
    BOOST_REQUIRE_EQUAL(library.templates.size(), 2u);
    BOOST_TEST(library.templates[0].id == "small_wins");
    BOOST_TEST(library.templates[1].id == "trigger_log");
    BOOST_TEST(library.Find("trigger_log") != nullptr);
    BOOST_TEST(library.Find("broken") == nullptr);
    BOOST_REQUIRE_EQUAL(library.failures.size(), 1u);
    BOOST_TEST(library.failures[0].file.filename() == "broken.json");
    BOOST_TEST(library.failures[0].Message().find("broken.json") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_second_file_with_the_same_id_fails_and_names_the_first) {
    securebase::test::TempDir dir;
    std::filesystem::copy_file(ShippedFolder() / "small_wins.json", dir / "a_small_wins.json");
    std::filesystem::copy_file(ShippedFolder() / "small_wins.json", dir / "b_small_wins.json");
    auto library = LoadTemplateFolder(dir.Path());
    BOOST_TEST(library.templates.size() == 1u);
    BOOST_REQUIRE_EQUAL(library.failures.size(), 1u);
    BOOST_TEST(library.failures[0].file.filename() == "b_small_wins.json");
    BOOST_TEST(library.failures[0].problems[0].path == "id");
    BOOST_TEST(library.failures[0].Message().find("a_small_wins.json") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_io_error) {
    securebase::test::TempDir dir;
    try {
        LoadTemplateFolder(dir / "absent");
        BOOST_FAIL("a missing folder loaded");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::Io));
    }
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_reported_with_its_name) {
    securebase::test::TempDir dir;
    try {
        LoadTemplateFile(dir / "absent.json");
        BOOST_FAIL("a missing file loaded");
    } catch (const ProblemsError& error) {
        BOOST_TEST(std::string(error.what()).find("absent.json") != std::string::npos);
    }
}

BOOST_AUTO_TEST_SUITE_END()

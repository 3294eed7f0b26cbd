#include <boost/test/unit_test.hpp>

#include "homework/entry_validator.h"
#include "homework/template_editor.h"
#include "homework/template_json.h"
#include "homework_fixtures.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;

namespace {

bool HasProblemAt(const std::vector<Problem>& problems, const std::string& path) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.path == path; });
}

FieldSpec Rating(std::string key, std::string label) {
    FieldSpec field;
    field.key = std::move(key);
    field.label = std::move(label);
    field.type = FieldType::Rating;
    field.lowAnchor = "not at all";
    field.highAnchor = "completely";
    return field;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_editor)

BOOST_AUTO_TEST_CASE(a_copy_gets_its_new_id_a_copy_of_title_and_remembers_its_source) {
    auto source = Shipped("trigger_log");
    auto copy = TemplateEditor::CopyOf(source, "trigger_log_short").Result();
    BOOST_TEST(copy.id == "trigger_log_short");
    BOOST_TEST(copy.title == "Copy of Trigger log");
    BOOST_TEST(copy.basedOn == "trigger_log");
    BOOST_TEST(copy.version == 1);
    BOOST_TEST(copy.fields.size() == source.fields.size());
}

BOOST_AUTO_TEST_CASE(rewording_a_copy_leaves_the_original_and_its_keys_alone) {
    auto source = Shipped("trigger_log");
    auto editor = TemplateEditor::CopyOf(source, "my_trigger_log");
    editor.SetTitle("Alarm diary");
    editor.SetInstructions("Write a page whenever the alarm goes off.");
    editor.SetFieldLabel("trigger", "What started it");
    editor.SetFieldHelp("trigger", "One line is enough.");
    editor.SetFieldRequired("helped", true);
    auto edited = editor.Result();
    BOOST_TEST(edited.FindField("trigger")->label == "What started it");
    BOOST_TEST(edited.FindField("helped")->required);
    BOOST_TEST(source.FindField("trigger")->label == "What set it off");
    BOOST_TEST(!source.FindField("helped")->required);
}

BOOST_AUTO_TEST_CASE(an_edited_copy_survives_a_json_round_trip) {
    auto editor = TemplateEditor::CopyOf(Shipped("mindfulness_log"), "breathing_log");
    editor.AddField(Rating("calm_after", "How calm I feel afterwards"), 1);
    editor.MoveField("noticed", 0);
    auto edited = editor.Result();
    BOOST_TEST(edited.fields[0].key == "noticed");
    BOOST_TEST(edited.fields[2].key == "calm_after");
    auto parsed = ParseTemplate(ToJson(edited));
    BOOST_REQUIRE(parsed.value);
    BOOST_TEST(ToJson(*parsed.value) == ToJson(edited));
    BOOST_TEST(parsed.value->basedOn == "mindfulness_log");
}

BOOST_AUTO_TEST_CASE(entries_follow_the_edited_fields) {
    auto editor = TemplateEditor::CopyOf(Shipped("gratitude_journal"), "gratitude_short");
    editor.RemoveField("relationship");
    auto edited = editor.Result();
    EntryValues values{{"three_things", std::vector<std::string>{"tea", "sun", "rest"}},
                       {"relationship", std::string("A kind word")}};
    auto problems = ValidateEntry(edited, values);
    BOOST_REQUIRE_EQUAL(problems.size(), 1u);
    BOOST_TEST(problems[0].path == "relationship");
}

BOOST_AUTO_TEST_CASE(a_blank_label_is_a_problem_and_result_refuses_it) {
    auto editor = TemplateEditor::CopyOf(Shipped("small_wins"), "small_wins_mine");
    editor.SetFieldLabel("what_went_well", "  ");
    BOOST_TEST(HasProblemAt(editor.Problems(), "fields.what_went_well.label"));
    try {
        editor.Result();
        BOOST_FAIL("an invalid edit was accepted");
    } catch (const ProblemsError& error) {
        BOOST_TEST((error.Code() == ErrorCode::Invalid));
        BOOST_TEST(std::string(error.what()).find("small_wins_mine") != std::string::npos);
        BOOST_TEST(HasProblemAt(error.Problems(), "fields.what_went_well.label"));
    }
}

BOOST_AUTO_TEST_CASE(a_draft_may_be_invalid_in_between_and_sound_again_later) {
    auto editor = TemplateEditor::CopyOf(Shipped("small_wins"), "small_wins_mine");
    auto rating = Rating("closeness", "");
    rating.highAnchor.clear();
    editor.AddField(rating);
    auto problems = editor.Problems();
    BOOST_TEST(problems.size() == 2u);
    BOOST_TEST(HasProblemAt(problems, "fields.closeness.label"));
    BOOST_TEST(HasProblemAt(problems, "fields.closeness.anchors.high"));
    editor.ReplaceField("closeness", Rating("closeness", "How close I felt"));
    BOOST_TEST(editor.Problems().empty());
}

BOOST_AUTO_TEST_CASE(a_copy_under_its_source_id_or_a_bad_id_is_refused_by_id) {
    auto editor = TemplateEditor::CopyOf(Shipped("small_wins"), "Small Wins 2");
    BOOST_TEST(HasProblemAt(editor.Problems(), "id"));
}

BOOST_AUTO_TEST_CASE(adding_a_field_with_a_key_in_use_is_a_problem) {
    auto editor = TemplateEditor::CopyOf(Shipped("small_wins"), "small_wins_mine");
    editor.AddField(Rating("pride", "Pride again"));
    BOOST_TEST(HasProblemAt(editor.Problems(), "fields.pride.key"));
}

BOOST_AUTO_TEST_CASE(removing_every_field_is_a_problem) {
    auto editor = TemplateEditor::CopyOf(Shipped("gratitude_journal"), "empty_one");
    editor.RemoveField("three_things");
    editor.RemoveField("relationship");
    editor.RemoveField("mood");
    BOOST_TEST(HasProblemAt(editor.Problems(), "fields"));
}

BOOST_AUTO_TEST_CASE(editing_a_field_the_draft_does_not_have_is_not_found) {
    auto editor = TemplateEditor::CopyOf(Shipped("small_wins"), "small_wins_mine");
    try {
        editor.SetFieldLabel("no_such_field", "Anything");
        BOOST_FAIL("an unknown field was edited");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
    }
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "homework/entry_validator.h"
#include "homework/field_text.h"
#include "homework/recurrence_text.h"
#include "homework_fixtures.h"

using namespace securebase;
using namespace securebase::homework;
using namespace securebase::homework::test;
using namespace std::chrono;
namespace data = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(recurrence_text)

struct RecurrenceCase {
    const char* typed;
    const char* canonical;
};

std::ostream& operator<<(std::ostream& out, const RecurrenceCase& c) { return out << c.typed; }

BOOST_DATA_TEST_CASE(a_recurrence_reads_back_in_its_canonical_form,
                     data::make({RecurrenceCase{"once", "once"}, RecurrenceCase{"Daily", "daily"},
                                 RecurrenceCase{"weekly:fri", "weekly:fri"},
                                 RecurrenceCase{"weekly: SUN", "weekly:sun"},
                                 RecurrenceCase{"weekdays:fri,mon,wed,mon", "weekdays:mon,wed,fri"},
                                 RecurrenceCase{"weekdays:sun", "weekdays:sun"}}),
                     c) {
    auto recurrence = ParseRecurrence(c.typed);
    BOOST_REQUIRE(recurrence);
    BOOST_TEST(FormatRecurrence(*recurrence) == c.canonical);
}

BOOST_DATA_TEST_CASE(a_malformed_recurrence_is_refused,
                     data::make({"", "sometimes", "weekly", "weekly:friday",
                                 "weekdays:", "weekdays:mon,funday", "daily:mon", "once:fri"}),
                     typed) {
    BOOST_TEST(!ParseRecurrence(typed).has_value());
}

BOOST_AUTO_TEST_CASE(weekdays_and_weekly_carry_their_days) {
    auto weekdays = *ParseRecurrence("weekdays:tue,thu");
    BOOST_TEST((weekdays.kind == RecurrenceKind::Weekdays));
    BOOST_TEST((weekdays.weekdays == std::vector<weekday>{Tuesday, Thursday}));
    auto weekly = *ParseRecurrence("weekly:sun");
    BOOST_TEST((weekly.kind == RecurrenceKind::Weekly));
    BOOST_TEST((weekly.weeklyOn == Sunday));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(field_text)

struct Typed {
    const char* templateId;
    const char* key;
    const char* text;
    const char* shown;    // FormatFieldValue of what was parsed
    const char* problem;  // a part of the validation message, or "" when valid
};

std::ostream& operator<<(std::ostream& out, const Typed& t) {
    return out << t.key << "=" << t.text;
}

BOOST_DATA_TEST_CASE(
    typed_text_becomes_the_fields_value_or_a_validation_problem,
    data::make(
        {Typed{"trigger_log", "intensity_before", " 7 ", "7", ""},
         Typed{"trigger_log", "intensity_before", "11", "11", "from 0 to 10"},
         Typed{"trigger_log", "intensity_before", "-1", "-1", "from 0 to 10"},
         Typed{"trigger_log", "intensity_before", "4.5", "4.5", "whole number"},
         Typed{"trigger_log", "intensity_before", "high", "high", "whole number"},
         Typed{"trigger_log", "time", "21:15", "21:15", ""},
         Typed{"trigger_log", "time", "9pm", "9pm", "a time of day"},
         Typed{"trigger_log", "emotions", "anxious; Lonely", "Anxious or afraid; Lonely", ""},
         Typed{"trigger_log", "emotions", "bored", "bored", "not one of its options"},
         Typed{"mindfulness_log", "practice", "body scan", "Body scan", ""},
         Typed{"mindfulness_log", "minutes", "12.5", "12.5 minutes", ""},
         Typed{"mindfulness_log", "minutes", "500", "500 minutes", "between 0 and 180"},
         Typed{"mindfulness_log", "minutes", "ten", "ten", "expects a number"},
         Typed{"i_statement_practice", "said_it", "Yes", "yes", ""},
         Typed{"i_statement_practice", "said_it", "maybe", "maybe", "yes or no"},
         Typed{"gratitude_journal", "three_things", "tea; sun; a call", "tea; sun; a call", ""},
         Typed{"gratitude_journal", "three_things", "tea; sun", "tea; sun", "at least 3"}}),
    typed) {
    auto tmpl = Shipped(typed.templateId);
    const auto* field = tmpl.FindField(typed.key);
    BOOST_REQUIRE(field);
    auto value = ParseFieldText(*field, typed.text);
    BOOST_TEST(FormatFieldValue(*field, value) == typed.shown);
    auto values = SampleValues(tmpl);
    values[typed.key] = value;
    const auto problems = Describe(ValidateEntry(tmpl, values));
    if (std::string(typed.problem).empty())
        BOOST_TEST(problems == "");
    else
        BOOST_TEST(problems.find(typed.problem) != std::string::npos, problems);
}

BOOST_AUTO_TEST_CASE(steps_are_shown_one_row_per_line_with_their_labels) {
    auto tmpl = Shipped("personal_goals_plan");
    const auto* steps = tmpl.FindField("steps");
    FieldValue value =
        StepRows{{{"step", std::string("Ask for a coffee")}, {"progress", std::int64_t{4}}},
                 {{"step", std::string("Share one worry")}, {"done", true}}};
    BOOST_TEST(FormatFieldValue(*steps, value) ==
               "1. Step: Ask for a coffee, Progress: 4\n2. Step: Share one worry, Done: yes");
}

BOOST_AUTO_TEST_CASE(long_text_keeps_its_line_breaks) {
    auto tmpl = Shipped("reflective_journal");
    auto value = ParseFieldText(*tmpl.FindField("situation"), "First line\n  second line\n");
    BOOST_TEST(std::get<std::string>(value) == "First line\n  second line\n");
}

BOOST_AUTO_TEST_SUITE_END()

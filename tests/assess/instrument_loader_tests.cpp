#include <fstream>
#include <ostream>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "assess/assess_test_support.h"
#include "assess/instrument_loader.h"
#include "assess/instrument_validator.h"
#include "core/error.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::assess;
namespace data = boost::unit_test::data;

namespace {

// The smallest instrument that uses every part of the format; each malformed case below breaks
// it in exactly one place.
const std::string kMini = R"({
  "format": 1, "id": "mini", "version": "1", "title": "Mini", "kind": "self-report",
  "validated": false, "disclaimer": "Test only.",
  "sources": [{"id": "src", "citation": "Invented for tests."}],
  "scales": [
    {"id": "likert5", "min": 1, "max": 5,
     "options": [{"value": 1, "label": "Never"}, {"value": 5, "label": "Always"}]},
    {"id": "yesno", "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}]}],
  "items": [
    {"id": "a", "text": "A", "scale": "likert5"},
    {"id": "b", "text": "B", "scale": "likert5", "reverse": true},
    {"id": "c", "text": "C", "scale": "yesno"}],
  "subscales": [
    {"id": "main", "name": "Main", "items": ["a", "b"], "scoring": "mean", "maxMissing": 1,
     "better": "lower", "norms": {"sd": 1.0, "reliability": 0.8, "source": "src"},
     "cutoffs": {"source": "src", "bands": [{"from": 1, "label": "low"}, {"from": 3, "label": "high"}]}}],
  "classification": {"name": "Level", "convention": "Test convention.",
    "rules": [{"label": "High", "when": [{"subscale": "main", "atLeast": 3}]}]}
})";

const std::string kOrigin = "forms/instruments/mini.json";

struct MalformedCase {
    const char* find;
    const char* replace;
    const char* error;  // expected after "forms/instruments/mini.json: "
};

std::ostream& operator<<(std::ostream& out, const MalformedCase& c) { return out << c.error; }

const MalformedCase kMalformed[] = {
    {R"("scale": "yesno"})", R"("scale": "likert9"})",
     R"(items[2].scale: unknown scale "likert9")"},
    {R"({"id": "b", "text": "B")", R"({"id": "a", "text": "B")",
     R"(items[1].id: duplicate item "a")"},
    {R"("items": ["a", "b"])", R"("items": ["a", "z"])",
     R"(subscales[0].items[1]: unknown item "z")"},
    {R"("scale": "yesno"})", R"("scale": "yesno", "reverse": true})",
     R"(items[2].reverse: scale "yesno" has no min and max, so it cannot be reversed)"},
    {R"(, "disclaimer": "Test only.")", "", "disclaimer: is required when validated is false"},
    {R"("sd": 1.0)", R"("sd": 0)", "subscales[0].norms: sd must be greater than 0"},
    {R"("sd": 1.0)", R"("sd": -2.5)", "subscales[0].norms: sd must be greater than 0"},
    {R"("reliability": 0.8)", R"("reliability": 1.0)",
     "subscales[0].norms: reliability must be at least 0 and below 1"},
    {R"("reliability": 0.8)", R"("reliability": -0.1)",
     "subscales[0].norms: reliability must be at least 0 and below 1"},
    {R"("reliability": 0.8, "source": "src")", R"("reliability": 0.8)",
     "subscales[0].norms.source: is required"},
    {R"("reliability": 0.8, "source": "src")", R"("reliability": 0.8, "source": "nobody")",
     R"(subscales[0].norms.source: unknown source "nobody")"},
    {R"("atLeast": 3})", R"("atLeast": 6})",
     R"(classification.rules[0].when[0].threshold: is outside the scores subscale "main" can take)"},
    {R"("atLeast": 3})", R"("atLeast": 3, "below": 4})",
     R"(classification.rules[0].when[0]: give exactly one of "below" and "atLeast")"},
    {R"({"subscale": "main")", R"({"subscale": "mane")",
     R"(classification.rules[0].when[0].subscale: unknown subscale "mane")"},
    {R"("convention": "Test convention.",)", "",
     "classification.convention: cite a source or state plainly"},
    {R"({"from": 3, "label": "high"})", R"({"from": 9, "label": "high"})",
     "subscales[0].cutoffs.bands[1].from: is outside the scores this subscale can take"},
    {R"({"from": 3, "label": "high"})", R"({"from": 1, "label": "high"})",
     "subscales[0].cutoffs.bands[1].from: bands must be in ascending order"},
    {R"("maxMissing": 1)", R"("maxMissing": 2)",
     "subscales[0].maxMissing: must be at least 0 and less than the number of items"},
    {R"("scoring": "mean")", R"("scoring": "median")",
     R"(subscales[0].scoring: must be "mean" or "sum")"},
    {R"("better": "lower")", R"("better": "down")",
     R"(subscales[0].better: must be "lower" or "higher")"},
    {R"("reverse": true})", R"("reversed": true})", "items[1].reversed: unknown field (misspelt?)"},
    {R"("text": "A")", R"("text": 7)", "items[0].text: must be a string"},
    {R"("maxMissing": 1)", R"("maxMissing": 0.5)",
     "subscales[0].maxMissing: must be a whole number"},
    {R"("format": 1,)", R"("format": 1)", "not valid JSON"},
    {R"("format": 1,)", R"("format": 2,)", "format: this SecureBase reads format 1"},
    {R"("kind": "self-report")", R"("kind": "quiz")",
     R"(kind: must be "self-report", "paper-key" or "check-in")"},
    {R"({"value": 5, "label": "Always"})", R"({"value": 6, "label": "Always"})",
     "scales[0].options[1].value: value 6 is outside the scale's min and max"},
    {R"("min": 1, "max": 5,)", R"("min": 5, "max": 1,)", "scales[0].max: must be greater than min"},
    {R"("validated": false)", R"("validated": true)", "scoringSource: is required"},
    {R"("items": ["a", "b"], )", R"("items": ["a", "b"], "reverseItems": ["c"], )",
     R"(subscales[0].reverseItems[0]: item "c" is not in this subscale)"},
    {R"("items": ["a", "b"], )", R"("items": ["a", "b"], "reverseItems": ["b"], )",
     R"(subscales[0].reverseItems[0]: item "b" is already reverse-keyed everywhere)"},
    {R"({"id": "src", "citation": "Invented for tests."})",
     R"({"id": "src", "citation": "Invented for tests."}, {"id": "src", "citation": "Again."})",
     R"(sources[1].id: duplicate source "src")"},
};

std::string Mutated(const MalformedCase& c) {
    auto text = kMini;
    const auto at = text.find(c.find);
    if (at == std::string::npos || text.find(c.find, at + 1) != std::string::npos) {
        throw std::logic_error(std::string("the case must match kMini exactly once: ") + c.find);
    }
    return text.replace(at, std::string(c.find).size(), c.replace);
}

void Write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(instrument_loader)

BOOST_DATA_TEST_CASE(every_shipped_instrument_loads_and_validates,
                     data::make({"relationship_patterns_inventory", "weekly_secure_base_checkin",
                                 "ecr_r_scoring_key"}),
                     id) {
    const auto instrument = test::LoadShipped(id);
    BOOST_TEST(instrument.id == id);
    BOOST_TEST(Validate(instrument).empty());
    BOOST_TEST((instrument.validated || !instrument.disclaimer.empty()));
}

BOOST_AUTO_TEST_CASE(the_shipped_folder_loads_without_failures) {
    const auto folder =
        LoadInstrumentFolder(std::filesystem::path(SECUREBASE_FORMS_DIR) / "instruments");
    BOOST_TEST(folder.failures.empty());
    BOOST_TEST(folder.instruments.size() >= 3u);
}

BOOST_AUTO_TEST_CASE(the_unbroken_mini_instrument_is_valid) {
    const auto instrument = ParseInstrument(kMini, kOrigin);
    BOOST_TEST(instrument.items.size() == 3u);
    BOOST_TEST(instrument.subscales[0].norms->sd == 1.0);
}

BOOST_DATA_TEST_CASE(a_malformed_instrument_is_refused_naming_file_and_field,
                     data::make(kMalformed), malformed) {
    const auto text = Mutated(malformed);
    try {
        ParseInstrument(text, kOrigin);
        BOOST_FAIL("accepted a malformed instrument");
    } catch (const Error& e) {
        BOOST_TEST((e.Code() == ErrorCode::Invalid));
        const std::string message = e.what();
        BOOST_TEST(message.find(kOrigin + ": " + malformed.error) != std::string::npos, message);
    }
}

BOOST_AUTO_TEST_CASE(every_problem_of_a_file_is_listed_not_only_the_first) {
    auto text = Mutated(kMalformed[0]);
    text.replace(text.find(R"("sd": 1.0)"), 9, R"("sd": 0.0)");
    try {
        ParseInstrument(text, kOrigin);
        BOOST_FAIL("accepted a malformed instrument");
    } catch (const Error& e) {
        const std::string message = e.what();
        BOOST_TEST(message.find("items[2].scale") != std::string::npos);
        BOOST_TEST(message.find("subscales[0].norms: sd") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(items_can_declare_their_subscales_themselves) {
    const auto text = Mutated({R"({"id": "c", "text": "C", "scale": "yesno"}],
  "subscales": [)",
                               R"({"id": "c", "text": "C", "scale": "yesno", "subscales": ["yes"]}],
  "subscales": [
    {"id": "yes", "name": "Yes", "scoring": "sum", "maxMissing": 0, "better": "higher"},)",
                               ""});
    const auto instrument = ParseInstrument(text, kOrigin);
    BOOST_TEST(instrument.FindSubscale("yes")->items == std::vector<std::string>{"c"});
    BOOST_TEST(instrument.FindSubscale("main")->items == (std::vector<std::string>{"a", "b"}));
}

BOOST_AUTO_TEST_CASE(a_bad_file_in_a_folder_is_reported_and_the_rest_load) {
    test::TempDir dir;
    Write(dir / "a_mini.json", kMini);
    Write(dir / "b_broken.json", Mutated(kMalformed[0]));
    Write(dir / "c_same_id.json", kMini);
    Write(dir / "notes.txt", "not an instrument");
    std::filesystem::copy_file(test::ShippedInstrumentPath("ecr_r_scoring_key"),
                               dir / "d_ecr.json");

    const auto folder = LoadInstrumentFolder(dir.Path());

    BOOST_TEST_REQUIRE(folder.instruments.size() == 2u);
    BOOST_TEST(folder.instruments[0].id == "mini");
    BOOST_TEST(folder.instruments[1].id == "ecr_r_scoring_key");
    BOOST_TEST_REQUIRE(folder.failures.size() == 2u);
    BOOST_TEST(folder.failures[0].file.filename() == "b_broken.json");
    BOOST_TEST(folder.failures[0].message.find("b_broken.json: items[2].scale") !=
               std::string::npos);
    BOOST_TEST(folder.failures[1].file.filename() == "c_same_id.json");
    BOOST_TEST(folder.failures[1].message.find("already used") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_io_error) {
    test::TempDir dir;
    try {
        LoadInstrument(dir / "absent.json");
        BOOST_FAIL("loaded a file that does not exist");
    } catch (const Error& e) {
        BOOST_TEST((e.Code() == ErrorCode::Io));
    }
}

BOOST_AUTO_TEST_CASE(practitioner_norms_need_a_positive_sd_a_reliability_below_one_and_a_source) {
    BOOST_CHECK_NO_THROW(RequireValidNorms({std::nullopt, 1.2, 0.9, "Clinic sample, 2025"}));
    BOOST_CHECK_THROW(RequireValidNorms({std::nullopt, 0.0, 0.9, "x"}), Error);
    BOOST_CHECK_THROW(RequireValidNorms({std::nullopt, 1.0, 1.0, "x"}), Error);
    BOOST_CHECK_THROW(RequireValidNorms({std::nullopt, 1.0, 0.9, ""}), Error);
}

BOOST_AUTO_TEST_SUITE_END()

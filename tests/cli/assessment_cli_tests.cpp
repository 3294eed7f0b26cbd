#include <boost/test/unit_test.hpp>

#include <fstream>

#include "cli_runner.h"

using namespace securebase::test;

namespace {

constexpr const char* kRpi = "relationship_patterns_inventory";
constexpr const char* kNotValidated = "not a validated";

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_cli)

BOOST_AUTO_TEST_CASE(instrument_list_names_every_shipped_instrument_and_the_inventory_disclaimer) {
    TempDir dir;
    CliRunner cli(dir);
    const auto text = cli.Run({"instrument", "list"}, "", {{"XDG_DATA_HOME", dir.Path().string()}});
    BOOST_TEST(text.status == 0, text.err);
    for (const char* id : {"ecr_r_scoring_key", kRpi, "weekly_secure_base_checkin"})
        BOOST_TEST(text.out.find(id) != std::string::npos, id);
    BOOST_TEST(text.out.find(kNotValidated) != std::string::npos);

    const auto json =
        cli.Run({"instrument", "list", "--json"}, "", {{"XDG_DATA_HOME", dir.Path().string()}});
    BOOST_TEST(json.status == 0, json.err);
    const auto root = ParseJson(json.out).extract<Poco::JSON::Object::Ptr>();
    const auto instruments = root->getArray("instruments");
    bool inventoryCarriesDisclaimer = false;
    for (size_t i = 0; i < instruments->size(); ++i) {
        const auto instrument = instruments->getObject(static_cast<unsigned>(i));
        if (instrument->getValue<std::string>("id") == kRpi)
            inventoryCarriesDisclaimer =
                instrument->getValue<std::string>("disclaimer").find(kNotValidated) !=
                std::string::npos;
    }
    BOOST_TEST(inventoryCarriesDisclaimer);
    BOOST_TEST(root->getArray("failures")->size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_clinic_file_that_is_malformed_is_reported_by_name_beside_the_others) {
    TempDir dir;
    CliRunner cli(dir);
    const auto folder = dir / "securebase" / "forms" / "instruments";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "half_written.json") << "{\"format\": 1, \"id\": ";
    const auto result =
        cli.Run({"instrument", "list", "--json"}, "", {{"XDG_DATA_HOME", dir.Path().string()}});
    BOOST_TEST(result.status == 0, result.err);
    const auto root = ParseJson(result.out).extract<Poco::JSON::Object::Ptr>();
    BOOST_REQUIRE(root->getArray("failures")->size() == 1u);
    BOOST_TEST(root->getArray("failures")
                   ->getObject(0)
                   ->getValue<std::string>("error")
                   .find("half_written.json") != std::string::npos);
    BOOST_TEST(root->getArray("instruments")->size() == 3u);
}

BOOST_AUTO_TEST_CASE(instrument_show_puts_the_inventory_disclaimer_in_text_and_json) {
    TempDir dir;
    CliRunner cli(dir);
    const auto text = cli.Run({"instrument", "show", kRpi});
    BOOST_TEST(text.status == 0, text.err);
    BOOST_TEST(text.out.find(kNotValidated) < text.out.find("ITEM"));
    const auto json = cli.Run({"instrument", "show", kRpi, "--json"});
    BOOST_TEST(json.status == 0, json.err);
    const auto root = ParseJson(json.out).extract<Poco::JSON::Object::Ptr>();
    BOOST_TEST(root->getValue<std::string>("disclaimer").find(kNotValidated) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_instrument_is_not_found) {
    TempDir dir;
    CliRunner cli(dir);
    const auto result = cli.Run({"instrument", "show", "no_such_instrument"});
    BOOST_TEST(result.status == 4);
    BOOST_TEST(result.err.find("instrument list") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(validate_accepts_a_shipped_file_and_names_the_field_of_a_broken_one) {
    TempDir dir;
    CliRunner cli(dir);
    const auto good = cli.Run(
        {"instrument", "validate", SECUREBASE_FORMS_SOURCE "/instruments/ecr_r_scoring_key.json"});
    BOOST_TEST(good.status == 0, good.err);
    BOOST_TEST(good.out.find("valid: ecr_r_scoring_key") == 0u);
    std::ofstream(dir / "no_id.json") << R"({"format": 1})";
    const auto bad = cli.Run({"instrument", "validate", (dir / "no_id.json").string()});
    BOOST_TEST(bad.status == 5);
    BOOST_TEST(bad.err.find("no_id.json: id") != std::string::npos, bad.err);
}

BOOST_AUTO_TEST_SUITE_END()

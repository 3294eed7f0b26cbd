// demo: administrations over time for every client in care, reproducible from the seed, some
// improving reliably and some not.
#include <boost/test/unit_test.hpp>

#include "cli/assess_cli_support.h"

namespace securebase::test {
namespace {

std::vector<std::string> ClientCodes(CliRunner& cli) {
    const auto listed = cli.Run({"client", "list", "--json"});
    BOOST_REQUIRE_MESSAGE(listed.status == 0, listed.err);
    const auto clients = JsonObject(listed.out)->getArray("clients");
    std::vector<std::string> codes;
    for (size_t i = 0; i < clients->size(); ++i)
        codes.push_back(
            clients->getObject(static_cast<unsigned>(i))->getValue<std::string>("code"));
    return codes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assess_demo_cli)

BOOST_AUTO_TEST_CASE(demo_gives_each_client_in_care_a_course_with_reliable_and_no_reliable_change) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto demo = cli.Run({"demo", "--clients", "6", "--sessions", "48", "--seed", "11"});
    BOOST_REQUIRE_MESSAGE(demo.status == 0, demo.err);
    BOOST_TEST(demo.out.find("demo values, not published norms") != std::string::npos, demo.out);

    std::map<std::string, int> verdicts;
    size_t inventories = 0;
    for (const auto& code : ClientCodes(cli)) {
        const auto history = cli.Run({"assess", "history", code, "--json"});
        BOOST_REQUIRE_MESSAGE(history.status == 0, history.err);
        const auto instruments = JsonObject(history.out)->getArray("instruments");
        for (size_t i = 0; i < instruments->size(); ++i) {
            const auto instrument = instruments->getObject(static_cast<unsigned>(i));
            if (instrument->getValue<std::string>("instrumentId") != kRpi) continue;
            const auto anxiety = instrument->getArray("subscales")->getObject(0);
            const auto points = anxiety->getArray("points");
            BOOST_TEST(points->size() >= 3u);
            BOOST_TEST(points->size() <= 6u);
            inventories += points->size();
            const auto sinceBaseline = anxiety->getObject("sinceBaseline");
            BOOST_TEST(sinceBaseline->getValue<std::string>("normsSource") ==
                       "demo values, not published norms");
            ++verdicts[sinceBaseline->getValue<std::string>("verdict")];
        }
    }
    BOOST_TEST(inventories > 0u);
    BOOST_TEST(verdicts["improved"] >= 1);
    BOOST_TEST(verdicts["no reliable change"] >= 1);
}

BOOST_AUTO_TEST_CASE(demo_administrations_are_the_same_for_the_same_seed) {
    TempDir dir;
    CliRunner cli(dir);
    std::vector<std::string> histories;
    for (const char* name : {"a.sbv", "b.sbv"}) {
        cli.UseVault(dir / name);
        cli.Init();
        const auto demo = cli.Run({"demo", "--clients", "3", "--sessions", "18", "--seed", "5"});
        BOOST_REQUIRE_MESSAGE(demo.status == 0, demo.err);
        std::string all;
        for (const auto& code : ClientCodes(cli)) all += cli.Run({"assess", "history", code}).out;
        histories.push_back(all);
    }
    BOOST_TEST(histories[0].find("Relationship Patterns Inventory") != std::string::npos);
    BOOST_TEST(histories[0] == histories[1]);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

// demo and bench: reproducible invented data, and a benchmark report with every figure.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <set>

#include "cli/cli_runner.h"
#include "cli/json_access.h"

namespace securebase::test {

BOOST_AUTO_TEST_SUITE(demo_and_bench)

BOOST_AUTO_TEST_CASE(demo_with_the_same_seed_gives_the_same_practice) {
    TempDir dir;
    CliRunner cli(dir);
    std::vector<std::string> listings;
    for (const char* name : {"a.sbv", "b.sbv", "c.sbv"}) {
        cli.UseVault(dir / name);
        cli.Init();
        const std::string seed = std::string(name) == "c.sbv" ? "8" : "7";
        const auto demo = cli.Run({"demo", "--clients", "4", "--sessions", "12", "--seed", seed});
        BOOST_REQUIRE_MESSAGE(demo.status == 0, demo.err);
        BOOST_TEST(demo.out.find("4 clients, 12 sessions") != std::string::npos, demo.out);
        listings.push_back(cli.Run({"client", "list"}).out);
    }
    // The four invented clients and three newcomers known to a demo group only by first name.
    BOOST_TEST(listings[0].find("7 of 7 clients") != std::string::npos, listings[0]);
    BOOST_TEST(listings[0] == listings[1]);
    BOOST_TEST(listings[0] != listings[2]);
    cli.UseVault(dir / "a.sbv");
    BOOST_TEST(cli.Run({"demo", "--clients", "2"}).status == 6);
    BOOST_TEST(cli.Run({"verify"}).status == 0);
}

BOOST_AUTO_TEST_CASE(demo_fills_assessments_homework_and_two_groups_too) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto demo = cli.Run({"demo", "--clients", "10", "--seed", "3"});
    BOOST_REQUIRE_MESSAGE(demo.status == 0, demo.err);
    BOOST_TEST(demo.out.find("demo assessments: ") != std::string::npos, demo.out);
    BOOST_TEST(demo.out.find("demo homework: ") != std::string::npos, demo.out);
    BOOST_TEST(demo.out.find("demo groups: 2 groups") != std::string::npos, demo.out);
    const auto groups = cli.Run({"group", "list", "--json"});
    BOOST_REQUIRE_MESSAGE(groups.status == 0, groups.err);
    BOOST_TEST(groups.out.find("Wednesday support circle") != std::string::npos, groups.out);
}

BOOST_AUTO_TEST_CASE(a_small_benchmark_reports_every_figure_encrypted_and_plain) {
    TempDir dir;
    CliRunner cli(dir);
    const auto scratch = dir / "tmp";
    std::filesystem::create_directory(scratch);
    const auto bench =
        cli.Run({"bench", "--clients", "20", "--sessions", "120", "--report-batch", "2", "--json"},
                "", {{"TMPDIR", scratch.string()}});
    BOOST_REQUIRE_MESSAGE(bench.status == 0, bench.err);
    const auto report = JsonObject(bench.out);
    BOOST_TEST(report->getValue<std::string>("engine").find("SQLCipher 4.") == 0u);
    BOOST_TEST(report->getValue<size_t>("clients") == 20u);
    BOOST_TEST(report->getValue<size_t>("sessions") == 120u);
    const auto figures = report->getArray("figures");
    std::set<std::string> keys;
    for (size_t i = 0; i < figures->size(); ++i) {
        const auto figure = figures->getObject(static_cast<unsigned>(i));
        BOOST_TEST(figure->getValue<double>("encryptedMs") > 0.0);
        BOOST_TEST(figure->getValue<double>("plainMs") > 0.0);
        BOOST_TEST(figure->has("ratio"));
        BOOST_TEST(figure->has("pass"));
        const auto key = figure->getValue<std::string>("key");
        BOOST_TEST(figure->getValue<size_t>("clients") == 20u);
        keys.insert(key);
    }
    const std::set<std::string> expected{
        "unlock_ms",     "client_list_first_page_ms", "search_median_ms",     "search_p95_ms",
        "chart_open_ms", "chart_read_storage_ms",     "add_and_sign_note_ms", "backup_ms"};
    BOOST_TEST(keys == expected);
    const auto reports = report->getObject("reports");
    BOOST_REQUIRE(reports);
    BOOST_TEST(reports->getValue<double>("msPerReport") > 0.0);
    BOOST_TEST(reports->getValue<double>("floorMsPerReport") > 0.0);
    BOOST_TEST(reports->getValue<int>("pagesPerReport") > 1);
    BOOST_TEST(reports->has("pass"));
    BOOST_TEST(std::filesystem::is_empty(scratch), "the benchmark left files behind");
}

BOOST_AUTO_TEST_CASE(help_says_what_scale_measures_and_what_it_costs) {
    TempDir dir;
    CliRunner cli(dir);
    const auto help = cli.Run({"--help"});
    BOOST_REQUIRE(help.status == 0);
    BOOST_TEST(help.out.find("5000 and 50000 clients with one session each") != std::string::npos,
               help.out);
    BOOST_TEST(help.out.find("about 3 minutes") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

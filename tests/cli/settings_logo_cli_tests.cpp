#include <boost/test/unit_test.hpp>

#include <fstream>
#include <string>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "report/pdf_tools.h"
#include "support/png_bytes.h"

using namespace securebase::test;

namespace {

struct LogoVault {
    LogoVault() : cli(dir) { cli.Init(); }

    std::filesystem::path File(const std::string& name, const std::string& bytes) {
        const auto file = dir / name;
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }

    std::string Logo() {
        return JsonObject(cli.Run({"settings", "show", "--json"}).out)
            ->getValue<std::string>("logo");
    }

    TempDir dir;
    CliRunner cli;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(settings_logo_cli)

BOOST_AUTO_TEST_CASE(a_png_becomes_the_report_logo_and_show_describes_it_without_bytes) {
    LogoVault vault;
    BOOST_TEST(vault.Logo() == "default");
    const auto set =
        vault.cli.Run({"settings", "logo", vault.File("logo.png", WideLogo()).string()});
    BOOST_REQUIRE_MESSAGE(set.status == 0, set.err);
    BOOST_TEST(set.out.find("custom PNG, 120 × 30 pixels") != std::string::npos, set.out);
    BOOST_TEST(set.out.find("PNG\r\n") == std::string::npos);
    BOOST_TEST(vault.Logo() == "custom PNG, 120 × 30 pixels");

    const auto client = vault.cli.Run({"client", "add"}, R"({"given": "Orla", "family": "Fenwick",
                                                             "status": "active"})");
    BOOST_REQUIRE_MESSAGE(client.status == 0, client.err);
    const auto report = vault.cli.Run({"report", "progress", "1", "--from", "2026-01-01", "--to",
                                       "2026-06-30", "--out", (vault.dir / "r.pdf").string()});
    BOOST_REQUIRE_MESSAGE(report.status == 0, report.err);
    const auto images = RunTool("pdfimages -list " + Quoted(vault.dir / "r.pdf"));
    BOOST_TEST(images.find(" image     120    30 ") != std::string::npos, images);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_png_is_refused_and_the_logo_stays) {
    LogoVault vault;
    BOOST_REQUIRE_EQUAL(
        vault.cli.Run({"settings", "logo", vault.File("logo.png", WideLogo()).string()}).status, 0);
    const auto refused =
        vault.cli.Run({"settings", "logo", vault.File("logo.gif", "GIF89a, a picture").string()});
    BOOST_TEST(refused.status == 5);
    BOOST_TEST(refused.err.find("not a PNG image; export the logo as PNG and try again") !=
                   std::string::npos,
               refused.err);
    std::string tooLarge = WideLogo();
    tooLarge.resize(2 * 1024 * 1024, '\0');
    const auto large =
        vault.cli.Run({"settings", "logo", vault.File("big.png", tooLarge).string()});
    BOOST_TEST(large.status == 5);
    BOOST_TEST(large.err.find("larger than 1 MiB") != std::string::npos, large.err);
    const auto missing = vault.cli.Run({"settings", "logo", (vault.dir / "nowhere.png").string()});
    BOOST_TEST(missing.status != 0);
    BOOST_TEST(vault.Logo() == "custom PNG, 120 × 30 pixels");
}

BOOST_AUTO_TEST_CASE(none_and_default_are_chosen_by_name) {
    LogoVault vault;
    const auto none = vault.cli.Run({"settings", "logo", "none"});
    BOOST_REQUIRE_MESSAGE(none.status == 0, none.err);
    BOOST_TEST(vault.Logo() == "none");
    const auto text = vault.cli.Run({"settings", "show"}).out;
    BOOST_TEST(text.find("Report logo") != std::string::npos, text);
    BOOST_REQUIRE_EQUAL(vault.cli.Run({"settings", "logo", "default"}).status, 0);
    BOOST_TEST(vault.Logo() == "default");
    BOOST_TEST(vault.cli.Run({"settings", "logo"}).status != 0);
}

BOOST_AUTO_TEST_SUITE_END()

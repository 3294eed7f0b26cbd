#include <boost/test/unit_test.hpp>
#include <fstream>
#include <regex>
#include <string>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "report/pdf_tools.h"

using namespace securebase::test;

namespace {

// A vault with the invented demo practice (same seed, same clients), reports dated by
// SOURCE_DATE_EPOCH so that two runs can be compared byte for byte.
struct ReportVault {
    ReportVault() : cli(dir) {
        cli.Init();
        const auto demo = cli.Run({"demo", "--clients", "4", "--seed", "11"});
        BOOST_REQUIRE_EQUAL(demo.status, 0);
    }

    CliResult Report(const std::vector<std::string>& extra, const std::string& file) {
        std::vector<std::string> args{"report",     "progress",   "1",
                                      "--from",     "2026-01-01", "--to",
                                      "2026-11-25", "--out",      (dir / file).string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return cli.Run(args, "", {{"SOURCE_DATE_EPOCH", "1764028800"}});
    }

    // Attendance of client 1's sessions in 2026 as `session list --json` gives it.
    std::map<std::string, int> Attendance() {
        std::map<std::string, int> counts;
        const auto sessions = JsonArray(cli.Run({"session", "list", "1", "--json"}).out);
        for (size_t i = 0; i < sessions->size(); ++i) {
            const auto session = sessions->getObject(static_cast<unsigned>(i));
            if (session->getValue<std::string>("start").substr(0, 4) != "2026") continue;
            ++counts[session->getValue<std::string>("attendance")];
        }
        return counts;
    }

    TempDir dir;
    CliRunner cli;
};

bool Shows(const std::string& text, const std::string& pattern) {
    return std::regex_search(text, std::regex(pattern));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report_cli)

BOOST_AUTO_TEST_CASE(a_progress_report_has_every_section_with_the_vaults_numbers) {
    ReportVault vault;
    const auto result = vault.Report({}, "report.pdf");
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    const auto file = vault.dir / "report.pdf";
    const auto text = PdfText(file);
    for (const char* section :
         {"Progress report", "Client summary", "Sessions in the period", "Assessment results",
          "Between-session work", "Treatment goals", "Practitioner's summary and recommendations",
          "Signature", "Confidential", "Relationship Patterns Inventory", "Relationship pattern"}) {
        BOOST_TEST(text.find(section) != std::string::npos, section);
    }
    const auto counts = vault.Attendance();
    const auto layout = RunTool("pdftotext -layout " + Quoted(file) + " -");
    BOOST_TEST(Shows(
        layout, "Attended\\s+" +
                    std::to_string(counts.count("attended") ? counts.at("attended") : 0) + "\\b"));
    BOOST_TEST(
        Shows(layout, "Cancelled\\s+" +
                          std::to_string(counts.count("cancelled") ? counts.at("cancelled") : 0) +
                          "\\b"));
    BOOST_TEST(Shows(
        layout, "Did not attend\\s+" +
                    std::to_string(counts.count("no-show") ? counts.at("no-show") : 0) + "\\b"));
    // The latest administration's anxiety score, as `assess show` prints it, is in the table.
    const auto list = JsonArray(vault.cli.Run({"assess", "list", "1", "--json"}).out);
    BOOST_REQUIRE(list->size() > 0);
    const auto lastId =
        list->getObject(static_cast<unsigned>(list->size() - 1))->getValue<long>("id");
    const auto shown =
        JsonObject(vault.cli.Run({"assess", "show", std::to_string(lastId), "--json"}).out);
    const auto anxiety = shown->getArray("subscales")->getObject(0)->getValue<double>("score");
    char expected[16];
    std::snprintf(expected, sizeof expected, "%.2f", anxiety);
    BOOST_TEST(text.find(expected) != std::string::npos, expected);
    const int pages = PdfPages(file);
    BOOST_TEST(pages >= 2);
    BOOST_TEST(text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_report_embeds_its_fonts) {
    ReportVault vault;
    BOOST_REQUIRE_EQUAL(vault.Report({}, "report.pdf").status, 0);
    const auto fonts = PdfFonts(vault.dir / "report.pdf");
    BOOST_TEST(fonts.find("DejaVuSans") != std::string::npos);
    BOOST_TEST(fonts.find(" no ") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_same_vault_gives_byte_identical_reports_with_source_date_epoch) {
    ReportVault vault;
    BOOST_REQUIRE_EQUAL(vault.Report({}, "a.pdf").status, 0);
    BOOST_REQUIRE_EQUAL(vault.Report({}, "b.pdf").status, 0);
    const auto a = FileBytes(vault.dir / "a.pdf");
    BOOST_TEST((a == FileBytes(vault.dir / "b.pdf")));
    BOOST_TEST(PdfText(vault.dir / "a.pdf").find("2025-11-25") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_deidentified_report_names_the_client_by_code_only) {
    ReportVault vault;
    const auto client = JsonObject(vault.cli.Run({"client", "show", "1", "--json"}).out);
    const auto code = client->getValue<std::string>("code");
    BOOST_REQUIRE_EQUAL(vault.Report({"--deidentify"}, "d.pdf").status, 0);
    const auto text = PdfText(vault.dir / "d.pdf");
    BOOST_TEST(text.find(code) != std::string::npos);
    const auto family = client->getValue<std::string>("family");
    BOOST_TEST(text.find(family) == std::string::npos);
    BOOST_TEST(text.find("Date of birth") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_summary_file_is_printed_with_accents_and_greek) {
    ReportVault vault;
    const auto summary = vault.dir / "summary.txt";
    std::ofstream(summary) << "Zoë Ñúñez and Δήμητρα: keep the weekly check-in going.";
    BOOST_REQUIRE_EQUAL(vault.Report({"--summary-file", summary.string()}, "s.pdf").status, 0);
    BOOST_TEST(PdfText(vault.dir / "s.pdf").find("Zoë Ñúñez and Δήμητρα") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_empty_period_gives_a_report_that_says_so) {
    ReportVault vault;
    const auto result = vault.cli.Run({"report", "progress", "1", "--from", "2020-01-01", "--to",
                                       "2020-03-31", "--out", (vault.dir / "e.pdf").string()});
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    const auto text = PdfText(vault.dir / "e.pdf");
    BOOST_TEST(text.find("No sessions were booked in this period.") != std::string::npos);
    BOOST_TEST(text.find("No assessments were completed in this period.") != std::string::npos);
    BOOST_TEST(text.find("No homework recorded in this period.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_client_is_a_clear_error_and_writes_nothing) {
    ReportVault vault;
    const auto result =
        vault.cli.Run({"report", "progress", "SB-NOSUCH", "--out", (vault.dir / "x.pdf").string()});
    BOOST_TEST(result.status == 4);
    BOOST_TEST(result.err.find("no client") != std::string::npos);
    BOOST_TEST(!std::filesystem::exists(vault.dir / "x.pdf"));
}

BOOST_AUTO_TEST_CASE(a_period_that_ends_before_it_starts_is_refused) {
    ReportVault vault;
    const auto result = vault.cli.Run({"report", "progress", "1", "--from", "2026-05-01", "--to",
                                       "2026-04-01", "--out", (vault.dir / "x.pdf").string()});
    BOOST_TEST(result.status == 5);
    BOOST_TEST(!std::filesystem::exists(vault.dir / "x.pdf"));
}

BOOST_AUTO_TEST_CASE(an_existing_file_is_never_overwritten) {
    ReportVault vault;
    std::ofstream(vault.dir / "keep.pdf") << "mine";
    BOOST_TEST(vault.Report({}, "keep.pdf").status == 6);
    BOOST_TEST(FileBytes(vault.dir / "keep.pdf") == "mine");
}

BOOST_AUTO_TEST_CASE(a_batch_writes_one_report_per_client_and_says_what_it_skipped) {
    ReportVault vault;
    const auto folder = vault.dir / "batch";
    std::filesystem::create_directory(folder);
    const auto first = JsonObject(vault.cli.Run({"client", "show", "1", "--json"}).out);
    const auto taken = folder / (first->getValue<std::string>("code") + ".pdf");
    std::ofstream(taken) << "already here";
    const auto result = vault.cli.Run({"report", "batch", "--out", folder.string(), "--from",
                                       "2026-01-01", "--to", "2026-11-25"});
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    // The progress line reaches N/N for the demo's clients (its four plus group newcomers).
    std::smatch progress;
    BOOST_REQUIRE(std::regex_search(result.err, progress, std::regex("\\b(\\d+)/\\1\\b")));
    BOOST_TEST(std::stoul(progress[1]) >= 4u);
    BOOST_TEST(result.out.find("a file of that name exists") != std::string::npos);
    size_t pdfs = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path() != taken && PdfPages(entry.path()) > 0) ++pdfs;
    }
    std::smatch written;
    BOOST_REQUIRE(std::regex_search(result.out, written, std::regex("written: (\\d+)")));
    BOOST_TEST(std::stoul(written[1]) == pdfs);
    BOOST_TEST(pdfs >= 2u);
    BOOST_TEST(FileBytes(taken) == "already here");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(document_cli)

BOOST_AUTO_TEST_CASE(an_instrument_blank_needs_no_client_and_refuses_an_unknown_id) {
    ReportVault vault;
    const auto result = vault.cli.Run({"instrument", "blank", "relationship_patterns_inventory",
                                       "--out", (vault.dir / "b.pdf").string()});
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    BOOST_TEST(PdfText(vault.dir / "b.pdf").find("Relationship Patterns Inventory") !=
               std::string::npos);
    BOOST_TEST(
        vault.cli.Run({"instrument", "blank", "nonesuch", "--out", (vault.dir / "n.pdf").string()})
            .status == 4);
}

BOOST_AUTO_TEST_CASE(a_homework_worksheet_prints_the_template_with_the_code_not_the_name) {
    ReportVault vault;
    // The first client of the demo with an assignment.
    std::string assignment, title, code, family;
    for (int client = 1; client <= 4 && assignment.empty(); ++client) {
        const auto id = std::to_string(client);
        const auto list = JsonArray(vault.cli.Run({"homework", "list", id, "--json"}).out);
        if (list->size() == 0) continue;
        const auto first = list->getObject(0);
        assignment = std::to_string(first->getValue<int>("id"));
        title = first->getValue<std::string>("title");
        const auto shown = JsonObject(vault.cli.Run({"client", "show", id, "--json"}).out);
        code = shown->getValue<std::string>("code");
        family = shown->getValue<std::string>("family");
    }
    BOOST_REQUIRE_MESSAGE(!assignment.empty(), "the demo gave no client homework");

    const auto coded = vault.dir / "coded.pdf";
    const auto result =
        vault.cli.Run({"homework", "worksheet", assignment, "--out", coded.string()});
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    const auto text = PdfText(coded);
    BOOST_TEST(text.find(title) != std::string::npos, text);
    BOOST_TEST(text.find(code) != std::string::npos, text);
    BOOST_TEST(text.find(family) == std::string::npos, "the worksheet names the client");
    BOOST_TEST(PdfPages(coded) >= 1);

    const auto named = vault.dir / "named.pdf";
    BOOST_TEST(
        vault.cli.Run({"homework", "worksheet", assignment, "--out", named.string(), "--full-name"})
            .status == 0);
    BOOST_TEST(PdfText(named).find(family) != std::string::npos);
    BOOST_TEST(
        vault.cli.Run({"homework", "worksheet", "9999", "--out", (vault.dir / "none.pdf").string()})
            .status == 4);
    BOOST_TEST(!std::filesystem::exists(vault.dir / "none.pdf"));
}

BOOST_AUTO_TEST_SUITE_END()

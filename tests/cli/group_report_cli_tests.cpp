// group report --out and group certificate end to end, and the privacy rule through the CLI: a
// participant's own chart and report never show another participant or the group note.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"
#include "report/pdf_tools.h"

namespace securebase::test {
namespace {

constexpr const char* kGroupNote = "The circle heard about the sister of Ysmera, Wenna Tallowby";
constexpr const char* kOtherNote = "Spoke of the cottage beside the lighthouse.";

std::string Must(const CliResult& result) {
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return result.out;
}

// A group with Quen (enrolled from scratch as SB-GRPQEN) and Ysmera, two meetings: both came to
// the first, each with a note of their own; Ysmera was excused from the second.
struct GroupReportCli {
    GroupReportCli() : cli(dir) {
        cli.Init();
        groupId = std::to_string(JsonObject(Must(cli.Run({"group", "create", "--json"},
                                                         R"({"name": "Thursday circle",
            "kind": "support", "facilitators": ["Noor Fairweather"], "weekday": "thursday",
            "startTime": "18:30", "startsOn": "2026-09-03", "meetings": 8, "capacity": 4})")))
                                     ->getValue<int>("id"));
        Must(cli.Run(
            {"group", "enrol", groupId, "--date", "2026-09-01"},
            R"({"preferredName": ")" + std::string(kPreferred) + R"(", "code": "SB-GRPQEN"})"));
        otherCode = AddClient(kOtherGiven, kOtherFamily);
        Must(cli.Run({"group", "enrol", groupId, "--date", "2026-09-01"},
                     R"({"client": ")" + otherCode + R"("})"));
        const auto first = AddMeeting("2026-09-03");
        Must(cli.Run({"group", "attendance", first},
                     R"({"SB-GRPQEN": {"attendance": "present", "note": ")" +
                         std::string(kNotePhrase) + R"("}, ")" + otherCode +
                         R"(": {"attendance": "present", "note": ")" + kOtherNote + R"("}})"));
        const auto second = AddMeeting("2026-09-10");
        Must(cli.Run({"group", "attendance", second},
                     R"({"SB-GRPQEN": "late", ")" + otherCode + R"(": "excused"})"));
    }

    std::string AddClient(std::string_view given, std::string_view family) {
        const auto added = Must(cli.Run(
            {"client", "add", "--json"},
            R"({"given": ")" + std::string(given) + R"(", "family": ")" + std::string(family) +
                R"(", "status": "active", "admittedOn": "2026-08-01"})"));
        return JsonObject(added)->getValue<std::string>("code");
    }

    std::string AddMeeting(const std::string& date) {
        const auto out = Must(cli.Run(
            {"group", "meeting", "add", groupId, "--date", date, "--json"},
            R"({"topic": "Sharing round", "groupNote": ")" + std::string(kGroupNote) + R"("})"));
        return std::to_string(JsonObject(out)->getValue<int>("id"));
    }

    std::string Pdf(const std::string& name) { return (dir / name).string(); }

    TempDir dir;
    CliRunner cli;
    std::string groupId;
    std::string otherCode;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(group_report_cli, GroupReportCli)

BOOST_AUTO_TEST_CASE(group_report_out_writes_the_pdf_by_client_code_with_the_summary) {
    std::ofstream(dir / "summary.txt") << "Both participants settled in well.";
    const auto out = Must(cli.Run({"group", "report", groupId, "--out", Pdf("group.pdf"),
                                   "--summary-file", (dir / "summary.txt").string()}));
    BOOST_TEST(out.find("wrote") != std::string::npos);
    BOOST_TEST(out.find("pages)") != std::string::npos);
    const auto text = PdfText(dir / "group.pdf");
    BOOST_TEST(text.find("SB-GRPQEN") != std::string::npos);
    BOOST_TEST(text.find(otherCode) != std::string::npos);
    BOOST_TEST(text.find("Both participants settled in well.") != std::string::npos);
    BOOST_TEST(text.find("100 %") != std::string::npos);  // Quen: present, then late
    BOOST_TEST(text.find("50 %") != std::string::npos);   // Ysmera: present, then excused
    for (auto secret :
         {std::string(kPreferred), std::string(kOtherGiven), std::string(kOtherFamily),
          std::string(kNotePhrase), std::string(kOtherNote), std::string("Wenna")}) {
        BOOST_TEST(text.find(secret) == std::string::npos, secret);
    }
    // Without --out the report stays text.
    BOOST_TEST(Must(cli.Run({"group", "report", groupId})).find("RATE") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_certificate_names_the_participant_unless_code_only) {
    Must(cli.Run({"group", "certificate", groupId, otherCode, "--out", Pdf("named.pdf")}));
    const auto named = PdfText(dir / "named.pdf");
    BOOST_TEST(named.find(std::string(kOtherGiven) + " " + std::string(kOtherFamily) +
                          " attended 1 of the 2 meetings") != std::string::npos,
               named);
    BOOST_TEST(named.find(std::string(kPreferred)) == std::string::npos);
    BOOST_TEST(PdfPages(dir / "named.pdf") == 1);
    Must(cli.Run(
        {"group", "certificate", groupId, "SB-GRPQEN", "--out", Pdf("code.pdf"), "--code-only"}));
    const auto code = PdfText(dir / "code.pdf");
    BOOST_TEST(code.find("SB-GRPQEN attended 2 of the 2 meetings") != std::string::npos, code);
    BOOST_TEST(code.find(std::string(kPreferred) + " ") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_groups_and_participants_are_refused_with_no_file) {
    const auto noGroup = cli.Run({"group", "report", "999", "--out", Pdf("a.pdf")});
    BOOST_TEST(noGroup.status == 4);
    BOOST_TEST(noGroup.err.find("999") != std::string::npos, noGroup.err);
    const auto noCertGroup =
        cli.Run({"group", "certificate", "999", "SB-GRPQEN", "--out", Pdf("b.pdf")});
    BOOST_TEST(noCertGroup.status == 4);
    const auto noClient =
        cli.Run({"group", "certificate", groupId, "SB-NOSUCH", "--out", Pdf("c.pdf")});
    BOOST_TEST(noClient.status == 4);
    BOOST_TEST(noClient.err.find("no client") != std::string::npos, noClient.err);
    const auto outsider = AddClient(kGiven, kFamily);
    const auto notEnrolled =
        cli.Run({"group", "certificate", groupId, outsider, "--out", Pdf("d.pdf")});
    BOOST_TEST(notEnrolled.status == 4);
    BOOST_TEST(notEnrolled.err.find("never enrolled") != std::string::npos, notEnrolled.err);
    BOOST_TEST(notEnrolled.err.find(std::string(kGiven)) == std::string::npos);
    const auto noOut = cli.Run({"group", "certificate", groupId, "SB-GRPQEN"});
    BOOST_TEST(noOut.status == 2);
    BOOST_TEST(noOut.err.find("--out") != std::string::npos);
    for (const char* name : {"a.pdf", "b.pdf", "c.pdf", "d.pdf"})
        BOOST_TEST(!std::filesystem::exists(dir / name), name);
}

BOOST_AUTO_TEST_CASE(an_existing_file_is_refused_and_left_as_it_was) {
    std::ofstream(dir / "taken.pdf") << "someone else's file";
    const auto report = cli.Run({"group", "report", groupId, "--out", Pdf("taken.pdf")});
    BOOST_TEST(report.status == 6);
    BOOST_TEST(report.err.find("exists") != std::string::npos, report.err);
    const auto certificate =
        cli.Run({"group", "certificate", groupId, "SB-GRPQEN", "--out", Pdf("taken.pdf")});
    BOOST_TEST(certificate.status == 6);
    BOOST_TEST(FileBytes(dir / "taken.pdf") == "someone else's file");
}

// Issue 6: a participant's chart as the CLI shows it (client, sessions, notes) and their own
// progress report hold their own note and nobody else's name or note, nor the group note.
BOOST_AUTO_TEST_CASE(a_participants_chart_and_report_show_no_other_participant) {
    std::string chart = Must(cli.Run({"client", "show", "SB-GRPQEN"}));
    const auto sessions = JsonArray(Must(cli.Run({"session", "list", "SB-GRPQEN", "--json"})));
    BOOST_REQUIRE_EQUAL(sessions->size(), 2u);
    for (unsigned i = 0; i < sessions->size(); ++i) {
        const auto id = std::to_string(sessions->getObject(i)->getValue<int>("id"));
        chart += Must(cli.Run({"session", "show", id}));
    }
    BOOST_TEST(chart.find(std::string(kNotePhrase)) != std::string::npos);
    Must(cli.Run({"report", "progress", "SB-GRPQEN", "--from", "2026-08-01", "--to", "2026-12-31",
                  "--out", Pdf("quen.pdf")}));
    const auto report = PdfText(dir / "quen.pdf");
    BOOST_TEST(report.find(std::string(kPreferred)) != std::string::npos);
    for (const auto& text : {chart, report}) {
        for (auto other :
             {std::string(kOtherGiven), std::string(kOtherFamily), otherCode,
              std::string(kOtherNote), std::string("Wenna"), std::string("The circle heard")}) {
            BOOST_TEST(text.find(other) == std::string::npos, other);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

// Group commands end to end, through the real binary. Names and notes travel only on stdin.
#include <boost/test/unit_test.hpp>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"

namespace securebase::test {
namespace {

constexpr const char* kGroupJson =
    R"({"name": "Thursday circle", "kind": "psychoeducation", "facilitators": ["Noor Fairweather"],
        "weekday": "thursday", "startTime": "18:30", "duration": 90, "startsOn": "2026-09-03",
        "meetings": 8, "capacity": 2, "location": "Room 2",
        "curriculum": "moving_toward_secure_attachment"})";

std::string Must(const CliResult& result) {
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return result.out;
}

// A vault with one group of two places: Quen enrolled from scratch, Ysmera as an admitted client.
struct GroupCli {
    GroupCli() : cli(dir) {
        cli.Init();
        groupId =
            std::to_string(JsonObject(Must(cli.Run({"group", "create", "--json"}, kGroupJson)))
                               ->getValue<int>("id"));
        Must(cli.Run(
            {"group", "enrol", groupId, "--date", "2026-09-01"},
            R"({"preferredName": ")" + std::string(kPreferred) + R"(", "code": "SB-GRPQEN"})"));
        const auto added =
            Must(cli.Run({"client", "add", "--json"},
                         R"({"given": ")" + std::string(kOtherGiven) + R"(", "family": ")" +
                             std::string(kOtherFamily) +
                             R"(", "status": "active", "admittedOn": "2026-08-01"})"));
        otherCode = JsonObject(added)->getValue<std::string>("code");
        Must(cli.Run({"group", "enrol", groupId, "--date", "2026-09-01"},
                     R"({"client": ")" + otherCode + R"("})"));
    }

    std::string AddMeeting(const std::string& date, const std::string& input) {
        const auto out =
            Must(cli.Run({"group", "meeting", "add", groupId, "--date", date, "--json"}, input));
        return std::to_string(JsonObject(out)->getValue<int>("id"));
    }

    TempDir dir;
    CliRunner cli;
    std::string groupId;
    std::string otherCode;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(group_cli, GroupCli)

BOOST_AUTO_TEST_CASE(a_meeting_is_recorded_with_attendance_checkins_and_a_participant_note) {
    const std::string meeting = AddMeeting("2026-09-03", R"({"curriculumMeeting": 1})");
    Must(cli.Run({"group", "attendance", meeting},
                 R"({"SB-GRPQEN": {"attendance": "present", "note": ")" + std::string(kNotePhrase) +
                     R"("}, ")" + otherCode + R"(": "late"})"));
    Must(cli.Run({"group", "checkin", meeting},
                 R"({"answers": {"SB-GRPQEN": {"safety": 4, "trust": 4, "reassurance": 4,
                     "withdrawal": 4, "calming": 4, "needs": 4}, ")" +
                     otherCode + R"(": {"safety": 8, "trust": 8, "reassurance": 8,
                     "withdrawal": 8, "calming": 8, "needs": 8}}})"));

    const auto report = JsonObject(Must(cli.Run({"group", "report", groupId, "--json"})));
    const auto attendance = report->getArray("attendance");
    BOOST_REQUIRE(attendance->size() == 2u);
    for (size_t i = 0; i < attendance->size(); ++i)
        BOOST_TEST(attendance->getObject(static_cast<unsigned>(i))->getValue<double>("rate") ==
                   1.0);
    const auto safety =
        report->getArray("checkinTrend")->getObject(0)->getArray("checkins")->getObject(0);
    BOOST_TEST(safety->getValue<std::string>("subscale") == "safety");
    BOOST_TEST(safety->getValue<double>("mean") == 6.0);
    BOOST_TEST(safety->getValue<double>("min") == 4.0);
    BOOST_TEST(safety->getValue<double>("max") == 8.0);

    const auto show = JsonObject(Must(cli.Run({"group", "show", groupId, "--json"})));
    const auto history = show->getArray("history")->getObject(0);
    BOOST_TEST(history->getValue<std::string>("topic") == "Knowing your pattern");
    BOOST_TEST(history->getObject("attendance")->getValue<std::string>(otherCode) == "late");

    // The note lands in Quen's own chart as a group session; Ysmera's chart has none of it.
    const auto own = Must(cli.Run({"session", "list", "SB-GRPQEN", "--json"}));
    BOOST_TEST(own.find("\"group\"") != std::string::npos);
    const auto sessionId = JsonArray(own)->getObject(0)->getValue<int>("id");
    const auto note = Must(cli.Run({"session", "show", std::to_string(sessionId)}));
    BOOST_TEST(note.find(std::string(kNotePhrase)) != std::string::npos);
    BOOST_TEST(note.find(std::string(kOtherGiven)) == std::string::npos);
    const auto otherSessions = JsonArray(Must(cli.Run({"session", "list", otherCode, "--json"})));
    const auto otherNote = Must(cli.Run(
        {"session", "show", std::to_string(otherSessions->getObject(0)->getValue<int>("id"))}));
    BOOST_TEST(otherNote.find(std::string(kNotePhrase)) == std::string::npos);
    BOOST_TEST(otherNote.find(std::string(kPreferred)) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_full_group_a_date_outside_it_and_an_outsider_are_refused_with_clear_errors) {
    const auto full = cli.Run({"group", "enrol", groupId}, R"({"preferredName": "Late Comer"})");
    BOOST_TEST(full.status == 6);
    BOOST_TEST(full.err.find("full") != std::string::npos, full.err);

    const auto outside = cli.Run({"group", "meeting", "add", groupId, "--date", "2026-12-24"},
                                 R"({"topic": "Winter"})");
    BOOST_TEST(outside.status == 5);
    BOOST_TEST(outside.err.find("outside the group's dates") != std::string::npos, outside.err);

    const std::string meeting = AddMeeting("2026-09-03", R"({"topic": "Opening circle"})");
    const auto outsider = cli.Run({"group", "attendance", meeting}, R"({"SB-NOSUCH": "present"})");
    BOOST_TEST(outsider.status == 4);
    const auto rating =
        cli.Run({"group", "checkin", meeting}, R"({"answers": {"SB-GRPQEN": {"safety": 12}}})");
    BOOST_TEST(rating.status == 5);

    const auto show = JsonObject(Must(cli.Run({"group", "show", groupId, "--json"})));
    BOOST_TEST(show->getArray("history")->size() == 1u);
    BOOST_TEST(show->getArray("roster")->size() == 2u);
    BOOST_TEST(show->getArray("history")->getObject(0)->getObject("attendance")->size() == 0u);
}

BOOST_AUTO_TEST_CASE(groups_list_as_json_with_their_places_taken) {
    const auto list = JsonArray(Must(cli.Run({"group", "list", "--json"})));
    BOOST_REQUIRE(list->size() == 1u);
    BOOST_TEST(list->getObject(0)->getValue<int>("enrolled") == 2);
    BOOST_TEST(list->getObject(0)->getValue<std::string>("lastDay") == "2026-10-22");
    Must(cli.Run({"group", "leave", groupId, "SB-GRPQEN", "--date", "2026-09-20"},
                 std::string(kReason)));
    const auto after = JsonArray(Must(cli.Run({"group", "list", "--json"})));
    BOOST_TEST(after->getObject(0)->getValue<int>("enrolled") == 1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

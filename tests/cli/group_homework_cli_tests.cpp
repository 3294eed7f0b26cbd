// `group homework` end to end, through the real binary. Instructions travel only on stdin.
#include <boost/test/unit_test.hpp>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"

namespace securebase::test {
namespace {

constexpr const char* kGroupJson =
    R"({"name": "Thursday circle", "kind": "support", "weekday": "thursday",
        "startTime": "18:30", "startsOn": "2026-09-03", "meetings": 8, "capacity": 3})";
constexpr const char* kInstructions = "Write down one moment each evening when the old pull came.";

std::string Must(const CliResult& result) {
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return result.out;
}

// A group of three at its first meeting: SB-GHQUEN present, SB-GHTOBI late, SB-GHMARA absent.
struct GroupHomeworkCli {
    GroupHomeworkCli() : cli(dir) {
        cli.Init();
        groupId =
            std::to_string(JsonObject(Must(cli.Run({"group", "create", "--json"}, kGroupJson)))
                               ->getValue<int>("id"));
        for (const char* code : {"SB-GHQUEN", "SB-GHTOBI", "SB-GHMARA"})
            Must(cli.Run(
                {"group", "enrol", groupId, "--date", "2026-09-01"},
                R"({"preferredName": "Participant", "code": ")" + std::string(code) + R"("})"));
        meetingId = AddMeeting("2026-09-03");
        Must(cli.Run({"group", "attendance", meetingId},
                     R"({"SB-GHQUEN": "present", "SB-GHTOBI": "late", "SB-GHMARA": "absent"})"));
    }

    std::string AddMeeting(const std::string& date) {
        const auto out =
            Must(cli.Run({"group", "meeting", "add", groupId, "--date", date, "--json"},
                         R"({"topic": "Noticing the pattern"})"));
        return std::to_string(JsonObject(out)->getValue<int>("id"));
    }

    size_t AssignmentsOf(const std::string& code) {
        return JsonArray(Must(cli.Run({"homework", "list", code, "--json"})))->size();
    }

    TempDir dir;
    CliRunner cli;
    std::string groupId;
    std::string meetingId;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(group_homework_cli, GroupHomeworkCli)

BOOST_AUTO_TEST_CASE(the_homework_goes_to_those_who_came_and_the_output_names_their_codes) {
    const auto out = Must(cli.Run({"group", "homework", meetingId, "--template", "trigger_log",
                                   "--daily", "--due", "2026-09-09"},
                                  kInstructions));
    BOOST_TEST(out.find("to 2 participants of meeting " + meetingId) != std::string::npos, out);
    BOOST_TEST(out.find("daily from 2026-09-03 to 2026-09-09") != std::string::npos, out);
    BOOST_TEST(out.find("SB-GHQUEN") != std::string::npos, out);
    BOOST_TEST(out.find("SB-GHTOBI") != std::string::npos, out);
    BOOST_TEST(out.find("SB-GHMARA") == std::string::npos, out);
    BOOST_TEST(out.find("Participant") == std::string::npos, out);

    const auto quen = JsonArray(Must(cli.Run({"homework", "list", "SB-GHQUEN", "--json"})));
    BOOST_REQUIRE(quen->size() == 1u);
    BOOST_TEST(quen->getObject(0)->getValue<std::string>("instructions") == kInstructions);
    BOOST_TEST(quen->getObject(0)->getValue<std::string>("start") == "2026-09-03");
    BOOST_TEST(AssignmentsOf("SB-GHTOBI") == 1u);
    BOOST_TEST(AssignmentsOf("SB-GHMARA") == 0u);
}

BOOST_AUTO_TEST_CASE(as_json_it_lists_each_assignment_with_the_code_and_starts_from_the_given_day) {
    const auto json = JsonObject(Must(
        cli.Run({"group", "homework", meetingId, "--template", "reflective_journal", "--weekly",
                 "sun", "--from", "2026-09-05", "--due", "2026-10-04", "--json"})));
    BOOST_TEST(json->getValue<std::string>("template") == "reflective_journal");
    BOOST_TEST(json->getValue<int>("meetingId") == std::stoi(meetingId));
    const auto assigned = json->getArray("assigned");
    BOOST_REQUIRE(assigned->size() == 2u);
    for (unsigned i = 0; i < assigned->size(); ++i) {
        const auto item = assigned->getObject(i);
        const auto list = JsonArray(
            Must(cli.Run({"homework", "list", item->getValue<std::string>("code"), "--json"})));
        BOOST_REQUIRE(list->size() == 1u);
        BOOST_TEST(list->getObject(0)->getValue<int>("id") == item->getValue<int>("assignmentId"));
        BOOST_TEST(list->getObject(0)->getValue<std::string>("start") == "2026-09-05");
    }
}

BOOST_AUTO_TEST_CASE(bad_requests_get_a_clear_error_and_assign_nothing) {
    const auto noTemplate = cli.Run({"group", "homework", meetingId, "--daily"});
    BOOST_TEST(noTemplate.status == 2);
    BOOST_TEST(noTemplate.err.find("--template") != std::string::npos, noTemplate.err);

    const auto unknown = cli.Run({"group", "homework", meetingId, "--template", "no_such_sheet"});
    BOOST_TEST(unknown.status == 4);
    BOOST_TEST(unknown.err.find("no_such_sheet") != std::string::npos, unknown.err);

    const auto noMeeting = cli.Run({"group", "homework", "999", "--template", "trigger_log"});
    BOOST_TEST(noMeeting.status == 4);

    const auto early = cli.Run({"group", "homework", meetingId, "--template", "trigger_log",
                                "--daily", "--from", "2026-09-01"});
    BOOST_TEST(early.status == 5);
    BOOST_TEST(early.err.find("before the meeting") != std::string::npos, early.err);

    const std::string empty = AddMeeting("2026-09-10");
    const auto nobody =
        cli.Run({"group", "homework", empty, "--template", "trigger_log", "--daily"});
    BOOST_TEST(nobody.status == 6);
    BOOST_TEST(nobody.err.find("record the meeting's attendance") != std::string::npos, nobody.err);

    for (const char* code : {"SB-GHQUEN", "SB-GHTOBI", "SB-GHMARA"})
        BOOST_TEST(AssignmentsOf(code) == 0u);
}

BOOST_AUTO_TEST_CASE(the_same_homework_twice_is_refused_naming_who_already_has_it) {
    Must(cli.Run({"group", "homework", meetingId, "--template", "trigger_log", "--daily"}));
    const auto again =
        cli.Run({"group", "homework", meetingId, "--template", "trigger_log", "--daily"});
    BOOST_TEST(again.status == 6);
    BOOST_TEST(again.err.find("SB-GHQUEN") != std::string::npos, again.err);
    BOOST_TEST(again.err.find("SB-GHTOBI") != std::string::npos, again.err);
    BOOST_TEST(AssignmentsOf("SB-GHQUEN") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

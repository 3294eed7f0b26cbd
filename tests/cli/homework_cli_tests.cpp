// Homework commands end to end, through the real binary. Entry contents travel only on standard
// input; the runner refuses an argv holding any of the invented record texts.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"

namespace securebase::test {
namespace {

std::string Must(const CliResult& result) {
    BOOST_REQUIRE_MESSAGE(result.status == 0, result.err);
    return result.out;
}

// An initialised vault with one client; XDG_DATA_HOME points into the test's own folder, so the
// clinic's template folder is empty unless a test fills it.
struct HomeworkCli {
    HomeworkCli() : cli(dir) {
        cli.Init();
        code =
            JsonObject(Must(cli.Run({"client", "add", "--json"},
                                    R"({"given": ")" + std::string(kGiven) + R"(", "family": ")" +
                                        std::string(kFamily) + R"(", "status": "active"})")))
                ->getValue<std::string>("code");
    }

    CliResult Run(const std::vector<std::string>& args, const std::string& input = "") {
        return cli.Run(args, input, {{"XDG_DATA_HOME", dir.Path().string()}});
    }

    std::string Assign(const std::vector<std::string>& options) {
        std::vector<std::string> args{"homework", "assign", code, "trigger_log", "--json"};
        args.insert(args.end(), options.begin(), options.end());
        return std::to_string(JsonObject(Must(Run(args)))->getValue<long long>("id"));
    }

    size_t Entries(const std::string& assignment) {
        return JsonArray(Must(Run({"homework", "entries", assignment, "--json"})))->size();
    }

    static std::string TriggerEntry(const std::string& intensity) {
        return R"({"situation": ")" + std::string(kConcern) +
               R"(", "trigger": "a cancelled plan", "emotions": ["anxious"], "intensity_before": )" +
               intensity + R"(, "freeText": ")" + std::string(kNotePhrase) + R"("})";
    }

    TempDir dir;
    CliRunner cli;
    std::string code;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(homework_cli)

BOOST_FIXTURE_TEST_CASE(templates_lists_the_shipped_ones_and_names_a_malformed_clinic_file,
                        HomeworkCli) {
    const auto folder = dir / "securebase" / "forms" / "homework";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "torn.json") << R"({"id": "torn", "version": 1, "fields": 3})";
    const std::string text = Must(Run({"homework", "templates"}));
    for (const char* id : {"trigger_log", "vulnerability_ladder", "personal_goals_plan"})
        BOOST_TEST(text.find(id) != std::string::npos, id);
    BOOST_TEST(text.find("not loaded") != std::string::npos);
    const auto json = JsonObject(Must(Run({"homework", "templates", "--json"})));
    BOOST_TEST(json->getArray("templates")->size() == 11u);
    BOOST_REQUIRE(json->getArray("failures")->size() == 1u);
    const std::string error =
        json->getArray("failures")->getObject(0)->getValue<std::string>("error");
    BOOST_TEST(error.find("torn.json") != std::string::npos);
    BOOST_TEST(error.find("fields") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(template_show_prints_the_fields_and_an_unknown_id_is_not_found,
                        HomeworkCli) {
    const std::string text = Must(Run({"homework", "template", "show", "trigger_log"}));
    BOOST_TEST(text.find("intensity_before") != std::string::npos);
    const auto json =
        JsonObject(Must(Run({"homework", "template", "show", "trigger_log", "--json"})));
    BOOST_TEST(json->getValue<std::string>("id") == "trigger_log");
    const auto missing = Run({"homework", "template", "show", "no_such_template"});
    BOOST_TEST(missing.status == 4);
    BOOST_TEST(missing.err.find("homework templates") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(an_assignment_takes_back_dated_entries_and_shows_their_adherence,
                        HomeworkCli) {
    const std::string id = Assign({"--daily", "--start", "2026-11-02", "--due", "2026-11-08"});
    for (const char* day : {"2026-11-04", "2026-11-02", "2026-11-03"})
        Must(Run({"homework", "entry", "add", id, "--date", day}, TriggerEntry("6")));
    const auto entries = JsonArray(Must(Run({"homework", "entries", id, "--json"})));
    BOOST_REQUIRE(entries->size() == 3u);
    const auto first = entries->getObject(0);
    BOOST_TEST(first->getValue<std::string>("writtenOn") == "2026-11-02");
    BOOST_TEST(first->getObject("values")->getValue<int>("intensity_before") == 6);
    BOOST_TEST(first->getValue<std::string>("freeText") == std::string(kNotePhrase));
    BOOST_TEST(Must(Run({"homework", "entries", id})).find(std::string(kConcern)) !=
               std::string::npos);

    const auto adherence = JsonObject(Must(Run({"homework", "adherence", id, "--json"})));
    BOOST_TEST(adherence->getValue<int>("expected") == 7);
    BOOST_TEST(adherence->getValue<int>("completed") == 3);
    BOOST_TEST(adherence->getValue<int>("longestStreak") == 3);
    BOOST_TEST(adherence->getValue<std::string>("lastEntry") == "2026-11-04");
    BOOST_TEST(adherence->getArray("weeks")->size() == 1u);
    BOOST_TEST(Must(Run({"homework", "adherence", code})).find("3/7 done") != std::string::npos);

    const auto list = JsonArray(Must(Run({"homework", "list", code, "--json"})));
    BOOST_REQUIRE(list->size() == 1u);
    BOOST_TEST(list->getObject(0)->getValue<int>("entries") == 3);
    BOOST_TEST(list->getObject(0)->getValue<std::string>("recurrence") == "daily");
}

BOOST_FIXTURE_TEST_CASE(bad_entries_are_refused_with_their_exit_code_and_change_nothing,
                        HomeworkCli) {
    const std::string id = Assign({"--weekdays", "mon,thu", "--start", "2026-11-02"});
    Must(Run({"homework", "entry", "add", id, "--date", "2026-11-02"}, TriggerEntry("4")));
    const auto eleven =
        Run({"homework", "entry", "add", id, "--date", "2026-11-05"}, TriggerEntry("11"));
    BOOST_TEST(eleven.status == 5);
    BOOST_TEST(eleven.err.find("intensity_before") != std::string::npos);
    BOOST_TEST(eleven.err.find(std::string(kConcern)) == std::string::npos);
    const auto unknown = Run({"homework", "entry", "add", id, "--date", "2026-11-05"},
                             R"({"situation": "x", "trigger": "y", "emotions": ["sad"],
                                 "intensity_before": 2, "colour_of_mood": "grey"})");
    BOOST_TEST(unknown.status == 5);
    BOOST_TEST(unknown.err.find("colour_of_mood") != std::string::npos);
    BOOST_TEST(Run({"homework", "entry", "add", id}, "[1, 2]").status == 5);
    BOOST_TEST(Run({"homework", "entry", "add", "999"}, TriggerEntry("3")).status == 4);
    BOOST_TEST(Entries(id) == 1u);

    Must(Run({"homework", "end", id, "--date", "2026-11-06"}));
    const auto ended =
        Run({"homework", "entry", "add", id, "--date", "2026-11-05"}, TriggerEntry("3"));
    BOOST_TEST(ended.status == 6);
    BOOST_TEST(ended.err.find("re-assign") != std::string::npos);
    BOOST_TEST(Entries(id) == 1u);
}

BOOST_FIXTURE_TEST_CASE(bad_assignments_are_refused_and_nothing_is_assigned, HomeworkCli) {
    BOOST_TEST(Run({"homework", "assign", code, "no_such_template", "--daily"}).status == 4);
    BOOST_TEST(Run({"homework", "assign", code, "trigger_log"}).status == 5);  // one-off, no due
    BOOST_TEST(
        Run({"homework", "assign", code, "trigger_log", "--weekdays", "mon,funday"}).status == 2);
    BOOST_TEST(
        Run({"homework", "assign", code, "trigger_log", "--daily", "--weekly", "fri"}).status == 2);
    BOOST_TEST(Run({"homework", "assign", code, "trigger_log", "--daily", "--goal", "77"}).status ==
               4);
    BOOST_TEST(JsonArray(Must(Run({"homework", "list", code, "--json"})))->size() == 0u);
}

BOOST_FIXTURE_TEST_CASE(pause_resume_and_reassign_change_what_is_expected, HomeworkCli) {
    const std::string id = Assign({"--weekly", "fri", "--start", "2026-10-05"});
    const auto paused =
        JsonObject(Must(Run({"homework", "pause", id, "--date", "2026-10-12", "--json"})));
    BOOST_TEST(paused->getValue<std::string>("status") == "paused");
    BOOST_TEST(Run({"homework", "pause", id, "--date", "2026-10-13"}).status == 6);
    const auto resumed =
        JsonObject(Must(Run({"homework", "resume", id, "--date", "2026-10-26", "--json"})));
    BOOST_TEST(resumed->getValue<std::string>("status") == "active");
    const std::string out =
        Must(Run({"homework", "reassign", id, "--daily", "--start", "2026-11-02"}));
    BOOST_TEST(out.find("ended") != std::string::npos);
    const auto list = JsonArray(Must(Run({"homework", "list", code, "--json"})));
    BOOST_REQUIRE(list->size() == 2u);
    BOOST_TEST(list->getObject(0)->getValue<std::string>("ended") == "2026-11-01");
    BOOST_TEST(list->getObject(1)->getValue<std::string>("recurrence") == "daily");
}

BOOST_FIXTURE_TEST_CASE(goals_are_added_from_standard_input_and_linked_to_an_assignment,
                        HomeworkCli) {
    const auto goal =
        JsonObject(Must(Run({"homework", "goal", "add", code, "--json"}, std::string(kReason))));
    const std::string goalId = std::to_string(goal->getValue<long long>("id"));
    Must(Run({"homework", "goal", "progress", goalId, "40"}));
    BOOST_TEST(Run({"homework", "goal", "progress", goalId, "140"}).status == 5);
    const auto goals = JsonArray(Must(Run({"homework", "goal", "list", code, "--json"})));
    BOOST_REQUIRE(goals->size() == 1u);
    BOOST_TEST(goals->getObject(0)->getValue<int>("progress") == 40);
    BOOST_TEST(goals->getObject(0)->getValue<std::string>("title") == std::string(kReason));

    std::ofstream(dir / "instructions.txt") << kProcessText;
    const std::string id = Assign(
        {"--daily", "--goal", goalId, "--instructions-file", (dir / "instructions.txt").string()});
    const auto list = JsonArray(Must(Run({"homework", "list", code, "--json"})));
    BOOST_TEST(std::to_string(list->getObject(0)->getValue<long long>("goal")) == goalId);
    BOOST_TEST(list->getObject(0)->getValue<std::string>("instructions") ==
               std::string(kProcessText));
    BOOST_TEST(!id.empty());
}

BOOST_FIXTURE_TEST_CASE(review_lists_new_entries_until_they_are_marked_reviewed, HomeworkCli) {
    const std::string id = Assign({"--daily", "--start", "2026-11-02"});
    Must(Run({"homework", "entry", "add", id, "--date", "2026-11-03"}, TriggerEntry("7")));
    const auto review = JsonArray(Must(Run({"homework", "review", code, "--json"})));
    BOOST_REQUIRE(review->size() == 1u);
    BOOST_TEST(review->getObject(0)->getArray("unreviewed")->size() == 1u);
    const auto session =
        JsonObject(Must(Run({"session", "add", code, "--start", "2026-11-04 10:00", "--json"})));
    const std::string sessionId = std::to_string(session->getValue<long long>("id"));
    BOOST_TEST(Must(Run({"homework", "reviewed", id, sessionId})).find("1 entries") !=
               std::string::npos);
    BOOST_TEST(JsonArray(Must(Run({"homework", "review", code, "--json"})))->size() == 0u);
}

BOOST_FIXTURE_TEST_CASE(every_homework_step_is_audited_by_id_only, HomeworkCli) {
    const std::string id = Assign({"--daily", "--start", "2026-11-02"});
    Must(Run({"homework", "entry", "add", id, "--date", "2026-11-03"}, TriggerEntry("5")));
    const std::string audit = Must(Run({"audit", "--limit", "10"}));
    BOOST_TEST(audit.find("homework_entry") != std::string::npos);
    BOOST_TEST(audit.find("assignment") != std::string::npos);
    BOOST_TEST(audit.find(std::string(kConcern)) == std::string::npos);
    BOOST_TEST(audit.find(std::string(kNotePhrase)) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

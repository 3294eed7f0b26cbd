// assess record | list | show | history and norms, end to end: answers only through stdin or a
// file, reports in text and JSON, bad input refused with nothing stored.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli/assess_cli_support.h"

namespace securebase::test {
namespace {

namespace bdata = boost::unit_test::data;

constexpr const char* kNotValidated = "not a validated";

Poco::JSON::Object::Ptr Record(CliRunner& cli, const std::string& client,
                               const std::string& answers) {
    const auto recorded =
        RunWithoutAnswersInArgv(cli, {"assess", "record", client, kRpi, "--json"}, answers);
    BOOST_REQUIRE_MESSAGE(recorded.status == 0, recorded.err);
    return JsonObject(recorded.out);
}

double ScoreOf(const Poco::JSON::Object::Ptr& report, const std::string& subscale) {
    const auto subscales = report->getArray("subscales");
    for (size_t i = 0; i < subscales->size(); ++i) {
        const auto item = subscales->getObject(static_cast<unsigned>(i));
        if (item->getValue<std::string>("id") == subscale) return item->getValue<double>("score");
    }
    BOOST_FAIL("no subscale " + subscale);
    return 0.0;
}

Poco::JSON::Object::Ptr ChangeFor(const Poco::JSON::Array::Ptr& changes,
                                  const std::string& subscale) {
    for (size_t i = 0; i < changes->size(); ++i) {
        const auto change = changes->getObject(static_cast<unsigned>(i));
        if (change->getValue<std::string>("subscale") == subscale) return change;
    }
    BOOST_FAIL("no change for " + subscale);
    return {};
}

std::vector<std::string> Strings(const Poco::JSON::Array::Ptr& array) {
    std::vector<std::string> values;
    for (size_t i = 0; i < array->size(); ++i)
        values.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return values;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assess_cli)

BOOST_AUTO_TEST_CASE(record_reads_answers_from_stdin_and_prints_scores_under_the_disclaimer) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto text =
        RunWithoutAnswersInArgv(cli, {"assess", "record", client, kRpi}, RpiAnswers(7, 1, 4));
    BOOST_REQUIRE_MESSAGE(text.status == 0, text.err);
    BOOST_TEST(text.out.find("NOTE: ") == 0u, text.out);
    BOOST_TEST(text.out.find(kNotValidated) < text.out.find("SUBSCALE"));
    BOOST_TEST(text.out.find("Attachment anxiety") != std::string::npos);
    BOOST_TEST(text.out.find("7.00") != std::string::npos);
    BOOST_TEST(text.out.find("Anxious (preoccupied)") != std::string::npos, text.out);
    BOOST_TEST(text.out.find("Unanswered items: none") != std::string::npos);
    BOOST_TEST(text.out.find("Baseline: ") != std::string::npos);
    BOOST_TEST(text.out.find(", interview, completed") != std::string::npos, text.out);
}

BOOST_AUTO_TEST_CASE(record_from_an_answers_file_names_unanswered_items_and_invalid_subscales) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto file = dir / "answers.txt";
    // Newlines separate pairs as well as commas; items 3 and 6 are two of the eight
    // disorganization items, one more than the subscale tolerates.
    std::string answers = RpiAnswers(4, 4, 4, {"3", "6"});
    std::replace(answers.begin(), answers.end(), ',', '\n');
    std::ofstream(file) << answers << "\n";
    const auto recorded =
        RunWithoutAnswersInArgv(cli, {"assess", "record", client, kRpi, "--answers-file",
                                      file.string(), "--mode", "paper", "--json"});
    BOOST_REQUIRE_MESSAGE(recorded.status == 0, recorded.err);
    const auto report = JsonObject(recorded.out);
    BOOST_TEST(report->getValue<std::string>("disclaimer").find(kNotValidated) !=
               std::string::npos);
    BOOST_TEST(report->getValue<std::string>("mode") == "paper");
    BOOST_TEST(Strings(report->getArray("unanswered")) == (std::vector<std::string>{"3", "6"}),
               boost::test_tools::per_element());
    BOOST_TEST(Strings(report->getArray("invalidSubscales")) ==
                   std::vector<std::string>{"disorganization"},
               boost::test_tools::per_element());
    BOOST_TEST(ScoreOf(report, "anxiety") == 4.0);
    const auto classification = report->getObject("classification");
    BOOST_TEST(classification->getValue<std::string>("label") == "Disorganized (fearful)");
    BOOST_TEST(report->getValue<bool>("scored"));
}

BOOST_AUTO_TEST_CASE(answers_may_be_a_json_object_where_null_leaves_an_item_unanswered) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto recorded = RunWithoutAnswersInArgv(
        cli, {"assess", "record", client, "weekly_secure_base_checkin", "--json"},
        R"({"safety": 8, "trust": 7, "reassurance": 2, "withdrawal": null, "calming": 6,
            "needs": 5})");
    BOOST_REQUIRE_MESSAGE(recorded.status == 0, recorded.err);
    const auto report = JsonObject(recorded.out);
    BOOST_TEST(ScoreOf(report, "safety") == 8.0);
    BOOST_TEST(Strings(report->getArray("unanswered")) == std::vector<std::string>{"withdrawal"},
               boost::test_tools::per_element());
    BOOST_TEST(
        Strings(report->getArray("invalidSubscales")) == std::vector<std::string>{"withdrawal"},
        boost::test_tools::per_element());
    // Security reverses reassurance: (8 + 7 + (10 − 2) + 6 + 5) / 5 with withdrawal prorated.
    BOOST_TEST(ScoreOf(report, "security") == 34.0 / 5.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(report->getValue<std::string>("disclaimer").find("not a validated measure") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(answers_on_the_command_line_are_refused_with_the_safe_way_and_not_echoed) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    // The one invocation that puts answers in argv on purpose, to prove they are refused.
    const auto refused = cli.Run({"assess", "record", client, kRpi, "--answers", "1=3,2=5"});
    BOOST_TEST(refused.status == 2);
    BOOST_TEST(refused.err.find("--answers-file") != std::string::npos, refused.err);
    BOOST_TEST(refused.err.find("standard input") != std::string::npos);
    BOOST_TEST(refused.err.find("shell history") != std::string::npos);
    BOOST_TEST(refused.err.find("1=3") == std::string::npos);
    BOOST_TEST(Administrations(cli, client) == 0u);
}

struct BadInput {
    const char* name;
    const char* instrument;  // nullptr: the inventory
    std::string answers;
    bool unknownClient;
    std::vector<std::string> options;
    int status;
    const char* message;  // part of the error
};
std::ostream& operator<<(std::ostream& out, const BadInput& input) { return out << input.name; }

const BadInput kBadInputs[] = {
    {"answer out of range", nullptr, "1=9", false, {}, 5, "not on its scale"},
    {"unknown item", nullptr, "99=3", false, {}, 5, "has no item \"99\""},
    {"unknown instrument", "no_such_instrument", "1=3", false, {}, 4, "instrument list"},
    {"unknown client", nullptr, "1=3", true, {}, 4, "no client"},
    {"malformed pair", nullptr, "1=3,banana", false, {}, 5, "answer 2 (counting from 1)"},
    {"fraction", nullptr, "1=3.5", false, {}, 5, "answer 1 (counting from 1)"},
    {"item answered twice", nullptr, "1=3,1=4", false, {}, 5, "answered twice"},
    {"malformed JSON", nullptr, "{\"1\": ", false, {}, 5, "not valid JSON"},
    {"JSON text value", nullptr, "{\"1\": \"three\"}", false, {}, 5, "item 1 must be a whole"},
    {"no answers", nullptr, "  \n", false, {}, 5, "no answers were given"},
    {"client mode", nullptr, "1=3", false, {"--mode", "client"}, 5, "paper or interview"},
};

BOOST_DATA_TEST_CASE(bad_input_is_refused_with_a_clear_error_and_nothing_is_stored,
                     bdata::make(kBadInputs), input) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    std::vector<std::string> args{"assess", "record", input.unknownClient ? "SB-ZZZZZZ" : client,
                                  input.instrument ? input.instrument : kRpi};
    args.insert(args.end(), input.options.begin(), input.options.end());
    const auto result = RunWithoutAnswersInArgv(cli, args, input.answers);
    BOOST_TEST(result.status == input.status, result.err);
    BOOST_TEST(result.err.find(input.message) != std::string::npos, result.err);
    BOOST_TEST(result.err.find("banana") == std::string::npos);
    BOOST_TEST(result.err.find(std::string(kFamily)) == std::string::npos);
    BOOST_TEST(Administrations(cli, client) == 0u);
}

BOOST_AUTO_TEST_CASE(a_missing_answers_file_is_an_io_error) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto result = RunWithoutAnswersInArgv(
        cli, {"assess", "record", client, kRpi, "--answers-file", (dir / "absent.txt").string()});
    BOOST_TEST(result.status == 9, result.err);
    BOOST_TEST(Administrations(cli, client) == 0u);
}

BOOST_AUTO_TEST_CASE(a_paper_form_typed_in_later_keeps_its_date_and_a_future_date_is_refused) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto today = Record(cli, client, RpiAnswers(1, 1, 1));
    const auto backdated = RunWithoutAnswersInArgv(
        cli, {"assess", "record", client, kRpi, "--date", "2025-03-14", "--json"},
        RpiAnswers(7, 7, 7));
    BOOST_REQUIRE_MESSAGE(backdated.status == 0, backdated.err);
    const auto report = JsonObject(backdated.out);
    BOOST_TEST(report->getValue<std::string>("completedAt").substr(0, 10) == "2025-03-14");
    // The older form is the baseline, whatever order the forms were typed in.
    BOOST_TEST(report->isNull("baselineId"));
    const auto shown = RunWithoutAnswersInArgv(
        cli, {"assess", "show", std::to_string(today->getValue<long long>("id")), "--json"});
    BOOST_TEST(JsonObject(shown.out)->getValue<long long>("baselineId") ==
               report->getValue<long long>("id"));

    const auto future = RunWithoutAnswersInArgv(
        cli, {"assess", "record", client, kRpi, "--date", "2999-01-01"}, RpiAnswers(4, 4, 4));
    BOOST_TEST(future.status == 5);
    BOOST_TEST(future.err.find("future") != std::string::npos, future.err);
    BOOST_TEST(Administrations(cli, client) == 2u);
}

BOOST_AUTO_TEST_CASE(list_and_show_give_each_administration_in_text_and_json) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    const auto first = Record(cli, client, RpiAnswers(7, 1, 4));
    const auto second = Record(cli, client, RpiAnswers(1, 1, 1));
    const auto list = RunWithoutAnswersInArgv(cli, {"assess", "list", client});
    BOOST_REQUIRE_MESSAGE(list.status == 0, list.err);
    BOOST_TEST(list.out.find(kNotValidated) < list.out.find("INSTRUMENT"));
    BOOST_TEST(list.out.find("Anxious (preoccupied)") < list.out.find("Secure"), list.out);
    BOOST_TEST(list.out.find("2 administrations for client " + client) != std::string::npos);
    BOOST_TEST(Administrations(cli, client) == 2u);

    const std::string secondId = std::to_string(second->getValue<long long>("id"));
    const auto show = RunWithoutAnswersInArgv(cli, {"assess", "show", secondId});
    BOOST_REQUIRE_MESSAGE(show.status == 0, show.err);
    BOOST_TEST(show.out.find("NOTE: ") == 0u);
    BOOST_TEST(
        show.out.find("Since baseline (administration " +
                      std::to_string(first->getValue<long long>("id")) + ")") != std::string::npos,
        show.out);
    BOOST_TEST(show.out.find("no reliable change index") != std::string::npos);
    const auto json = RunWithoutAnswersInArgv(cli, {"assess", "show", secondId, "--json"});
    BOOST_REQUIRE_MESSAGE(json.status == 0, json.err);
    const auto report = JsonObject(json.out);
    BOOST_TEST(report->getValue<long long>("baselineId") == first->getValue<long long>("id"));
    const auto change = ChangeFor(report->getArray("sinceLast"), "anxiety");
    BOOST_TEST(change->getValue<double>("difference") == -6.0);
    BOOST_TEST(change->isNull("rci"));
    BOOST_TEST(change->isNull("verdict"));
    BOOST_TEST(report->getObject("answers")->getValue<int>("1") == 1);

    BOOST_TEST(RunWithoutAnswersInArgv(cli, {"assess", "show", "999"}).status == 4);
    BOOST_TEST(RunWithoutAnswersInArgv(cli, {"assess", "list", "SB-ZZZZZZ"}).status == 4);
}

BOOST_AUTO_TEST_CASE(after_norms_are_set_history_shows_reliable_change_in_both_directions) {
    TempDir dir;
    CliRunner cli(dir);
    const auto client = VaultWithClient(cli);
    Record(cli, client, RpiAnswers(7, 1, 4));
    Record(cli, client, RpiAnswers(6, 4, 4));
    Record(cli, client, RpiAnswers(4, 4, 4));

    const auto raw = RunWithoutAnswersInArgv(cli, {"assess", "history", client});
    BOOST_REQUIRE_MESSAGE(raw.status == 0, raw.err);
    BOOST_TEST(raw.out.find("no RCI: no norms") != std::string::npos, raw.out);
    BOOST_TEST(raw.out.find(kNotValidated) < raw.out.find("Attachment anxiety"));

    // S_diff = √2 · 1 · √(1 − 0.8) ≈ 0.632: anxiety 7 → 6 is no reliable change (RCI −1.58),
    // 6 → 4 improved (−3.16); avoidance 1 → 4 deteriorated (4.74).
    const std::string norms =
        R"({"sd": 1.0, "reliability": 0.8, "source": "Invented figures for a test"})";
    for (const char* subscale : {"anxiety", "avoidance"}) {
        const auto set =
            RunWithoutAnswersInArgv(cli, {"assess", "norms", "set", kRpi, subscale}, norms);
        BOOST_REQUIRE_MESSAGE(set.status == 0, set.err);
    }
    const auto history = RunWithoutAnswersInArgv(cli, {"assess", "history", client, "--json"});
    BOOST_REQUIRE_MESSAGE(history.status == 0, history.err);
    const auto root = JsonObject(history.out);
    const auto instruments = root->getArray("instruments");
    BOOST_REQUIRE(instruments->size() == 1u);
    const auto inventory = instruments->getObject(0);
    BOOST_TEST(inventory->getValue<std::string>("disclaimer").find(kNotValidated) !=
               std::string::npos);
    const auto subscales = inventory->getArray("subscales");
    BOOST_REQUIRE(subscales->size() == 3u);
    const auto anxiety = subscales->getObject(0)->getArray("points");
    BOOST_REQUIRE(anxiety->size() == 3u);
    BOOST_TEST(anxiety->getObject(0)->isNull("sinceLast"));
    BOOST_TEST(anxiety->getObject(1)->getObject("sinceLast")->getValue<std::string>("verdict") ==
               "no reliable change");
    BOOST_TEST(anxiety->getObject(2)->getObject("sinceLast")->getValue<std::string>("verdict") ==
               "improved");
    BOOST_TEST(
        subscales->getObject(0)->getObject("sinceBaseline")->getValue<std::string>("verdict") ==
        "improved");
    BOOST_TEST(
        subscales->getObject(1)->getObject("sinceBaseline")->getValue<std::string>("verdict") ==
        "deteriorated");
    BOOST_TEST(subscales->getObject(2)->getObject("sinceBaseline")->isNull("verdict"));

    const auto text = RunWithoutAnswersInArgv(cli, {"assess", "history", client});
    BOOST_TEST(text.out.find("improved") != std::string::npos, text.out);
    BOOST_TEST(text.out.find("Invented figures for a test") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(norms_list_shows_what_was_entered_and_bad_norms_are_refused) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto before = RunWithoutAnswersInArgv(cli, {"assess", "norms", "list", "--json"});
    BOOST_REQUIRE_MESSAGE(before.status == 0, before.err);
    const auto rows = JsonArray(before.out);
    BOOST_TEST(rows->size() > 3u);
    for (size_t i = 0; i < rows->size(); ++i)
        BOOST_TEST(rows->getObject(static_cast<unsigned>(i))->getValue<std::string>("from") ==
                   "none");

    const std::vector<std::string> avoidance{"assess", "norms", "set", kRpi, "avoidance"};
    BOOST_TEST(RunWithoutAnswersInArgv(cli, avoidance, R"({"sd": 1, "reliability": 1.5,
        "source": "x"})")
                   .status == 5);
    BOOST_TEST(RunWithoutAnswersInArgv(cli, avoidance, R"({"sd": "wide", "reliability": 0.8,
        "source": "x"})")
                   .status == 5);
    BOOST_TEST(RunWithoutAnswersInArgv(cli, avoidance, R"({"sd": 1, "reliability": 0.8,
        "source": "x", "mean": 3})")
                   .status == 5);
    BOOST_TEST(RunWithoutAnswersInArgv(cli, {"assess", "norms", "set", kRpi, "warmth"},
                                       R"({"sd": 1, "reliability": 0.8, "source": "x"})")
                   .status == 5);
    BOOST_TEST(RunWithoutAnswersInArgv(cli, {"assess", "norms", "set", "no_such", "anxiety"},
                                       R"({"sd": 1, "reliability": 0.8, "source": "x"})")
                   .status == 4);
    const auto set = RunWithoutAnswersInArgv(
        cli, avoidance, R"({"sd": 1.1, "reliability": 0.85, "source": "Invented for a test"})");
    BOOST_REQUIRE_MESSAGE(set.status == 0, set.err);
    const auto text = RunWithoutAnswersInArgv(cli, {"assess", "norms", "list"});
    BOOST_REQUIRE_MESSAGE(text.status == 0, text.err);
    size_t entered = 0;
    for (size_t at = text.out.find("practitioner"); at != std::string::npos;
         at = text.out.find("practitioner", at + 1))
        ++entered;
    BOOST_TEST(entered == 1u, text.out);
    BOOST_TEST(text.out.find("Invented for a test") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

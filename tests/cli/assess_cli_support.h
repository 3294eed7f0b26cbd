#pragma once

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"

namespace securebase::test {

inline constexpr const char* kRpi = "relationship_patterns_inventory";

// Runs the CLI after checking that no argument carries answers ("1=3" pairs or a JSON object):
// answers are clinical data and travel only through standard input or a file.
inline CliResult RunWithoutAnswersInArgv(CliRunner& cli, const std::vector<std::string>& args,
                                         const std::string& input = "") {
    for (const auto& arg : args)
        BOOST_REQUIRE_MESSAGE(
            arg.find('=') == std::string::npos && arg.find('{') == std::string::npos,
            "a test put answers on the command line");
    return cli.Run(args, input);
}

// An initialised vault with one invented client; returns the client's code.
inline std::string VaultWithClient(CliRunner& cli) {
    cli.Init();
    const auto added = cli.Run({"client", "add", "--json"}, R"({"given": ")" + std::string(kGiven) +
                                                                R"(", "family": ")" +
                                                                std::string(kFamily) + R"("})");
    BOOST_REQUIRE_MESSAGE(added.status == 0, added.err);
    return JsonObject(added.out)->getValue<std::string>("code");
}

// Relationship Patterns Inventory answers: every item of a subscale answered so that the
// subscale's mean is `anxiety` / `avoidance` / `disorganization` (each 1, 4 or 7; reversed items
// get 8 − value so they count the same way), items in `skip` left out.
inline std::string RpiAnswers(int anxiety, int avoidance, int disorganization,
                              const std::vector<std::string>& skip = {}) {
    struct Member {
        const char* item;
        int subscale;
        bool reverse;
    };
    static constexpr Member kMembers[] = {
        {"1", 0, false},  {"4", 0, false},  {"7", 0, false},  {"10", 0, true}, {"13", 0, false},
        {"16", 0, false}, {"19", 0, true},  {"22", 0, false}, {"2", 1, false}, {"5", 1, false},
        {"8", 1, false},  {"11", 1, true},  {"14", 1, false}, {"17", 1, true}, {"20", 1, false},
        {"23", 1, false}, {"3", 2, false},  {"6", 2, false},  {"9", 2, false}, {"12", 2, false},
        {"15", 2, false}, {"18", 2, false}, {"21", 2, true},  {"24", 2, true}};
    const int means[] = {anxiety, avoidance, disorganization};
    std::string text;
    for (const auto& member : kMembers) {
        if (std::find(skip.begin(), skip.end(), member.item) != skip.end()) continue;
        const int mean = means[member.subscale];
        text += std::string(text.empty() ? "" : ",") + member.item + "=" +
                std::to_string(member.reverse ? 8 - mean : mean);
    }
    return text;
}

// How many administrations the client has, as `assess list --json` counts them.
inline size_t Administrations(CliRunner& cli, const std::string& client) {
    const auto listed = cli.Run({"assess", "list", client, "--json"});
    BOOST_REQUIRE_MESSAGE(listed.status == 0, listed.err);
    return JsonArray(listed.out)->size();
}

}  // namespace securebase::test

#include "cli/cli_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstring>
#include <fstream>
#include <sstream>

#include <Poco/JSON/Parser.h>

#include "cli/test_records.h"

extern char** environ;

namespace securebase::test {
namespace {

namespace fs = std::filesystem;

void WriteFile(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string ReadFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The parent's environment without any SecureBase variable, then the test's own.
std::vector<std::string> ChildEnvironment(const std::map<std::string, std::string>& overrides) {
    std::map<std::string, std::string> env{{"SECUREBASE_PASSPHRASE", kPassphrase}};
    for (const auto& [name, value] : overrides) env[name] = value;
    std::vector<std::string> result;
    for (char** entry = environ; *entry; ++entry)
        if (std::strncmp(*entry, "SECUREBASE_", 11) != 0) result.emplace_back(*entry);
    for (const auto& [name, value] : env)
        if (!value.empty()) result.push_back(name + "=" + value);
    return result;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (auto& s : strings) pointers.push_back(s.data());
    pointers.push_back(nullptr);
    return pointers;
}

}  // namespace

CliRunner::CliRunner(const TempDir& dir) : m_dir(dir), m_vault(dir / "practice.sbv") {}

CliResult CliRunner::Run(const std::vector<std::string>& args, const std::string& input,
                         const std::map<std::string, std::string>& env) {
    return Spawn(args, input, env, std::nullopt);
}

CliResult CliRunner::RunWithFd3(const std::vector<std::string>& args, const std::string& fdText,
                                const std::map<std::string, std::string>& env) {
    return Spawn(args, "", env, fdText);
}

void CliRunner::Init() {
    const auto result = Run({"init"}, "", {{"SECUREBASE_NEW_PASSPHRASE", kPassphrase}});
    BOOST_REQUIRE_MESSAGE(result.status == 0, "init failed: " + result.err);
}

CliResult CliRunner::Spawn(const std::vector<std::string>& args, const std::string& input,
                           const std::map<std::string, std::string>& env,
                           const std::optional<std::string>& fd3) {
    std::vector<std::string> argv{SECUREBASE_CLI, "--vault", m_vault.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    for (const auto& arg : argv)
        for (const auto content : kRecordContents)
            BOOST_REQUIRE_MESSAGE(arg.find(content) == std::string::npos,
                                  "a test put record content on the command line");

    const std::string run = "run" + std::to_string(++m_runs);
    const fs::path in = m_dir / (run + ".in"), out = m_dir / (run + ".out"),
                   err = m_dir / (run + ".err"), extra = m_dir / (run + ".fd3");
    WriteFile(in, input);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd3) {
        WriteFile(extra, *fd3);
        posix_spawn_file_actions_addopen(&actions, 3, extra.c_str(), O_RDONLY, 0);
    }
    auto environment = ChildEnvironment(env);
    auto argvPointers = Pointers(argv);
    auto envPointers = Pointers(environment);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, argvPointers.data(),
                               envPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    BOOST_REQUIRE_MESSAGE(rc == 0, "cannot start securebase-cli");
    int wstatus = 0;
    BOOST_REQUIRE(waitpid(pid, &wstatus, 0) == pid);
    BOOST_REQUIRE_MESSAGE(WIFEXITED(wstatus), "securebase-cli did not exit normally");
    return CliResult{WEXITSTATUS(wstatus), ReadFile(out), ReadFile(err)};
}

Poco::Dynamic::Var ParseJson(const std::string& text) {
    try {
        Poco::JSON::Parser parser;
        return parser.parse(text);
    } catch (const Poco::Exception& error) {
        BOOST_FAIL("output is not JSON: " + error.displayText() + "\n" + text);
    }
    return {};
}

}  // namespace securebase::test

// init, passphrases, backup and restore, verify, exit codes, --help and --version.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"

namespace securebase::test {
namespace {

namespace fs = std::filesystem;

void AddNamedClient(CliRunner& cli, std::string_view given, std::string_view family) {
    const auto added =
        cli.Run({"client", "add"}, R"({"given": ")" + std::string(given) + R"(", "family": ")" +
                                       std::string(family) + R"("})");
    BOOST_REQUIRE_MESSAGE(added.status == 0, added.err);
}

void Overwrite(const fs::path& file, std::uintmax_t offset, size_t count) {
    std::fstream stream(file, std::ios::in | std::ios::out | std::ios::binary);
    stream.seekp(static_cast<std::streamoff>(offset));
    for (size_t i = 0; i < count; ++i) stream.put(static_cast<char>(0xA5 ^ i));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault)

BOOST_AUTO_TEST_CASE(help_lists_commands_passphrase_sources_and_every_exit_code) {
    TempDir dir;
    CliRunner cli(dir);
    const auto help = cli.Run({"--help"});
    BOOST_TEST(help.status == 0);
    for (const char* expected :
         {"client add", "session add", "note sign", "passphrase change", "backup", "restore",
          "verify", "audit", "demo", "bench", "SECUREBASE_PASSPHRASE", "--passphrase-fd",
          "SECUREBASE_NEW_PASSPHRASE", "standard input"})
        BOOST_TEST(help.out.find(expected) != std::string::npos, expected);
    for (int code = 2; code <= 10; ++code)
        BOOST_TEST(help.out.find("\n  " + std::to_string(code) + " ") != std::string::npos, code);
}

BOOST_AUTO_TEST_CASE(version_names_the_sqlcipher_engine_inside_the_binary) {
    TempDir dir;
    CliRunner cli(dir);
    const auto version = cli.Run({"--version"});
    BOOST_TEST(version.status == 0);
    BOOST_TEST(version.out.find("securebase-cli ") == 0u);
    BOOST_TEST(version.out.find("SQLCipher 4.") != std::string::npos, version.out);
    BOOST_TEST(version.out.find("(SQLite 3.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unknown_commands_options_and_missing_arguments_are_usage_errors) {
    TempDir dir;
    CliRunner cli(dir);
    BOOST_TEST(cli.Run({"frobnicate"}).status == 2);
    BOOST_TEST(cli.Run({"client", "list", "--passphrase", "x"}).status == 2);
    BOOST_TEST(cli.Run({"client", "show"}).status == 2);
    BOOST_TEST(cli.Run({}).status == 2);
}

BOOST_AUTO_TEST_CASE(init_refuses_a_short_passphrase_and_an_existing_file) {
    TempDir dir;
    CliRunner cli(dir);
    const auto shortOne = cli.Run({"init"}, "", {{"SECUREBASE_NEW_PASSPHRASE", "too-short"}});
    BOOST_TEST(shortOne.status == 5);
    BOOST_TEST(shortOne.err.find("at least 10") != std::string::npos);
    BOOST_TEST(!fs::exists(cli.Vault()));
    cli.Init();
    BOOST_TEST(cli.Run({"init"}, "", {{"SECUREBASE_NEW_PASSPHRASE", kNewPassphrase}}).status == 6);
}

BOOST_AUTO_TEST_CASE(a_wrong_passphrase_or_a_file_that_is_no_vault_exits_3) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto before = fs::file_size(cli.Vault());
    const auto wrong = cli.Run({"client", "list"}, "", {{"SECUREBASE_PASSPHRASE", kNewPassphrase}});
    BOOST_TEST(wrong.status == 3);
    BOOST_TEST(wrong.err.find("securebase-cli: ") == 0u);
    BOOST_TEST(fs::file_size(cli.Vault()) == before);

    std::ofstream(dir / "notes.txt") << "just some text, not a vault at all\n";
    cli.UseVault(dir / "notes.txt");
    BOOST_TEST(cli.Run({"client", "list"}).status == 3);
    cli.UseVault(dir / "absent.sbv");
    BOOST_TEST(cli.Run({"client", "list"}).status == 4);
}

BOOST_AUTO_TEST_CASE(the_passphrase_can_come_from_a_file_descriptor) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto listed =
        cli.RunWithFd3({"client", "list", "--passphrase-fd", "3"}, std::string(kPassphrase) + "\n",
                       {{"SECUREBASE_PASSPHRASE", ""}});
    BOOST_TEST(listed.status == 0, listed.err);
    const auto wrong =
        cli.RunWithFd3({"client", "list", "--passphrase-fd", "3"},
                       std::string(kNewPassphrase) + "\n", {{"SECUREBASE_PASSPHRASE", ""}});
    BOOST_TEST(wrong.status == 3);
}

BOOST_AUTO_TEST_CASE(verify_says_ok_and_a_damaged_vault_exits_7) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    AddNamedClient(cli, kGiven, kFamily);
    const auto fine = cli.Run({"verify"});
    BOOST_TEST(fine.status == 0, fine.err);
    BOOST_TEST(fine.out == "vault OK\n");
    const auto size = fs::file_size(cli.Vault());
    Overwrite(cli.Vault(), size - 3000, 64);
    const auto damaged = cli.Run({"verify"});
    BOOST_TEST(damaged.status == 7, damaged.out + damaged.err);
}

BOOST_AUTO_TEST_CASE(a_backup_restores_the_vault_as_it_was) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    AddNamedClient(cli, kGiven, kFamily);
    const auto backup = cli.Run({"backup", (dir / "copy.sbv").string()});
    BOOST_REQUIRE_MESSAGE(backup.status == 0, backup.err);
    AddNamedClient(cli, kOtherGiven, kOtherFamily);
    BOOST_TEST(cli.Run({"backup", (dir / "copy.sbv").string()}).status == 6);

    const auto restored = cli.Run({"restore", (dir / "copy.sbv").string()});
    BOOST_REQUIRE_MESSAGE(restored.status == 0, restored.err);
    const auto list = cli.Run({"client", "list"});
    BOOST_TEST(list.out.find(std::string(kFamily)) != std::string::npos);
    BOOST_TEST(list.out.find(std::string(kOtherFamily)) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(after_a_passphrase_change_only_the_new_one_opens_the_vault) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto changed =
        cli.Run({"passphrase", "change"}, "", {{"SECUREBASE_NEW_PASSPHRASE", kNewPassphrase}});
    BOOST_REQUIRE_MESSAGE(changed.status == 0, changed.err);
    BOOST_TEST(cli.Run({"client", "list"}).status == 3);
    BOOST_TEST(
        cli.Run({"client", "list"}, "", {{"SECUREBASE_PASSPHRASE", kNewPassphrase}}).status == 0);
    BOOST_TEST(
        cli.Run({"passphrase", "change"}, "",
                {{"SECUREBASE_PASSPHRASE", kNewPassphrase}, {"SECUREBASE_NEW_PASSPHRASE", "short"}})
            .status == 5);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

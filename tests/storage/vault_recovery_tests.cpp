#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <string>

#include "storage/transaction.h"
#include "support/temp_dir.h"
#include "vault_test_files.h"

using namespace securebase;
using namespace securebase::storage;
using securebase::test::TempDir;

namespace {

constexpr const char* kPassphrase = "osprey 73 lilac almanac";

// db/README.md of the source tree, so that the test reads the text people will follow.
std::filesystem::path FormatReadme() {
    return std::filesystem::path(SECUREBASE_SOURCE_ROOT) / "db" / "README.md";
}

// The first fenced block of `language` in the README.
std::string FencedBlock(const std::string& language) {
    const std::string text = test::ReadFileBytes(FormatReadme());
    const std::string opening = "```" + language + "\n";
    const auto start = text.find(opening);
    BOOST_TEST_REQUIRE(start != std::string::npos, "no " << language << " block in db/README.md");
    const auto body = start + opening.size();
    const auto end = text.find("```", body);
    BOOST_TEST_REQUIRE(end != std::string::npos);
    return text.substr(body, end - body);
}

boost::test_tools::assertion_result RecoveryToolsPresent(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result result(
        std::system("python3 -c 'import cryptography' >/dev/null 2>&1") == 0 &&
        std::system("command -v sqlcipher >/dev/null 2>&1") == 0);
    if (!result)
        result.message() << "skipped: the recovery recipe needs python3 with the cryptography "
                            "package (Debian: python3-cryptography) and the sqlcipher shell";
    return result;
}

void AddRows(Vault& vault, int from, int to) {
    Transaction transaction(vault.Db());
    vault.Db().Exec("CREATE TABLE IF NOT EXISTS letters(n INTEGER PRIMARY KEY, body TEXT)");
    for (int n = from; n <= to; ++n)
        vault.Db()
            .Prepare("INSERT INTO letters VALUES(?1, ?2)")
            .Bind(1, n)
            .Bind(2, "Dear Oriel Vantasse, letter " + std::to_string(n))
            .Run();
    transaction.Commit();
}

// Runs the README's shell steps in `dir` (which holds practice.sbv), typing the passphrase at its
// prompt and then `sql` into the sqlcipher shell; answers what the shell printed.
std::string RunRecipe(const TempDir& dir, const std::string& sql) {
    test::WriteFileBytes(dir / "unwrap_key.py", FencedBlock("python"));
    test::WriteFileBytes(dir / "recipe.sh", FencedBlock("sh"));
    // Through a file on stdin, never the command line: the passphrase stays out of argv.
    test::WriteFileBytes(dir / "typed.txt", std::string(kPassphrase) + "\n" + sql + "\n");
    const std::string command =
        "cd '" + dir.Path().string() + "' && bash recipe.sh < typed.txt > shell.out 2> shell.err";
    const int status = std::system(command.c_str());
    BOOST_TEST_MESSAGE("recipe stderr: " << test::ReadFileBytes(dir / "shell.err"));
    BOOST_TEST(status == 0);
    return test::ReadFileBytes(dir / "shell.out");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_recovery, *boost::unit_test::precondition(RecoveryToolsPresent))

BOOST_AUTO_TEST_CASE(the_documented_recipe_opens_a_closed_vault_with_the_stock_shell) {
    TempDir dir;
    {
        auto vault = test::CreateTestVault(dir / "practice.sbv", kPassphrase);
        AddRows(*vault, 1, 25);
    }
    const std::string out = RunRecipe(dir, "SELECT count(*), max(body) FROM letters;");
    BOOST_TEST(out.find("25|Dear Oriel Vantasse, letter 9") != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(the_documented_recipe_reads_commits_still_in_the_wal) {
    TempDir dir;
    auto vault = test::CreateTestVault(dir / "practice.sbv", kPassphrase);
    AddRows(*vault, 1, 10);
    vault->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    AddRows(*vault, 11, 14);  // committed, only in the -wal while the vault stays open
    BOOST_REQUIRE_GT(std::filesystem::file_size(dir / "practice.sbv-wal"), 0u);
    const std::string out = RunRecipe(dir, "SELECT count(*) FROM letters;");
    BOOST_TEST(out.find("14") != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(the_documented_recipe_refuses_a_wrong_passphrase) {
    TempDir dir;
    test::CreateTestVault(dir / "practice.sbv", "a different 55 passphrase");
    test::WriteFileBytes(dir / "unwrap_key.py", FencedBlock("python"));
    test::WriteFileBytes(dir / "typed.txt", std::string(kPassphrase) + "\n");
    const std::string command = "cd '" + dir.Path().string() +
                                "' && read -r SECUREBASE_PASSPHRASE < typed.txt && export "
                                "SECUREBASE_PASSPHRASE && python3 unwrap_key.py practice.sbv "
                                "> key.sql 2> python.err";
    BOOST_TEST(std::system(("bash -c \"" + command + "\"").c_str()) != 0);
    BOOST_TEST(test::ReadFileBytes(dir / "python.err").find("wrong passphrase") !=
               std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

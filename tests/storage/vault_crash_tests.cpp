#include <boost/test/unit_test.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

#include "storage/transaction.h"
#include "support/temp_dir.h"
#include "vault_test_files.h"

using namespace securebase;
using namespace securebase::storage;
using securebase::test::TempDir;

namespace {

constexpr const char* kPassphrase = "granite 12 orchid tamarind";

// The child: commits rows 1, 2, 3, ... and reports each number on `report` once its COMMIT has
// returned. It never stops on its own; the parent kills it.
[[noreturn]] void WriteUntilKilled(const std::filesystem::path& path, int report) {
    try {
        auto vault = Vault::Open(path, Secret(kPassphrase));
        Database& db = vault->Db();
        for (std::int64_t n = 1;; ++n) {
            Transaction transaction(db);
            db.Prepare("INSERT INTO progress(n, note) VALUES(?1, ?2)")
                .Bind(1, n)
                .Bind(2, "entry " + std::to_string(n) + std::string(200, '~'))
                .Run();
            db.Prepare("UPDATE tally SET total = total + 1").Run();
            transaction.Commit();
            if (::write(report, &n, sizeof n) != sizeof n) ::_exit(3);
        }
    } catch (...) {
        ::_exit(2);
    }
}

// Reads reported counts until `wanted` has been seen (or the pipe closes); answers the highest.
std::int64_t ReadReports(int report, std::int64_t wanted) {
    std::int64_t highest = 0;
    std::int64_t n = 0;
    while (highest < wanted && ::read(report, &n, sizeof n) == sizeof n) highest = n;
    return highest;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_crash)

BOOST_AUTO_TEST_CASE(a_vault_killed_mid_write_keeps_every_committed_row_and_verifies) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kPassphrase);
        vault->Db().Exec(
            "CREATE TABLE progress(n INTEGER PRIMARY KEY, note TEXT NOT NULL);"
            "CREATE TABLE tally(total INTEGER NOT NULL); INSERT INTO tally VALUES(0);");
    }

    int pipeEnds[2];
    BOOST_REQUIRE_EQUAL(::pipe(pipeEnds), 0);
    const pid_t child = ::fork();
    BOOST_REQUIRE_GE(child, 0);
    if (child == 0) {
        ::close(pipeEnds[0]);
        WriteUntilKilled(path, pipeEnds[1]);
    }
    ::close(pipeEnds[1]);

    std::int64_t committed = ReadReports(pipeEnds[0], 100);
    BOOST_REQUIRE_EQUAL(committed, 100);
    ::kill(child, SIGKILL);
    int status = 0;
    BOOST_REQUIRE_EQUAL(::waitpid(child, &status, 0), child);
    BOOST_TEST(WIFSIGNALED(status));
    // Commits reported between our count and the kill count too.
    committed = std::max(committed, ReadReports(pipeEnds[0], INT64_MAX));
    ::close(pipeEnds[0]);
    BOOST_TEST_MESSAGE("killed after " << committed << " reported commits");

    auto vault = Vault::Open(path, Secret(kPassphrase));
    Database& db = vault->Db();
    const auto rows = *db.QueryInt("SELECT count(*) FROM progress");
    // Every reported row is there; at most the one in flight at the kill may also be.
    BOOST_TEST(rows >= committed);
    BOOST_TEST(rows <= committed + 1);
    BOOST_TEST(*db.QueryInt("SELECT max(n) FROM progress") == rows);
    BOOST_TEST(*db.QueryInt("SELECT total FROM tally") == rows);
    const VaultVerdict verdict = vault->Verify();
    BOOST_TEST(verdict.ok);
    for (const auto& problem : verdict.problems) BOOST_TEST_MESSAGE(problem);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/vault_header.h"
#include "support/temp_dir.h"
#include "vault_test_files.h"

using namespace securebase;
using namespace securebase::storage;
using securebase::test::TempDir;

namespace {

constexpr const char* kAtBackup = "cobalt 31 thistle ferry";
constexpr const char* kLater = "saffron 64 quarry drum";

void AddVisit(Vault& vault, const std::string& label) {
    vault.Db().Exec("CREATE TABLE IF NOT EXISTS visits(label TEXT)");
    vault.Db().Prepare("INSERT INTO visits VALUES(?1)").Bind(1, label).Run();
}

std::vector<std::string> Visits(Vault& vault) {
    std::vector<std::string> labels;
    auto rows = vault.Db().Prepare("SELECT label FROM visits ORDER BY rowid");
    while (rows.Step()) labels.push_back(rows.Text(0));
    return labels;
}

// Nothing but the named files in the folder: no partial or temporary leftovers.
std::vector<std::string> FilesIn(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_backup)

BOOST_AUTO_TEST_CASE(a_backup_opens_alone_elsewhere_with_the_passphrase_of_its_day) {
    TempDir live;
    TempDir elsewhere;
    const auto backup = live / "monday.sbv";
    {
        auto vault = test::CreateTestVault(live / "practice.sbv", kAtBackup);
        AddVisit(*vault, "visit 1");
        vault->BackupTo(backup);
        AddVisit(*vault, "visit 2");
        vault->ChangePassphrase(test::Passphrase(kLater));
    }
    std::filesystem::copy_file(backup, elsewhere / "monday.sbv");
    BOOST_TEST(FilesIn(elsewhere.Path()) == std::vector<std::string>{"monday.sbv"});

    test::RequireError([&] { Vault::Open(elsewhere / "monday.sbv", test::Passphrase(kLater)); },
                       ErrorCode::WrongPassphrase, "wrong passphrase");
    auto restored = Vault::Open(elsewhere / "monday.sbv", test::Passphrase(kAtBackup));
    BOOST_TEST(Visits(*restored) == std::vector<std::string>{"visit 1"});
    BOOST_TEST(restored->Verify().ok);
    auto current = Vault::Open(live / "practice.sbv", test::Passphrase(kLater));
    BOOST_TEST(*restored->Db().QueryInt("PRAGMA user_version") ==
               *current->Db().QueryInt("PRAGMA user_version"));
}

BOOST_AUTO_TEST_CASE(a_backup_refuses_to_overwrite_an_existing_file) {
    TempDir dir;
    auto vault = test::CreateTestVault(dir / "practice.sbv", kAtBackup);
    test::WriteFileBytes(dir / "taken.sbv", "already here");
    test::RequireError([&] { vault->BackupTo(dir / "taken.sbv"); }, ErrorCode::Invalid,
                       "already exists");
    BOOST_TEST(test::ReadFileBytes(dir / "taken.sbv") == "already here");
}

BOOST_AUTO_TEST_CASE(a_backup_leaves_no_partial_file_behind) {
    TempDir dir;
    auto vault = test::CreateTestVault(dir / "practice.sbv", kAtBackup);
    AddVisit(*vault, "visit 1");
    vault->BackupTo(dir / "copy.sbv");
    vault.reset();
    BOOST_TEST(FilesIn(dir.Path()) == (std::vector<std::string>{"copy.sbv", "practice.sbv"}));
}

BOOST_AUTO_TEST_CASE(restore_replaces_the_vault_with_the_verified_backup) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kAtBackup);
        AddVisit(*vault, "visit 1");
        vault->BackupTo(dir / "monday.sbv");
        AddVisit(*vault, "visit 2");
        vault->ChangePassphrase(test::Passphrase(kLater));
    }
    Vault::Restore(dir / "monday.sbv", test::Passphrase(kAtBackup), path);
    BOOST_TEST(FilesIn(dir.Path()) == (std::vector<std::string>{"monday.sbv", "practice.sbv"}));
    auto vault = Vault::Open(path, test::Passphrase(kAtBackup));
    BOOST_TEST(Visits(*vault) == std::vector<std::string>{"visit 1"});
    BOOST_TEST(vault->Verify().ok);
}

BOOST_AUTO_TEST_CASE(restore_drops_the_old_vaults_wal_instead_of_replaying_it) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kAtBackup);
        AddVisit(*vault, "visit 1");
        vault->BackupTo(dir / "monday.sbv");
        AddVisit(*vault, "visit 2");
        // A crash leaves committed frames in the -wal beside the vault.
        std::filesystem::copy_file(path, dir / "crashed.sbv");
        std::filesystem::copy_file(path.string() + "-wal", dir / "crashed.sbv-wal");
    }
    std::filesystem::remove(path);
    std::filesystem::rename(dir / "crashed.sbv", path);
    std::filesystem::rename(dir / "crashed.sbv-wal", path.string() + "-wal");

    Vault::Restore(dir / "monday.sbv", test::Passphrase(kAtBackup), path);
    auto vault = Vault::Open(path, test::Passphrase(kAtBackup));
    BOOST_TEST(Visits(*vault) == std::vector<std::string>{"visit 1"});
    BOOST_TEST(vault->Verify().ok);
}

BOOST_AUTO_TEST_CASE(a_corrupt_backup_is_refused_and_the_vault_is_left_as_it_was) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kAtBackup);
        Transaction transaction(vault->Db());
        for (int i = 0; i < 60; ++i)
            AddVisit(*vault, "visit " + std::to_string(i) + std::string(400, '-'));
        transaction.Commit();
        vault->BackupTo(dir / "monday.sbv");
    }
    // Deep in the file, where opening alone would not look.
    test::FlipByte(dir / "monday.sbv", std::filesystem::file_size(dir / "monday.sbv") - 3000);
    const auto before = test::Fingerprint(path);
    test::RequireError(
        [&] { Vault::Restore(dir / "monday.sbv", test::Passphrase(kAtBackup), path); },
        ErrorCode::Damaged, "the vault was left as it was");
    BOOST_TEST(test::Fingerprint(path) == before);
    BOOST_TEST(FilesIn(dir.Path()) == (std::vector<std::string>{"monday.sbv", "practice.sbv"}));
}

BOOST_AUTO_TEST_CASE(restore_with_the_wrong_passphrase_changes_nothing) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kAtBackup);
        vault->BackupTo(dir / "monday.sbv");
    }
    const auto before = test::Fingerprint(path);
    test::RequireError([&] { Vault::Restore(dir / "monday.sbv", test::Passphrase(kLater), path); },
                       ErrorCode::WrongPassphrase, "wrong passphrase");
    BOOST_TEST(test::Fingerprint(path) == before);
    BOOST_TEST(FilesIn(dir.Path()) == (std::vector<std::string>{"monday.sbv", "practice.sbv"}));
}

BOOST_AUTO_TEST_CASE(restoring_something_that_is_not_a_vault_is_refused) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    test::CreateTestVault(path, kAtBackup);
    test::WriteFileBytes(dir / "notes.txt", std::string(9000, 'x'));
    const auto before = test::Fingerprint(path);
    test::RequireError(
        [&] { Vault::Restore(dir / "notes.txt", test::Passphrase(kAtBackup), path); },
        ErrorCode::NotAVault, "is not a SecureBase vault");
    BOOST_TEST(test::Fingerprint(path) == before);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <functional>

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"
#include "storage/vault_header.h"
#include "support/temp_dir.h"
#include "vault_test_files.h"

using namespace securebase;
using namespace securebase::storage;
using securebase::test::TempDir;

namespace {

constexpr const char* kPassphrase = "lantern orchard 42 velvet";
constexpr std::string_view kMarker = "Zephyrine Quillfeather spoke of the lighthouse";

void AddMarkerRows(Database& db, int rows) {
    Transaction transaction(db);
    db.Exec("CREATE TABLE IF NOT EXISTS marker_notes(id INTEGER PRIMARY KEY, body TEXT)");
    for (int i = 0; i < rows; ++i)
        db.Prepare("INSERT INTO marker_notes(body) VALUES(?1)")
            .Bind(1, std::string(kMarker) + " #" + std::to_string(i) + std::string(300, '.'))
            .Run();
    transaction.Commit();
}

std::int64_t MarkerRows(Database& db) { return *db.QueryInt("SELECT count(*) FROM marker_notes"); }

// A closed vault with enough rows to span many pages.
void MakeVaultWithNotes(const std::filesystem::path& path) {
    auto vault = test::CreateTestVault(path, kPassphrase);
    AddMarkerRows(vault->Db(), 120);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault)

BOOST_AUTO_TEST_CASE(a_created_vault_opens_again_with_its_rows) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    MakeVaultWithNotes(path);
    auto vault = Vault::Open(path, test::Passphrase(kPassphrase));
    BOOST_TEST(MarkerRows(vault->Db()) == 120);
    BOOST_TEST(*vault->Db().QueryInt("PRAGMA user_version") == CurrentSchemaVersion());
    BOOST_TEST(vault->Path() == path);
    BOOST_TEST(vault->KdfIterations() == kTestKdfIterations);
    BOOST_TEST(vault->Verify().ok);
}

BOOST_AUTO_TEST_CASE(an_open_vault_answers_its_cipher_and_connection_settings) {
    TempDir dir;
    auto vault = test::CreateTestVault(dir / "practice.sbv", kPassphrase);
    Database& db = vault->Db();
    BOOST_TEST(*db.QueryText("PRAGMA cipher_page_size") == "4096");
    BOOST_TEST(*db.QueryText("PRAGMA cipher_hmac_algorithm") == "HMAC_SHA512");
    BOOST_TEST(*db.QueryText("PRAGMA cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512");
    BOOST_TEST(*db.QueryInt("PRAGMA foreign_keys") == 1);
    BOOST_TEST(*db.QueryInt("PRAGMA secure_delete") == 1);
    BOOST_TEST(*db.QueryInt("PRAGMA temp_store") == 2);
    BOOST_TEST(*db.QueryText("PRAGMA journal_mode") == "wal");
}

BOOST_AUTO_TEST_CASE(pragma_cipher_version_answers_inside_this_binary) {
    const std::string version = SqlCipherVersion();
    BOOST_TEST_MESSAGE("SQLCipher " << version);
    BOOST_TEST(version.starts_with("4."));
}

BOOST_AUTO_TEST_CASE(creating_a_vault_over_an_existing_file_is_refused_and_leaves_it_alone) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    test::WriteFileBytes(path, "someone else's file");
    const auto before = test::Fingerprint(path);
    test::RequireError([&] { test::CreateTestVault(path, kPassphrase); }, ErrorCode::Invalid,
                       "already exists");
    BOOST_TEST(test::Fingerprint(path) == before);
}

BOOST_AUTO_TEST_CASE(a_vault_is_recognised_by_its_header_and_other_files_are_not) {
    TempDir dir;
    test::CreateTestVault(dir / "practice.sbv", kPassphrase);
    {
        Database plain(dir / "plain.db", Database::Mode::ReadWriteCreate);
        plain.Exec("CREATE TABLE t(x)");
    }
    BOOST_TEST(LooksLikeVault(dir / "practice.sbv"));
    BOOST_TEST(!LooksLikeVault(dir / "plain.db"));
    BOOST_TEST(!LooksLikeVault(dir / "missing.sbv"));
    const std::string bytes = test::ReadFileBytes(dir / "practice.sbv");
    BOOST_TEST(bytes.starts_with(kVaultMagic));
    BOOST_TEST(bytes.find("SQLite format 3") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_search_for_plaintext_finds_a_marker_in_an_unencrypted_file) {
    // The no-plaintext tests below rely on FileContains; here it must find what is there.
    TempDir dir;
    {
        Database plain(dir / "plain.db", Database::Mode::ReadWriteCreate);
        AddMarkerRows(plain, 1);
    }
    BOOST_TEST(test::FileContains(dir / "plain.db", kMarker));
}

BOOST_AUTO_TEST_CASE(no_plaintext_reaches_the_vault_its_wal_or_its_backup) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const std::filesystem::path wal = path.string() + "-wal";
    {
        auto vault = test::CreateTestVault(path, kPassphrase);
        AddMarkerRows(vault->Db(), 5);
        // Still open: the committed rows live only in the -wal until a checkpoint.
        BOOST_REQUIRE(std::filesystem::exists(wal));
        BOOST_REQUIRE_GT(std::filesystem::file_size(wal), 0u);
        BOOST_TEST(MarkerRows(vault->Db()) == 5);
        BOOST_TEST(!test::FileContains(wal, kMarker));
        BOOST_TEST(!test::FileContains(path, kMarker));
        vault->BackupTo(dir / "backup.sbv");
    }
    BOOST_TEST(!test::FileContains(path, kMarker));
    BOOST_TEST(!test::FileContains(dir / "backup.sbv", kMarker));
    BOOST_TEST(!test::FileContains(dir / "backup.sbv", "Zephyrine"));
}

// Builds a file with `make`, opens it with `passphrase` and expects Error(code) mentioning
// `message`, with every byte of the file as it was.
void ExpectRefusedUntouched(const std::function<void(const std::filesystem::path&)>& make,
                            const char* passphrase, ErrorCode code, const char* message) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    make(path);
    const auto before = test::Fingerprint(path);
    test::RequireError([&] { Vault::Open(path, test::Passphrase(passphrase)); }, code, message);
    BOOST_TEST(test::Fingerprint(path) == before);
}

void MakeRandomBytes(const std::filesystem::path& path) {
    test::WriteFileBytes(path, storage::RandomBytes(3 * 4096));
}

void MakePlainSqlite(const std::filesystem::path& path) {
    Database plain(path, Database::Mode::ReadWriteCreate);
    AddMarkerRows(plain, 3);
}

void MakeEmptyFile(const std::filesystem::path& path) { test::WriteFileBytes(path, ""); }

void MakeTamperedHeader(const std::filesystem::path& path) {
    MakeVaultWithNotes(path);
    test::FlipByte(path, kHeaderAreaOffsets[0] + 40);
    test::FlipByte(path, kHeaderAreaOffsets[1] + 40);
}

void MakeCutAtPageBoundary(const std::filesystem::path& path) {
    MakeVaultWithNotes(path);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 3 * 4096);
}

void MakeCutInsidePage(const std::filesystem::path& path) {
    MakeVaultWithNotes(path);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 1000);
}

void MakeHeaderOnly(const std::filesystem::path& path) {
    MakeVaultWithNotes(path);
    std::filesystem::resize_file(path, kHeaderSize);
}

// A header whose checksums are right but whose key slot asks for an absurd amount of work.
void MakeImplausibleIterations(const std::filesystem::path& path) {
    MakeVaultWithNotes(path);
    const std::string bytes = test::ReadFileBytes(path);
    VaultHeader header = DecodeHeader(std::string_view(bytes).substr(0, kHeaderSize), "x").header;
    header.slots.front().iterations = kMaximumKdfIterations + 1;
    test::OverwriteBytes(path, 0, EncodeHeader(header));
}

void MakeFlippedFirstPage(const std::filesystem::path& path) {
    MakeVaultWithNotes(path);
    test::FlipByte(path, kHeaderSize + 1000);
}

BOOST_AUTO_TEST_CASE(a_wrong_passphrase_is_refused_untouched) {
    ExpectRefusedUntouched(MakeVaultWithNotes, "lantern orchard 43 velvet",
                           ErrorCode::WrongPassphrase, "wrong passphrase");
}

BOOST_AUTO_TEST_CASE(random_bytes_are_not_a_vault) {
    ExpectRefusedUntouched(MakeRandomBytes, kPassphrase, ErrorCode::NotAVault,
                           "practice.sbv is not a SecureBase vault");
}

BOOST_AUTO_TEST_CASE(a_plain_sqlite_file_is_not_a_vault) {
    ExpectRefusedUntouched(MakePlainSqlite, kPassphrase, ErrorCode::NotAVault,
                           "is not a SecureBase vault");
}

BOOST_AUTO_TEST_CASE(an_empty_file_is_not_a_vault) {
    ExpectRefusedUntouched(MakeEmptyFile, kPassphrase, ErrorCode::NotAVault,
                           "is not a SecureBase vault");
}

BOOST_AUTO_TEST_CASE(a_header_tampered_in_both_areas_is_damaged) {
    ExpectRefusedUntouched(MakeTamperedHeader, kPassphrase, ErrorCode::Damaged,
                           "vault is damaged: both copies of the key-slot header");
}

BOOST_AUTO_TEST_CASE(a_header_asking_for_implausible_key_derivation_work_is_damaged) {
    ExpectRefusedUntouched(MakeImplausibleIterations, kPassphrase, ErrorCode::Damaged,
                           "vault is damaged");
}

BOOST_AUTO_TEST_CASE(a_database_cut_off_at_a_page_boundary_is_damaged) {
    ExpectRefusedUntouched(MakeCutAtPageBoundary, kPassphrase, ErrorCode::Damaged,
                           "vault is damaged: the database in practice.sbv cannot be read");
}

BOOST_AUTO_TEST_CASE(a_database_cut_off_inside_a_page_is_damaged) {
    ExpectRefusedUntouched(MakeCutInsidePage, kPassphrase, ErrorCode::Damaged,
                           "vault is damaged: practice.sbv ends in the middle of a page");
}

BOOST_AUTO_TEST_CASE(a_header_without_its_database_is_damaged) {
    ExpectRefusedUntouched(MakeHeaderOnly, kPassphrase, ErrorCode::Damaged,
                           "vault is damaged: practice.sbv holds a header but no database");
}

BOOST_AUTO_TEST_CASE(a_flipped_byte_in_the_first_database_page_is_damaged) {
    ExpectRefusedUntouched(MakeFlippedFirstPage, kPassphrase, ErrorCode::Damaged,
                           "vault is damaged: the database in practice.sbv cannot be read");
}

BOOST_AUTO_TEST_CASE(a_vault_from_a_newer_schema_is_refused_untouched) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kPassphrase);
        vault->Db().Exec("PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 1));
    }
    const auto before = test::Fingerprint(path);
    test::RequireError([&] { Vault::Open(path, test::Passphrase(kPassphrase)); }, ErrorCode::TooNew,
                       "newer SecureBase");
    BOOST_TEST(test::Fingerprint(path) == before);
}

BOOST_AUTO_TEST_CASE(a_refused_open_does_not_fold_a_pending_wal_into_the_file) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const auto crashed = dir / "crashed.sbv";
    {
        auto vault = test::CreateTestVault(path, kPassphrase);
        vault->Db().Exec("PRAGMA user_version = " + std::to_string(CurrentSchemaVersion() + 1));
        // As a crash would leave it: the change committed to the -wal only.
        std::filesystem::copy_file(path, crashed);
        std::filesystem::copy_file(path.string() + "-wal", crashed.string() + "-wal");
    }
    const auto before = test::Fingerprint(crashed);
    test::RequireError([&] { Vault::Open(crashed, test::Passphrase(kPassphrase)); },
                       ErrorCode::TooNew, "newer SecureBase");
    BOOST_TEST(test::Fingerprint(crashed) == before);
    BOOST_TEST(std::filesystem::file_size(crashed.string() + "-wal") > 0u);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_reported_as_missing) {
    TempDir dir;
    test::RequireError([&] { Vault::Open(dir / "nowhere.sbv", test::Passphrase(kPassphrase)); },
                       ErrorCode::Io, "no vault file nowhere.sbv");
    BOOST_TEST(!std::filesystem::exists(dir / "nowhere.sbv"));
}

BOOST_AUTO_TEST_CASE(verify_reports_a_damaged_page_deep_inside_the_vault) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    MakeVaultWithNotes(path);
    // A page near the end holds rows, not the schema: opening succeeds, verifying does not.
    test::FlipByte(path, std::filesystem::file_size(path) - 2000);
    auto vault = Vault::Open(path, test::Passphrase(kPassphrase));
    const VaultVerdict verdict = vault->Verify();
    BOOST_TEST(!verdict.ok);
    BOOST_REQUIRE(!verdict.problems.empty());
    BOOST_TEST_MESSAGE(verdict.problems.front());
    BOOST_TEST(std::string(verdict.problems.front()).find(kMarker) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(subkeys_are_stable_per_purpose_and_differ_between_purposes_and_vaults) {
    TempDir dir;
    std::vector<unsigned char> audit;
    {
        auto vault = test::CreateTestVault(dir / "a.sbv", kPassphrase);
        audit = vault->DeriveSubkey("audit-chain");
        BOOST_TEST(audit.size() == 32u);
        BOOST_TEST(vault->DeriveSubkey("export") != audit);
    }
    auto reopened = Vault::Open(dir / "a.sbv", test::Passphrase(kPassphrase));
    BOOST_TEST(reopened->DeriveSubkey("audit-chain") == audit);
    auto other = test::CreateTestVault(dir / "b.sbv", kPassphrase);
    BOOST_TEST(other->DeriveSubkey("audit-chain") != audit);
}

BOOST_AUTO_TEST_CASE(a_vault_created_without_an_override_gets_tuned_iterations) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    int iterations = 0;
    {
        auto vault = Vault::Create(path, test::Passphrase(kPassphrase));
        iterations = vault->KdfIterations();
    }
    BOOST_TEST(iterations >= kMinimumKdfIterations);
    const auto start = std::chrono::steady_clock::now();
    auto vault = Vault::Open(path, test::Passphrase(kPassphrase));
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    BOOST_TEST_MESSAGE("tuned to " << iterations << " iterations; opening took " << took.count()
                                   << " s");
}

BOOST_AUTO_TEST_SUITE_END()

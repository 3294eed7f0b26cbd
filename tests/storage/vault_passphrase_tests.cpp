#include <boost/test/unit_test.hpp>

#include "storage/vault_header.h"
#include "support/temp_dir.h"
#include "vault_test_files.h"

using namespace securebase;
using namespace securebase::storage;
using securebase::test::TempDir;

namespace {

constexpr const char* kOld = "harbour 17 juniper kettle";
constexpr const char* kNew = "meadow 58 copper violin";

bool Opens(const std::filesystem::path& path, const char* passphrase) {
    try {
        Vault::Open(path, test::Passphrase(passphrase));
        return true;
    } catch (const Error& error) {
        BOOST_TEST_REQUIRE(static_cast<int>(error.Code()) ==
                           static_cast<int>(ErrorCode::WrongPassphrase));
        return false;
    }
}

// The area a reader trusts: the valid one with the higher sequence number.
std::size_t NewestAreaOffset(const std::filesystem::path& path) {
    const HeaderAreas areas = DecodeHeader(test::ReadFileBytes(path), "vault");
    const auto a = areas.sequences[0].value_or(0);
    const auto b = areas.sequences[1].value_or(0);
    return kHeaderAreaOffsets[a >= b ? 0 : 1];
}

void Tear(const std::filesystem::path& path, std::size_t areaOffset) {
    test::OverwriteBytes(path, areaOffset + 100, storage::RandomBytes(300));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_passphrase)

BOOST_AUTO_TEST_CASE(after_a_change_only_the_new_passphrase_opens_the_vault) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kOld);
        vault->Db().Exec("CREATE TABLE t(x); INSERT INTO t VALUES(7)");
        vault->ChangePassphrase(test::Passphrase(kNew));
        // The open vault keeps working on the same data key.
        BOOST_TEST(*vault->Db().QueryInt("SELECT x FROM t") == 7);
    }
    BOOST_TEST(!Opens(path, kOld));
    BOOST_TEST(Opens(path, kNew));
    auto vault = Vault::Open(path, test::Passphrase(kNew));
    BOOST_TEST(*vault->Db().QueryInt("SELECT x FROM t") == 7);
}

BOOST_AUTO_TEST_CASE(a_change_rewrites_only_the_header) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    test::CreateTestVault(path, kOld);
    const std::string before = test::ReadFileBytes(path);
    Vault::Open(path, test::Passphrase(kOld))->ChangePassphrase(test::Passphrase(kNew));
    const std::string after = test::ReadFileBytes(path);
    BOOST_REQUIRE_EQUAL(after.size(), before.size());
    BOOST_TEST(after.substr(kHeaderSize) == before.substr(kHeaderSize));
    BOOST_TEST(after.substr(0, kHeaderSize) != before.substr(0, kHeaderSize));
}

BOOST_AUTO_TEST_CASE(changing_twice_alternates_the_areas_and_keeps_the_latest_passphrase) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kOld);
        vault->ChangePassphrase(test::Passphrase(kNew));
        vault->ChangePassphrase(test::Passphrase("third 99 walnut lagoon"));
    }
    const HeaderAreas areas = DecodeHeader(test::ReadFileBytes(path), "vault");
    BOOST_TEST(areas.NewestSequence() == 6u);
    BOOST_TEST(!Opens(path, kOld));
    BOOST_TEST(!Opens(path, kNew));
    BOOST_TEST(Opens(path, "third 99 walnut lagoon"));
}

BOOST_AUTO_TEST_CASE(a_crash_between_the_two_header_writes_leaves_a_vault_one_passphrase_opens) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    const auto crashed = dir / "crashed.sbv";
    auto vault = test::CreateTestVault(path, kOld);
    vault->ChangePassphrase(test::Passphrase(kNew), [&] {
        // The file as a crash at this instant would leave it (the -wal is empty: no writes).
        std::filesystem::copy_file(path, crashed);
    });
    vault.reset();

    // The first area landed with the higher sequence: the new passphrase wins.
    BOOST_TEST(Opens(crashed, kNew));
    BOOST_TEST(!Opens(crashed, kOld));

    // Had the first write been torn instead, the untouched area still holds the old slot.
    const auto torn = dir / "torn.sbv";
    std::filesystem::copy_file(crashed, torn);
    Tear(torn, NewestAreaOffset(torn));
    BOOST_TEST(Opens(torn, kOld));
    BOOST_TEST(!Opens(torn, kNew));
}

BOOST_AUTO_TEST_CASE(a_torn_newest_area_falls_back_to_the_other_one) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kOld);
        vault->ChangePassphrase(test::Passphrase(kNew));
    }
    Tear(path, NewestAreaOffset(path));
    BOOST_TEST(Opens(path, kNew));
    // The next change repairs the torn area first.
    Vault::Open(path, test::Passphrase(kNew))->ChangePassphrase(test::Passphrase(kOld));
    const HeaderAreas areas = DecodeHeader(test::ReadFileBytes(path), "vault");
    BOOST_TEST(areas.sequences[0].has_value());
    BOOST_TEST(areas.sequences[1].has_value());
    BOOST_TEST(Opens(path, kOld));
}

BOOST_AUTO_TEST_CASE(an_empty_new_passphrase_is_refused_and_the_old_one_still_opens) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    {
        auto vault = test::CreateTestVault(path, kOld);
        test::RequireError([&] { vault->ChangePassphrase(Secret()); }, ErrorCode::Invalid,
                           "must not be empty");
    }
    BOOST_TEST(Opens(path, kOld));
}

BOOST_AUTO_TEST_SUITE_END()

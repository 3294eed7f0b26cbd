#include <boost/test/unit_test.hpp>

#include "support/temp_dir.h"
#include "vault_test_files.h"

using namespace securebase;
using securebase::test::TempDir;

namespace {

constexpr const char* kFirst = "harbour 17 juniper kettle";
constexpr const char* kSecond = "meadow 58 copper violin";

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_confirm)

BOOST_AUTO_TEST_CASE(an_open_vault_confirms_its_own_passphrase_and_refuses_another) {
    TempDir dir;
    auto vault = test::CreateTestVault(dir / "practice.sbv", kFirst);
    BOOST_TEST(vault->ConfirmPassphrase(test::Passphrase(kFirst)));
    BOOST_TEST(!vault->ConfirmPassphrase(test::Passphrase(kSecond)));
    BOOST_TEST(!vault->ConfirmPassphrase(test::Passphrase("")));
    const auto check = vault->PassphraseCheck();
    vault.reset();
    BOOST_TEST(check(test::Passphrase(kFirst)));
    BOOST_TEST(!check(test::Passphrase(kSecond)));
}

BOOST_AUTO_TEST_CASE(confirming_a_passphrase_leaves_the_file_byte_for_byte_unchanged) {
    TempDir dir;
    const auto path = dir / "practice.sbv";
    auto vault = test::CreateTestVault(path, kFirst);
    vault->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const std::string before = test::ReadFileBytes(path);
    vault->ConfirmPassphrase(test::Passphrase(kFirst));
    vault->ConfirmPassphrase(test::Passphrase(kSecond));
    BOOST_TEST((test::ReadFileBytes(path) == before));
}

BOOST_AUTO_TEST_CASE(after_a_passphrase_change_only_the_new_one_is_confirmed) {
    TempDir dir;
    auto vault = test::CreateTestVault(dir / "practice.sbv", kFirst);
    vault->ChangePassphrase(test::Passphrase(kSecond));
    BOOST_TEST(!vault->ConfirmPassphrase(test::Passphrase(kFirst)));
    BOOST_TEST(vault->ConfirmPassphrase(test::Passphrase(kSecond)));
}

BOOST_AUTO_TEST_SUITE_END()

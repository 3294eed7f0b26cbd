#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>

#include "core/error.h"
#include "fake_views.h"
#include "present/change_passphrase_presenter.h"
#include "present/vault_tools_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct ToolsFixture {
    TestVault vault;
    FakeVaultToolsView view;
    present::VaultToolsPresenter tools{view, *vault.session};
};

}  // namespace

BOOST_AUTO_TEST_SUITE(vault_tools_presenter)

BOOST_AUTO_TEST_CASE(the_suggested_backup_name_carries_the_date) {
    BOOST_TEST(present::SuggestedBackupName(std::chrono::year{2026} / 11 / 5) ==
               "practice-2026-11-05.sbv");
}

BOOST_FIXTURE_TEST_CASE(a_backup_opens_with_the_passphrase_and_holds_the_records, ToolsFixture) {
    const Client client = vault.Admit("Ignatius", "Halloran");
    view.chosen = vault.dir / "elsewhere.sbv";
    BOOST_TEST(tools.OnBackup());
    BOOST_TEST(view.suggested == present::SuggestedBackupName(Today()));
    BOOST_TEST(*view.ok);
    BOOST_TEST(view.message.find("elsewhere.sbv") != std::string::npos);
    BOOST_TEST(view.message.find("Halloran") == std::string::npos);

    vault.session.reset();
    const auto copy =
        service::VaultSession::Open(vault.dir / "elsewhere.sbv", Secret(kTestPassphrase));
    BOOST_TEST(copy->Records().GetClient(client.id).name.family == "Halloran");
}

BOOST_FIXTURE_TEST_CASE(a_cancelled_file_dialog_writes_and_says_nothing, ToolsFixture) {
    const auto files = [&] {
        return std::distance(std::filesystem::directory_iterator(vault.dir.Path()),
                             std::filesystem::directory_iterator{});
    };
    const auto before = files();
    BOOST_TEST(!tools.OnBackup());
    BOOST_TEST(!view.ok.has_value());
    BOOST_TEST(files() == before);
}

BOOST_FIXTURE_TEST_CASE(an_existing_file_is_refused_with_the_reason_and_left_alone, ToolsFixture) {
    const auto existing = vault.dir / "practice-old.sbv";
    std::ofstream(existing) << "an older backup";
    view.chosen = existing;
    BOOST_TEST(!tools.OnBackup());
    BOOST_TEST(!*view.ok);
    BOOST_TEST(view.title == "Backup failed");
    BOOST_TEST(view.message.find("already exists") != std::string::npos, view.message);
    BOOST_TEST(ReadAll(existing) == "an older backup");
}

BOOST_FIXTURE_TEST_CASE(verifying_an_intact_vault_says_so_plainly, ToolsFixture) {
    vault.Admit("Ignatius", "Halloran");
    BOOST_TEST(tools.OnVerify());
    BOOST_TEST(*view.ok);
    BOOST_TEST(view.message.find("intact") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(change_passphrase_presenter)

namespace {

constexpr const char* kNewPassphrase = "saffron-kettle-93-drift";

struct ChangeFixture {
    TestVault vault;
    FakeChangePassphraseView view;
    present::ChangePassphrasePresenter change{view, *vault.session};

    bool Opens(const char* passphrase) {
        try {
            service::VaultSession::Open(vault.path, Secret(passphrase));
            return true;
        } catch (const Error&) {
            return false;
        }
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(typing_rates_the_new_passphrase_and_compares_the_copies, ChangeFixture) {
    view.passphrase = kNewPassphrase;
    change.OnPassphraseEdited();
    BOOST_TEST(view.strength.Acceptable());
    BOOST_TEST(view.match.empty());
    view.confirmation = "saffron";
    change.OnPassphraseEdited();
    BOOST_TEST(view.match == "The passphrases do not match yet.");
    view.confirmation = kNewPassphrase;
    change.OnPassphraseEdited();
    BOOST_TEST(view.match == "The passphrases match.");
}

BOOST_FIXTURE_TEST_CASE(a_good_new_passphrase_replaces_the_old_one, ChangeFixture) {
    view.passphrase = view.confirmation = kNewPassphrase;
    BOOST_TEST(change.OnChange(), view.error);
    BOOST_TEST(view.error.empty());
    vault.session.reset();
    BOOST_TEST(Opens(kNewPassphrase));
    BOOST_TEST(!Opens(kTestPassphrase));
}

struct Refused {
    const char* passphrase;
    const char* confirmation;
    const char* reason;
};

std::ostream& operator<<(std::ostream& out, const Refused& r) { return out << r.reason; }

const Refused kRefused[] = {
    {"nine-char", "nine-char", "at least 10 characters"},
    {"", "", "at least 10 characters"},
    {"password123", "password123", "too easy to guess"},
    {"aaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaa", "too easy to guess"},
    {"saffron-kettle-93-drift", "saffron-kettle-93-drfit", "differ"},
};

BOOST_DATA_TEST_CASE_F(ChangeFixture, a_weak_or_mismatched_passphrase_changes_nothing,
                       boost::unit_test::data::make(kRefused), refused) {
    view.passphrase = refused.passphrase;
    view.confirmation = refused.confirmation;
    BOOST_TEST(!change.OnChange());
    BOOST_TEST(view.error.find(refused.reason) != std::string::npos, view.error);
    vault.session.reset();
    BOOST_TEST(Opens(kTestPassphrase));
}

BOOST_AUTO_TEST_SUITE_END()

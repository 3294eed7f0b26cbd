#include <boost/test/unit_test.hpp>

#include "fake_views.h"
#include "present/create_vault_presenter.h"
#include "present/unlock_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

struct Opened {
    std::unique_ptr<service::VaultSession> session;
    present::VaultOpened Receiver() {
        return
            [this](std::unique_ptr<service::VaultSession> opened) { session = std::move(opened); };
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(unlock_presenter)

BOOST_AUTO_TEST_CASE(the_key_is_derived_in_the_background_while_the_dialog_shows_it_is_busy) {
    TestVault vault;
    const auto path = vault.path;
    vault.session.reset();
    FakeUnlockView view;
    Opened opened;
    std::function<void()> work;
    std::function<void()> then;
    present::UnlockPresenter presenter(view, path, opened.Receiver(),
                                       [&](std::function<void()> w, std::function<void()> t) {
                                           work = std::move(w);
                                           then = std::move(t);
                                       });
    view.typed = kTestPassphrase;
    presenter.OnUnlock();
    BOOST_TEST(view.busy);
    BOOST_TEST(!opened.session);
    BOOST_REQUIRE(work && then);
    work();
    BOOST_TEST(!opened.session);  // handed over on the UI thread only
    then();
    BOOST_TEST(!view.busy);
    BOOST_REQUIRE(opened.session);
    BOOST_TEST(view.typed.empty());
}

BOOST_AUTO_TEST_CASE(the_right_passphrase_hands_over_an_open_vault) {
    std::filesystem::path path;
    TestVault vault;
    path = vault.path;
    vault.session.reset();
    FakeUnlockView view;
    Opened opened;
    present::UnlockPresenter presenter(view, path, opened.Receiver());
    view.typed = kTestPassphrase;
    presenter.OnUnlock();
    BOOST_REQUIRE(opened.session);
    BOOST_TEST(opened.session->Path() == path);
    BOOST_TEST(view.error.empty());
    BOOST_TEST(view.typed.empty());
}

BOOST_AUTO_TEST_CASE(a_wrong_passphrase_is_reported_and_the_dialog_can_retry) {
    TestVault vault;
    vault.session.reset();
    FakeUnlockView view;
    Opened opened;
    present::UnlockPresenter presenter(view, vault.path, opened.Receiver());
    view.typed = "not-the-passphrase-at-all";
    presenter.OnUnlock();
    BOOST_TEST(!opened.session);
    BOOST_TEST(view.error.find("passphrase") != std::string::npos, view.error);
    BOOST_TEST(view.typed.empty());

    presenter.OnPassphraseEdited();
    BOOST_TEST(view.error.empty());
    view.typed = kTestPassphrase;
    presenter.OnUnlock();
    BOOST_TEST(opened.session != nullptr);
}

BOOST_AUTO_TEST_CASE(an_empty_passphrase_is_not_tried) {
    TestVault vault;
    vault.session.reset();
    FakeUnlockView view;
    Opened opened;
    present::UnlockPresenter presenter(view, vault.path, opened.Receiver());
    presenter.OnUnlock();
    BOOST_TEST(!opened.session);
    BOOST_TEST(!view.error.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(create_vault_presenter)

struct CreateFixture {
    TempDir dir;
    std::filesystem::path path = dir / "nested" / "folder" / "practice.sbv";
    FakeCreateVaultView view;
    Opened opened;
    present::CreateVaultPresenter presenter{
        view, path, {storage::kTestKdfIterations}, opened.Receiver()};
};

BOOST_FIXTURE_TEST_CASE(mismatched_passphrases_are_refused, CreateFixture) {
    view.passphrase = "orchid-lantern-47-quiet";
    view.confirmation = "orchid-lantern-47-quite";
    presenter.OnPassphraseEdited();
    BOOST_TEST(view.match.find("do not match") != std::string::npos);
    presenter.OnCreate();
    BOOST_TEST(!opened.session);
    BOOST_TEST(view.error.find("differ") != std::string::npos, view.error);
    BOOST_TEST(!std::filesystem::exists(path));
}

BOOST_FIXTURE_TEST_CASE(a_short_passphrase_is_refused, CreateFixture) {
    view.passphrase = view.confirmation = "Tz8#qLm";
    presenter.OnCreate();
    BOOST_TEST(!opened.session);
    BOOST_TEST(view.error.find("at least 10") != std::string::npos, view.error);
    BOOST_TEST(!std::filesystem::exists(path));
}

BOOST_FIXTURE_TEST_CASE(a_weak_passphrase_is_refused, CreateFixture) {
    view.passphrase = view.confirmation = "password1234";
    presenter.OnPassphraseEdited();
    BOOST_TEST(!view.strength.Acceptable());
    presenter.OnCreate();
    BOOST_TEST(!opened.session);
    BOOST_TEST(view.error.find("too easy") != std::string::npos, view.error);
    BOOST_TEST(!std::filesystem::exists(path));
}

BOOST_FIXTURE_TEST_CASE(a_good_passphrase_creates_the_vault_in_a_private_folder, CreateFixture) {
    view.passphrase = view.confirmation = kTestPassphrase;
    view.practice.practitionerName = "Dr Wenna Castellan";
    view.practice.credentials = "PsyD";
    presenter.OnPassphraseEdited();
    BOOST_TEST(view.strength.Acceptable());
    BOOST_TEST(view.match.find("match") != std::string::npos);
    presenter.OnCreate();
    BOOST_REQUIRE(opened.session);
    BOOST_TEST(view.error.empty());
    BOOST_TEST(std::filesystem::exists(path));
    const auto perms = std::filesystem::status(path.parent_path()).permissions();
    BOOST_TEST((perms == std::filesystem::perms::owner_all));
    BOOST_TEST(opened.session->Records().Settings().SignatureLine() == "Dr Wenna Castellan, PsyD");
}

BOOST_AUTO_TEST_SUITE_END()

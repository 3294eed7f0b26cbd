#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>

#include "assessment_fakes.h"
#include "present/client_mode_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

constexpr const char* kInventory = "relationship_patterns_inventory";
constexpr const char* kCheckIn = "weekly_secure_base_checkin";

// Holds the background work until the test lets it run, as a worker thread would.
struct DeferredRunner {
    std::function<void()> work;
    std::function<void()> then;
    present::Background Background() {
        return [this](std::function<void()> w, std::function<void()> t) {
            work = std::move(w);
            then = std::move(t);
        };
    }
    void Finish() {
        work();
        then();
    }
};

struct ClientMode {
    explicit ClientMode(const std::string& instrumentId = kInventory)
        : id(assessments.Start(client.id, instrumentId, AdministrationMode::Client).id) {}

    TestVault vault;
    Client client = vault.Admit("Ilse", "Marchetti");
    service::Assessments& assessments = vault.session->Assessing();
    Id id;
    FakeClientModeView view;
    DeferredRunner runner;
    std::optional<bool> left;  // set when client mode closed: completed or not
    std::unique_ptr<present::ClientModePresenter> presenter;

    present::ClientModePresenter& Open() {
        presenter = std::make_unique<present::ClientModePresenter>(
            view, assessments, id,
            [this](const Secret& passphrase) {
                return vault.session->ConfirmPassphrase(passphrase);
            },
            [this](Id, bool completed) { left = completed; }, runner.Background());
        presenter->Start();
        return *presenter;
    }
    std::map<std::string, int> Saved() { return assessments.Resume(id).answers; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(client_mode)

BOOST_AUTO_TEST_CASE(each_answer_is_saved_as_given_and_the_next_item_follows) {
    ClientMode mode;
    auto& presenter = mode.Open();
    BOOST_REQUIRE(mode.view.item);
    BOOST_TEST(mode.view.item->progress == "Question 1 of 24");
    BOOST_TEST(mode.view.item->options.size() == 7u);
    BOOST_TEST(mode.view.item->options.front().label == "Strongly disagree");
    const std::string first = mode.assessments.GetInstrument(kInventory).items[0].id;
    presenter.OnKey('6');
    BOOST_TEST(mode.Saved().at(first) == 6);  // as given, never reverse-keyed
    BOOST_TEST(presenter.Position() == 1u);
    presenter.OnChoose(2);
    BOOST_TEST(mode.Saved().size() == 2u);
    BOOST_TEST(mode.view.item->progress == "Question 3 of 24");
}

BOOST_AUTO_TEST_CASE(a_key_the_scale_does_not_offer_saves_nothing) {
    ClientMode mode;
    auto& presenter = mode.Open();
    for (char key : {'0', '8', '9', 'x'}) presenter.OnKey(key);
    BOOST_TEST(mode.Saved().empty());
    BOOST_TEST(presenter.Position() == 0u);
}

BOOST_AUTO_TEST_CASE(back_shows_the_earlier_answer_and_next_keeps_it) {
    ClientMode mode;
    auto& presenter = mode.Open();
    presenter.OnKey('3');
    presenter.OnBack();
    BOOST_TEST(presenter.Position() == 0u);
    BOOST_TEST((mode.view.item->chosen == std::optional<int>(3)));
    BOOST_TEST(!mode.view.item->canGoBack);
    presenter.OnNext();
    presenter.OnNext();  // skips item 2, leaving it unanswered
    BOOST_TEST(presenter.Position() == 2u);
    BOOST_TEST(mode.Saved().size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_reopened_administration_resumes_at_the_first_unanswered_item) {
    ClientMode mode;
    {
        auto& presenter = mode.Open();
        for (char key : {'1', '2', '3', '4', '5'}) presenter.OnKey(key);
    }
    mode.presenter.reset();  // the window closed, or the machine went down
    auto& resumed = mode.Open();
    BOOST_TEST(resumed.Position() == 5u);
    BOOST_TEST(mode.view.item->progress == "Question 6 of 24");
}

BOOST_AUTO_TEST_CASE(leaving_is_refused_without_the_right_passphrase) {
    ClientMode mode;
    auto& presenter = mode.Open();
    presenter.OnKey('4');
    presenter.OnLeave();
    BOOST_TEST(!mode.view.asked.empty());
    presenter.OnKey('5');  // the client cannot answer behind the passphrase page
    BOOST_TEST(mode.Saved().size() == 1u);

    presenter.OnPassphrase();  // nothing typed
    BOOST_TEST(mode.view.passphraseError == "Enter the vault's passphrase.");

    mode.view.typed = "not the passphrase";
    presenter.OnPassphrase();
    BOOST_TEST(mode.view.busy);
    mode.runner.Finish();
    BOOST_TEST(!mode.view.busy);
    BOOST_TEST(mode.view.passphraseError.find("not the vault's passphrase") != std::string::npos);
    BOOST_TEST(!mode.view.closed);
    BOOST_TEST(!mode.left);

    presenter.OnStay();
    BOOST_REQUIRE(mode.view.item);
    BOOST_TEST(mode.view.asked.empty());
}

BOOST_AUTO_TEST_CASE(leaving_with_the_passphrase_keeps_the_administration_in_progress) {
    ClientMode mode;
    auto& presenter = mode.Open();
    presenter.OnKey('4');
    presenter.OnLeave();
    mode.view.typed = kTestPassphrase;
    presenter.OnPassphrase();
    BOOST_TEST(mode.view.typed.empty());  // not kept in the field while the key is derived
    mode.runner.Finish();
    BOOST_TEST(mode.view.closed);
    BOOST_TEST((mode.left == std::optional<bool>(false)));
    BOOST_TEST((mode.assessments.Resume(mode.id).status == AdministrationStatus::InProgress));
}

BOOST_AUTO_TEST_CASE(finishing_with_the_passphrase_completes_and_the_client_never_sees_scores) {
    ClientMode mode;
    auto& presenter = mode.Open();
    for (int i = 0; i < 24; ++i) presenter.OnKey('5');
    BOOST_REQUIRE(presenter.AtEnd());
    BOOST_REQUIRE(mode.view.end);
    BOOST_TEST(mode.view.end->text.find("every question") != std::string::npos);
    BOOST_TEST(mode.view.end->text.find("5.00") == std::string::npos);
    presenter.OnFinish();
    mode.view.typed = kTestPassphrase;
    presenter.OnPassphrase();
    mode.runner.Finish();
    BOOST_TEST((mode.left == std::optional<bool>(true)));
    const auto report = mode.assessments.Show(mode.id);
    BOOST_TEST((report.administration.status == AdministrationStatus::Completed));
    BOOST_REQUIRE(report.scores);
    BOOST_TEST(report.scores->subscales.size() == 3u);
}

// A 0–10 rating: single digits answer at once except 1, which waits for a 0 (10) or Enter (1).
struct TenPointCase {
    std::string keys;  // '\n' is Enter
    std::optional<int> saved;
};

std::ostream& operator<<(std::ostream& out, const TenPointCase& c) {
    return out << "keys of length " << c.keys.size();
}

const TenPointCase kTenPoint[] = {
    {"7", 7}, {"0", 0}, {"10", 10}, {"1\n", 1}, {"1", std::nullopt}, {"13", 3}, {"9", 9},
};

BOOST_DATA_TEST_CASE(a_ten_point_rating_is_answered_with_the_keys_shown_on_screen,
                     boost::unit_test::data::make(kTenPoint), c) {
    ClientMode mode(kCheckIn);
    auto& presenter = mode.Open();
    BOOST_TEST(mode.view.item->keyHint.find("For 10, press 1 then 0") != std::string::npos);
    for (char key : c.keys) {
        if (key == '\n')
            presenter.OnEnter();
        else
            presenter.OnKey(key);
    }
    const auto saved = mode.Saved();
    const std::string first = mode.assessments.GetInstrument(kCheckIn).items[0].id;
    if (c.saved) {
        BOOST_REQUIRE(saved.count(first) == 1u);
        BOOST_TEST(saved.at(first) == *c.saved);
    } else {
        BOOST_TEST(saved.empty());
        BOOST_TEST((mode.view.item->pending == std::optional<int>(1)));
    }
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "core/date_time.h"
#include "fake_views.h"
#include "present/client_details_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(client_consents_and_tags)

namespace {

struct DetailsFixture {
    TestVault vault;
    FakeClientDetailsView view;
    int saves = 0;
    present::ClientDetailsPresenter details{view, vault.Records(), [this](Id, bool) { ++saves; }};
    Client client = vault.Admit("Ysolde", "Marchbanks");

    DetailsFixture() { details.ShowClient(client.id); }

    bool HasProblem(const std::string& field) const {
        for (const auto& problem : view.problems)
            if (problem.field == field) return true;
        return false;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(a_shown_client_offers_an_empty_consent_dated_today, DetailsFixture) {
    BOOST_TEST(view.consents.empty());
    BOOST_TEST(view.consentDraft.topic.empty());
    BOOST_TEST(view.consentDraft.givenOn == FormatDate(Today()));
}

BOOST_FIXTURE_TEST_CASE(a_consent_added_then_withdrawn_is_stored_both_times, DetailsFixture) {
    view.consentDraft = {"  Audio recording of sessions ", "2026-03-02"};
    BOOST_TEST(details.OnAddConsent(), view.message);
    BOOST_TEST(view.message == "Consent recorded.");
    BOOST_REQUIRE(view.consents.size() == 1u);
    BOOST_TEST(view.consents[0].topic == "Audio recording of sessions");
    BOOST_TEST(view.consents[0].givenOn == "2026-03-02");
    BOOST_TEST(view.consents[0].withdrawnOn.empty());
    BOOST_TEST(view.consentDraft.topic.empty());  // ready for the next one

    Client stored = vault.Records().GetClient(client.id);
    BOOST_REQUIRE(stored.consents.size() == 1u);
    BOOST_TEST(!stored.consents[0].withdrawnOn.has_value());

    BOOST_TEST(details.OnWithdrawConsent(0, "2026-04-10"), view.message);
    BOOST_TEST(view.message == "Consent withdrawn.");
    BOOST_TEST(view.consents[0].withdrawnOn == "2026-04-10");
    stored = vault.Records().GetClient(client.id);
    BOOST_REQUIRE(stored.consents.size() == 1u);
    BOOST_TEST(FormatDate(*stored.consents[0].withdrawnOn) == "2026-04-10");

    // Shown again from the vault, as after reopening the chart.
    details.ShowClient(client.id);
    BOOST_REQUIRE(view.consents.size() == 1u);
    BOOST_TEST(view.consents[0].withdrawnOn == "2026-04-10");
    BOOST_TEST(saves == 2);
}

BOOST_FIXTURE_TEST_CASE(a_withdrawn_consent_cannot_be_withdrawn_again, DetailsFixture) {
    view.consentDraft = {"Sharing with referrer", "2026-03-02"};
    BOOST_REQUIRE(details.OnAddConsent());
    BOOST_REQUIRE(details.OnWithdrawConsent(0, "2026-04-10"));
    BOOST_TEST(!details.OnWithdrawConsent(0, "2026-05-01"));
    BOOST_TEST(!details.OnWithdrawConsent(7, "2026-05-01"));
    BOOST_TEST(FormatDate(*vault.Records().GetClient(client.id).consents[0].withdrawnOn) ==
               "2026-04-10");
}

struct BadDraft {
    const char* topic;
    const char* givenOn;
    const char* field;
};

std::ostream& operator<<(std::ostream& out, const BadDraft& d) {
    return out << '"' << d.topic << "\" on \"" << d.givenOn << '"';
}

const BadDraft kBadDrafts[] = {
    {"", "2026-03-02", "consent.topic"},
    {"   ", "2026-03-02", "consent.topic"},
    {"Treatment", "", "consent.givenOn"},
    {"Treatment", "02/03/2026", "consent.givenOn"},
    {"Treatment", "2026-02-30", "consent.givenOn"},
};

BOOST_DATA_TEST_CASE_F(DetailsFixture, a_malformed_new_consent_is_refused_next_to_its_field,
                       boost::unit_test::data::make(kBadDrafts), bad) {
    view.consentDraft = {bad.topic, bad.givenOn};
    BOOST_TEST(!details.OnAddConsent());
    BOOST_TEST(HasProblem(bad.field));
    BOOST_TEST(view.consents.empty());
    BOOST_TEST(vault.Records().GetClient(client.id).consents.empty());
    BOOST_TEST(saves == 0);
}

BOOST_FIXTURE_TEST_CASE(a_consent_the_service_refuses_is_not_kept_in_the_form, DetailsFixture) {
    view.consentDraft = {"Treatment", "2099-01-01"};  // in the future
    BOOST_TEST(!details.OnAddConsent());
    BOOST_TEST(HasProblem("consents[0].givenOn"));
    BOOST_TEST(vault.Records().GetClient(client.id).consents.empty());
    // A later, valid consent is the only one stored.
    view.consentDraft = {"Treatment", "2026-01-05"};
    BOOST_TEST(details.OnAddConsent(), view.message);
    BOOST_TEST(vault.Records().GetClient(client.id).consents.size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(a_withdrawal_date_must_be_a_date, DetailsFixture) {
    view.consentDraft = {"Treatment", "2026-01-05"};
    BOOST_REQUIRE(details.OnAddConsent());
    BOOST_TEST(!details.OnWithdrawConsent(0, "yesterday"));
    BOOST_TEST(view.message.find("YYYY-MM-DD") != std::string::npos);
    BOOST_TEST(!vault.Records().GetClient(client.id).consents[0].withdrawnOn);
}

BOOST_FIXTURE_TEST_CASE(a_consent_on_a_new_client_is_saved_with_the_client, DetailsFixture) {
    details.StartNew();
    view.form["name.given"] = "Tamsin";
    view.form["name.family"] = "Okonkwo-Reyes";
    view.consentDraft = {"Treatment", "2026-01-05"};
    BOOST_TEST(details.OnAddConsent(), view.message);
    BOOST_REQUIRE(details.CurrentClient());
    BOOST_TEST(vault.Records().GetClient(*details.CurrentClient()).consents.size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(tags_typed_with_commas_are_stored_one_by_one, DetailsFixture) {
    view.form["tags"] = "anxiety,  sliding scale ,evening";
    BOOST_TEST(details.OnSave());
    const Client stored = vault.Records().GetClient(client.id);
    // The vault keeps tags in alphabetical order.
    BOOST_TEST((stored.tags == std::vector<std::string>{"anxiety", "evening", "sliding scale"}));
    details.ShowClient(client.id);
    BOOST_TEST(view.form["tags"] == "anxiety, evening, sliding scale");
}

BOOST_FIXTURE_TEST_CASE(a_repeated_tag_is_refused_next_to_the_tags_field, DetailsFixture) {
    view.form["tags"] = "evening, evening";
    BOOST_TEST(!details.OnSave());
    BOOST_TEST(HasProblem("tags[1]"));
    BOOST_TEST(vault.Records().GetClient(client.id).tags.empty());
}

BOOST_AUTO_TEST_SUITE_END()

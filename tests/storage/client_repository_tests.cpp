#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "core/error.h"
#include "repository_test_fixture.h"
#include "storage/transaction.h"

using namespace securebase;
using namespace std::chrono;
using securebase::test::RepositoryFixture;

namespace {

Client FullClient() {
    Client client;
    client.code = "SB-ABCDEF";
    client.name = {"Maribel", "Quenneville-Tharp", "Bel"};
    client.dateOfBirth = Date{year{1987}, month{4}, day{23}};
    client.pronouns = "she/they";
    client.contact = {"+44 20 7946 0018", "bel@example.org", "12 Larkspur Row\nNorthwick"};
    client.emergencyContact = {"Odalys Quenneville", "sister", "+44 20 7946 0019"};
    client.referralSource = "GP referral";
    client.presentingConcerns = "Low mood since spring; sleep broken";
    client.status = ClientStatus::Discharged;
    client.waitlistedOn = Date{year{2025}, month{1}, day{6}};
    client.admittedOn = Date{year{2025}, month{2}, day{3}};
    client.dischargedOn = Date{year{2025}, month{9}, day{30}};
    client.dischargeReason = "goals met";
    client.consents = {{kNoId, "treatment", Date{year{2025}, month{2}, day{3}}, std::nullopt},
                       {kNoId, "audio recording", Date{year{2025}, month{2}, day{3}},
                        Date{year{2025}, month{5}, day{1}}}};
    client.tags = {"grief", "sleep"};
    return client;
}

std::vector<Id> IdsOf(const std::vector<ClientSummary>& summaries) {
    std::vector<Id> ids;
    for (const auto& summary : summaries) ids.push_back(summary.id);
    return ids;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(client_repository, RepositoryFixture)

BOOST_AUTO_TEST_CASE(every_field_of_a_client_survives_a_round_trip) {
    const Client written = FullClient();
    const Id id = store->Clients().Insert(written);
    const auto read = store->Clients().Find(id);
    BOOST_REQUIRE(read.has_value());
    BOOST_TEST(read->id == id);
    BOOST_TEST(read->code == written.code);
    BOOST_TEST(read->name.given == written.name.given);
    BOOST_TEST(read->name.family == written.name.family);
    BOOST_TEST(read->name.preferred == written.name.preferred);
    BOOST_TEST((read->dateOfBirth == written.dateOfBirth));
    BOOST_TEST(read->pronouns == written.pronouns);
    BOOST_TEST(read->contact.phone == written.contact.phone);
    BOOST_TEST(read->contact.email == written.contact.email);
    BOOST_TEST(read->contact.address == written.contact.address);
    BOOST_TEST(read->emergencyContact.name == written.emergencyContact.name);
    BOOST_TEST(read->emergencyContact.relationship == written.emergencyContact.relationship);
    BOOST_TEST(read->emergencyContact.phone == written.emergencyContact.phone);
    BOOST_TEST(read->referralSource == written.referralSource);
    BOOST_TEST(read->presentingConcerns == written.presentingConcerns);
    BOOST_TEST((read->status == written.status));
    BOOST_TEST((read->waitlistedOn == written.waitlistedOn));
    BOOST_TEST((read->admittedOn == written.admittedOn));
    BOOST_TEST((read->dischargedOn == written.dischargedOn));
    BOOST_TEST(read->dischargeReason == written.dischargeReason);
    BOOST_REQUIRE(read->consents.size() == 2u);
    for (size_t i = 0; i < 2; ++i) {
        BOOST_TEST(read->consents[i].id != kNoId);
        BOOST_TEST(read->consents[i].topic == written.consents[i].topic);
        BOOST_TEST((read->consents[i].givenOn == written.consents[i].givenOn));
        BOOST_TEST((read->consents[i].withdrawnOn == written.consents[i].withdrawnOn));
    }
    BOOST_TEST(read->tags == written.tags, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_client_without_optional_dates_reads_back_without_them) {
    const Id id = AddClient("SB-MINIMA", "Tobiah", "");
    const auto read = store->Clients().Find(id);
    BOOST_REQUIRE(read.has_value());
    BOOST_TEST(!read->dateOfBirth.has_value());
    BOOST_TEST(!read->admittedOn.has_value());
    BOOST_TEST(read->consents.empty());
    BOOST_TEST(read->tags.empty());
}

BOOST_AUTO_TEST_CASE(an_update_replaces_fields_consents_and_tags) {
    Client client = FullClient();
    client.id = store->Clients().Insert(client);
    client = *store->Clients().Find(client.id);
    client.name.family = "Ardwell";
    client.consents.pop_back();
    client.tags = {"anxiety"};
    store->Clients().Update(client);
    const auto read = store->Clients().Find(client.id);
    BOOST_TEST(read->name.family == "Ardwell");
    BOOST_REQUIRE(read->consents.size() == 1u);
    BOOST_TEST(read->consents[0].id == client.consents[0].id);
    BOOST_TEST(read->tags == std::vector<std::string>{"anxiety"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(updating_a_missing_client_is_not_found) {
    Client ghost = FullClient();
    ghost.id = 999;
    try {
        store->Clients().Update(ghost);
        BOOST_FAIL("expected NotFound");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
    }
}

BOOST_AUTO_TEST_CASE(a_client_is_found_by_its_code_and_codes_are_unique) {
    const Id id = AddClient("SB-CODE22", "Ines", "Marlowe");
    BOOST_TEST(store->Clients().CodeExists("SB-CODE22"));
    BOOST_TEST(!store->Clients().CodeExists("SB-CODE23"));
    BOOST_TEST(store->Clients().FindByCode("SB-CODE22")->id == id);
    BOOST_TEST(!store->Clients().FindByCode("SB-NOPE99").has_value());
    BOOST_CHECK_THROW(AddClient("SB-CODE22", "Other", "Person"), Error);
}

BOOST_AUTO_TEST_CASE(the_list_pages_by_family_then_given_name_and_filters_by_status) {
    const Id c = AddClient("SB-C", "Ada", "Cardew");
    const Id a2 = AddClient("SB-A2", "Zed", "abbot");
    const Id a1 = AddClient("SB-A1", "Bea", "Abbot");
    const Id b = AddClient("SB-B", "Cyd", "Brennan");
    Client discharged = *store->Clients().Find(b);
    discharged.status = ClientStatus::Discharged;
    store->Clients().Update(discharged);

    BOOST_TEST(IdsOf(store->Clients().List({})) == (std::vector<Id>{a1, a2, b, c}),
               boost::test_tools::per_element());
    BOOST_TEST(IdsOf(store->Clients().List({std::nullopt, 1, 2})) == (std::vector<Id>{a2, b}),
               boost::test_tools::per_element());
    BOOST_TEST(
        IdsOf(store->Clients().List({ClientStatus::Discharged, 0, 10})) == std::vector<Id>{b},
        boost::test_tools::per_element());
    BOOST_TEST(store->Clients().Count(std::nullopt) == 4u);
    BOOST_TEST(store->Clients().Count(ClientStatus::Waitlist) == 3u);
    const auto first = store->Clients().List({std::nullopt, 0, 1});
    BOOST_TEST(first[0].displayName == "Bea Abbot");
    BOOST_TEST(first[0].familyName == "Abbot");
    BOOST_TEST(first[0].code == "SB-A1");
}

BOOST_AUTO_TEST_SUITE_END()

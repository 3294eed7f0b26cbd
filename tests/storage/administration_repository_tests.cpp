#include <boost/test/unit_test.hpp>

#include "core/error.h"
#include "repository_test_fixture.h"
#include "storage/sqlcipher_assessment_store.h"

using namespace securebase;
using securebase::test::RepositoryFixture;

namespace {

struct AdministrationFixture : RepositoryFixture {
    AdministrationFixture() : assessments(db) {
        clientId = AddClient("SB-ADM001", "Oriel", "Penhaligon");
    }

    Administration Draft() const {
        Administration administration;
        administration.clientId = clientId;
        administration.instrumentId = "weekly-secure-base-checkin";
        administration.instrumentVersion = "1.0.0";
        administration.mode = AdministrationMode::Client;
        administration.startedAt = *ParseTimestamp("2026-11-20T10:00:00Z");
        return administration;
    }

    storage::SqlcipherAssessmentStore assessments;
    Id clientId = kNoId;
};

bool IsRefused(const Error& error) { return error.Code() == ErrorCode::Refused; }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(administration_repository, AdministrationFixture)

BOOST_AUTO_TEST_CASE(an_administration_reads_back_with_its_answers_and_state) {
    Administration draft = Draft();
    draft.answers = {{"1", 4}, {"2", 7}};
    const Id id = assessments.Administrations().Insert(draft);
    const auto read = assessments.Administrations().Find(id);
    BOOST_REQUIRE(read);
    BOOST_TEST(read->clientId == clientId);
    BOOST_TEST(read->instrumentId == draft.instrumentId);
    BOOST_TEST(read->instrumentVersion == draft.instrumentVersion);
    BOOST_TEST((read->mode == AdministrationMode::Client));
    BOOST_TEST((read->status == AdministrationStatus::InProgress));
    BOOST_TEST((read->startedAt == draft.startedAt));
    BOOST_TEST(!read->completedAt);
    BOOST_TEST((read->answers == draft.answers));
}

BOOST_AUTO_TEST_CASE(answers_saved_one_by_one_survive_and_can_be_changed_or_cleared) {
    const Id id = assessments.Administrations().Insert(Draft());
    auto& repository = assessments.Administrations();
    repository.SetAnswer(id, "1", 3);
    repository.SetAnswer(id, "2", 5);
    repository.SetAnswer(id, "1", 6);
    repository.SetAnswer(id, "2", std::nullopt);
    const std::map<std::string, int> expected{{"1", 6}};
    BOOST_TEST((repository.Find(id)->answers == expected));
}

BOOST_AUTO_TEST_CASE(a_completed_administration_records_when_and_then_refuses_every_change) {
    auto& repository = assessments.Administrations();
    const Id id = repository.Insert(Draft());
    repository.SetAnswer(id, "1", 2);
    const Timestamp done = *ParseTimestamp("2026-11-20T10:12:00Z");
    repository.Finish(id, AdministrationStatus::Completed, done);
    const auto read = repository.Find(id);
    BOOST_TEST((read->status == AdministrationStatus::Completed));
    BOOST_TEST((read->completedAt == done));
    BOOST_CHECK_EXCEPTION(repository.SetAnswer(id, "1", 5), Error, IsRefused);
    BOOST_CHECK_EXCEPTION(repository.SetAnswer(id, "2", 5), Error, IsRefused);
    BOOST_CHECK_EXCEPTION(repository.SetAnswer(id, "1", std::nullopt), Error, IsRefused);
    BOOST_CHECK_EXCEPTION(repository.Finish(id, AdministrationStatus::Abandoned, done), Error,
                          IsRefused);
    BOOST_TEST(repository.Find(id)->answers.at("1") == 2);
}

BOOST_AUTO_TEST_CASE(the_vault_itself_refuses_to_delete_a_finished_administration) {
    auto& repository = assessments.Administrations();
    const Id id = repository.Insert(Draft());
    repository.Finish(id, AdministrationStatus::Abandoned, Draft().startedAt);
    BOOST_TEST(!repository.Find(id)->completedAt);
    BOOST_CHECK_THROW(db.Exec("DELETE FROM administrations WHERE id = " + std::to_string(id)),
                      Error);
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM administrations") == 1);
}

BOOST_AUTO_TEST_CASE(a_client_history_lists_oldest_first) {
    auto& repository = assessments.Administrations();
    Administration later = Draft();
    later.startedAt = *ParseTimestamp("2026-11-27T10:00:00Z");
    const Id second = repository.Insert(later);
    const Id first = repository.Insert(Draft());
    const Id other = AddClient("SB-ADM002", "Tamsin", "Crowfoot");
    Administration elsewhere = Draft();
    elsewhere.clientId = other;
    repository.Insert(elsewhere);
    const auto list = repository.ListForClient(clientId);
    BOOST_REQUIRE(list.size() == 2u);
    BOOST_TEST(list[0].id == first);
    BOOST_TEST(list[1].id == second);
}

BOOST_AUTO_TEST_CASE(an_administration_for_a_missing_client_is_refused_by_the_foreign_key) {
    Administration orphan = Draft();
    orphan.clientId = 9999;
    BOOST_CHECK_THROW(assessments.Administrations().Insert(orphan), Error);
}

BOOST_AUTO_TEST_CASE(finishing_an_unknown_administration_is_not_found) {
    BOOST_CHECK_EXCEPTION(assessments.Administrations().Finish(
                              4242, AdministrationStatus::Completed, Draft().startedAt),
                          Error, [](const Error& e) { return e.Code() == ErrorCode::NotFound; });
}

BOOST_AUTO_TEST_CASE(practitioner_norms_are_saved_per_subscale_and_replaced_on_save) {
    auto& norms = assessments.Norms();
    norms.Save({"rpi", "anxiety", 1.1, 0.9, "Clinic audit 2025"});
    norms.Save({"rpi", "avoidance", 1.0, 0.88, "Clinic audit 2025"});
    norms.Save({"rpi", "anxiety", 1.2, 0.91, "Clinic audit 2026"});
    norms.Save({"other", "total", 5.0, 0.8, "Elsewhere"});
    const auto list = norms.ForInstrument("rpi");
    BOOST_REQUIRE(list.size() == 2u);
    BOOST_TEST(list[0].subscaleId == "anxiety");
    BOOST_TEST(list[0].sd == 1.2);
    BOOST_TEST(list[0].reliability == 0.91);
    BOOST_TEST(list[0].source == "Clinic audit 2026");
    BOOST_TEST(list[1].subscaleId == "avoidance");
}

BOOST_AUTO_TEST_CASE(the_vault_refuses_norms_that_cannot_give_a_reliable_change_index) {
    BOOST_CHECK_THROW(assessments.Norms().Save({"rpi", "anxiety", 0.0, 0.9, "x"}), Error);
    BOOST_CHECK_THROW(assessments.Norms().Save({"rpi", "anxiety", 1.0, 1.0, "x"}), Error);
    BOOST_CHECK_THROW(assessments.Norms().Save({"rpi", "anxiety", 1.0, 0.9, ""}), Error);
    BOOST_TEST(assessments.Norms().ForInstrument("rpi").empty());
}

BOOST_AUTO_TEST_SUITE_END()

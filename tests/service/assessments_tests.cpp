#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <fstream>
#include <set>

#include "assess/administration_flow.h"
#include "core/error.h"
#include "practice_fixture.h"
#include "service/assessments.h"
#include "service/instrument_folders.h"
#include "service/instrument_import.h"
#include "storage/sqlcipher_assessment_store.h"
#include "support/temp_dir.h"

using namespace securebase;
namespace bdata = boost::unit_test::data;

namespace {

constexpr const char* kCheckIn = "weekly_secure_base_checkin";
constexpr const char* kEcr = "ecr_r_scoring_key";
constexpr const char* kRpi = "relationship_patterns_inventory";

struct AssessmentsFixture : test::PracticeFixture {
    AssessmentsFixture()
        : assessmentStore(db),
          assessments(*store, assessmentStore,
                      {service::InstrumentFolders().front(), clinicForms / "instruments"}) {
        std::filesystem::create_directories(clinicForms / "instruments");
        clientId = practice->AdmitClient(Draft()).id;
    }

    static assess::Answers CheckIn(int value) {
        assess::Answers answers;
        for (const char* item :
             {"safety", "trust", "reassurance", "withdrawal", "calming", "needs"})
            answers[item] = value;
        return answers;
    }

    static assess::Answers Uniform(int items, int value) {
        assess::Answers answers;
        for (int item = 1; item <= items; ++item) answers[std::to_string(item)] = value;
        return answers;
    }

    std::int64_t StoredAdministrations() { return Count("administrations"); }

    test::TempDir temp;
    std::filesystem::path clinicForms = temp / "forms";
    storage::SqlcipherAssessmentStore assessmentStore;
    service::Assessments assessments;
    Id clientId = kNoId;
};

bool HasCode(const Error& error, ErrorCode code) { return error.Code() == code; }

const assess::SubscaleChange& ChangeOf(const std::vector<assess::SubscaleChange>& changes,
                                       const std::string& subscale) {
    for (const auto& change : changes)
        if (change.subscale == subscale) return change;
    throw std::runtime_error("no change for subscale " + subscale);
}

// ECR-R in Fraley's order: 1-18 anxiety (9 and 11 reversed), 19-36 avoidance (12 reversed).
struct EcrCase {
    int anxietyAnswer;
    int avoidanceAnswer;
    double anxiety;
    double avoidance;
};
std::ostream& operator<<(std::ostream& out, const EcrCase& c) {
    return out << c.anxietyAnswer << "/" << c.avoidanceAnswer;
}
const EcrCase kEcrCases[] = {
    {4, 4, 4.0, 4.0},
    {7, 1, (16 * 7 + 2 * 1) / 18.0, (6 * 1 + 12 * 7) / 18.0},
    {1, 7, (16 * 1 + 2 * 7) / 18.0, (6 * 7 + 12 * 1) / 18.0},
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(assessments, AssessmentsFixture)

BOOST_AUTO_TEST_CASE(the_shipped_instruments_are_listed_from_the_forms_folder) {
    const auto catalog = assessments.ListInstruments();
    BOOST_TEST(catalog.failures.empty());
    std::set<std::string> ids;
    for (const auto& instrument : catalog.instruments) ids.insert(instrument.id);
    BOOST_TEST(ids.count(kCheckIn) == 1u);
    BOOST_TEST(ids.count(kEcr) == 1u);
    BOOST_TEST(ids.count(kRpi) == 1u);
}

BOOST_AUTO_TEST_CASE(a_malformed_clinic_file_is_reported_by_name_and_the_others_still_load) {
    std::ofstream(clinicForms / "instruments" / "broken.json") << R"({"format": 1, "id": )";
    const auto catalog = assessments.ListInstruments();
    BOOST_REQUIRE(catalog.failures.size() == 1u);
    BOOST_TEST(catalog.failures[0].message.find("broken.json") != std::string::npos);
    BOOST_TEST(catalog.instruments.size() >= 3u);
}

BOOST_DATA_TEST_CASE_F(AssessmentsFixture, a_recorded_ecr_r_scores_to_the_hand_computed_means,
                       bdata::make(kEcrCases), c) {
    assess::Answers answers;
    for (int item = 1; item <= 36; ++item)
        answers[std::to_string(item)] = item <= 18 ? c.anxietyAnswer : c.avoidanceAnswer;
    const auto report = assessments.Record(clientId, kEcr, answers);
    BOOST_REQUIRE(report.scores);
    BOOST_TEST(*report.scores->Find("anxiety")->score == c.anxiety,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*report.scores->Find("avoidance")->score == c.avoidance,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST((report.administration.status == AdministrationStatus::Completed));
    BOOST_TEST(StoredAdministrations() == 1);
}

BOOST_AUTO_TEST_CASE(bad_input_is_refused_with_a_clear_error_and_stores_nothing) {
    auto outOfRange = CheckIn(5);
    outOfRange["safety"] = 11;
    BOOST_CHECK_EXCEPTION(assessments.Record(clientId, kCheckIn, outOfRange), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Invalid); });
    auto unknownItem = CheckIn(5);
    unknownItem["courage"] = 3;
    BOOST_CHECK_EXCEPTION(assessments.Record(clientId, kCheckIn, unknownItem), Error,
                          [](const Error& e) {
                              return HasCode(e, ErrorCode::Invalid) &&
                                     std::string(e.what()).find("courage") != std::string::npos;
                          });
    BOOST_CHECK_EXCEPTION(assessments.Record(clientId, "no_such_instrument", CheckIn(5)), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::NotFound); });
    BOOST_CHECK_EXCEPTION(assessments.Record(424242, kCheckIn, CheckIn(5)), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::NotFound); });
    BOOST_TEST(StoredAdministrations() == 0);
    BOOST_TEST(Count("administration_answers") == 0);
}

BOOST_AUTO_TEST_CASE(an_administration_resumes_with_every_answer_given_before_the_interruption) {
    const Id id = assessments.Start(clientId, kCheckIn, AdministrationMode::Client).id;
    assessments.Answer(id, "safety", 6);
    assessments.Answer(id, "trust", 7);
    // A fresh service over the same vault stands in for a restart after a crash.
    service::Assessments restarted(*store, assessmentStore, {service::InstrumentFolders().front()});
    const Administration resumed = restarted.Resume(id);
    BOOST_TEST(resumed.answers.size() == 2u);
    const assess::Instrument instrument = restarted.GetInstrument(kCheckIn);
    assess::AdministrationFlow flow(instrument, resumed.answers);
    BOOST_TEST(flow.CurrentItem().id == "reassurance");
}

BOOST_AUTO_TEST_CASE(an_answer_out_of_range_in_progress_is_refused_and_not_saved) {
    const Id id = assessments.Start(clientId, kCheckIn, AdministrationMode::Interview).id;
    BOOST_CHECK_THROW(assessments.Answer(id, "safety", 12), Error);
    BOOST_CHECK_THROW(assessments.Answer(id, "bravery", 2), Error);
    BOOST_TEST(Count("administration_answers") == 0);
}

BOOST_AUTO_TEST_CASE(a_completed_administration_scores_and_then_cannot_take_answers) {
    const Id id = assessments.Start(clientId, kCheckIn, AdministrationMode::Client).id;
    for (const auto& [item, value] : CheckIn(8)) assessments.Answer(id, item, value);
    const auto report = assessments.Complete(id);
    BOOST_REQUIRE(report.scores);
    BOOST_TEST(*report.scores->Find("safety")->score == 8.0);
    BOOST_CHECK_EXCEPTION(assessments.Answer(id, "safety", 2), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Refused); });
    BOOST_CHECK_EXCEPTION(assessments.Abandon(id), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Refused); });
}

BOOST_AUTO_TEST_CASE(an_abandoned_administration_stays_in_the_history_without_scores) {
    const Id id = assessments.Start(clientId, kCheckIn, AdministrationMode::Client).id;
    assessments.Abandon(id);
    const auto history = assessments.History(clientId);
    BOOST_REQUIRE(history.size() == 1u);
    BOOST_TEST(!history[0].scores);
    BOOST_TEST(history[0].notScored.find("abandoned") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(without_norms_the_change_is_raw_and_says_why_there_is_no_rci) {
    assessments.Record(clientId, kCheckIn, CheckIn(2));
    const auto report = assessments.Record(clientId, kCheckIn, CheckIn(8));
    const auto& change = ChangeOf(report.sinceBaseline, "safety");
    BOOST_REQUIRE(change.change);
    BOOST_TEST(change.change->difference == 6.0);
    BOOST_TEST(!change.change->rci);
    BOOST_TEST(!change.change->explanation.empty());
}

BOOST_AUTO_TEST_CASE(practitioner_norms_give_a_reliable_change_since_baseline_and_since_last) {
    assessments.SetNorms({kCheckIn, "safety", 2.0, 0.8, "Invented clinic audit for this test"});
    const Id baseline = assessments.Record(clientId, kCheckIn, CheckIn(2)).administration.id;
    const Id middle = assessments.Record(clientId, kCheckIn, CheckIn(7)).administration.id;
    const auto report = assessments.Record(clientId, kCheckIn, CheckIn(8));
    BOOST_TEST(*report.baselineId == baseline);
    BOOST_TEST(*report.previousId == middle);
    const auto& sinceBaseline = *ChangeOf(report.sinceBaseline, "safety").change;
    // S_diff = sqrt(2) * 2 * sqrt(0.2); RCI = 6 / S_diff ≈ 4.74.
    BOOST_TEST(*sinceBaseline.rci == 6.0 / (std::sqrt(2.0) * 2.0 * std::sqrt(0.2)),
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST((*sinceBaseline.verdict == assess::ChangeVerdict::Improved));
    const auto& sinceLast = *ChangeOf(report.sinceLast, "safety").change;
    BOOST_TEST((*sinceLast.verdict == assess::ChangeVerdict::NoReliableChange));
}

BOOST_AUTO_TEST_CASE(norms_for_an_unknown_subscale_or_with_no_source_are_refused) {
    BOOST_CHECK_THROW(assessments.SetNorms({kCheckIn, "courage", 2.0, 0.8, "Some audit"}), Error);
    BOOST_CHECK_THROW(assessments.SetNorms({kCheckIn, "safety", 2.0, 0.8, ""}), Error);
    BOOST_CHECK_THROW(assessments.SetNorms({kCheckIn, "safety", -1.0, 0.8, "Some audit"}), Error);
    BOOST_TEST(Count("practitioner_norms") == 0);
}

BOOST_AUTO_TEST_CASE(every_report_of_the_inventory_carries_its_disclaimer) {
    const auto report = assessments.Record(clientId, kRpi, Uniform(24, 4));
    BOOST_TEST(report.disclaimer.find("not a validated") != std::string::npos);
    BOOST_TEST(report.scores->disclaimer == report.disclaimer);
    BOOST_TEST(assessments.History(clientId).at(0).disclaimer == report.disclaimer);
}

BOOST_AUTO_TEST_CASE(each_use_case_is_audited_by_id_without_client_data) {
    NamePractitioner();
    const Id id = assessments.Record(clientId, kCheckIn, CheckIn(3)).administration.id;
    BOOST_TEST(LastAudit().entity == "administration");
    BOOST_TEST(LastAudit().entityId == id);
    assessments.Show(id);
    BOOST_TEST((LastAudit().action == AuditAction::Read));
    BOOST_TEST(AuditTableText().find("Quillfeather") == std::string::npos);
    BOOST_TEST(AuditTableText().find("safety") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(showing_an_unknown_administration_is_not_found) {
    BOOST_CHECK_EXCEPTION(assessments.Show(777), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::NotFound); });
}

BOOST_AUTO_TEST_CASE(entered_norms_are_listed_by_instrument_and_subscale) {
    BOOST_TEST(assessments.EnteredNorms().empty());
    assessments.SetNorms({kRpi, "avoidance", 1.1, 0.85, "Invented clinic audit"});
    assessments.SetNorms({kCheckIn, "trust", 2.0, 0.7, "Another invented audit"});
    const auto entered = assessments.EnteredNorms();
    BOOST_REQUIRE(entered.size() == 2u);
    std::set<std::string> keys;
    for (const auto& norms : entered) keys.insert(norms.instrumentId + "/" + norms.subscaleId);
    BOOST_TEST(keys.count(std::string(kRpi) + "/avoidance") == 1u);
    BOOST_TEST(keys.count(std::string(kCheckIn) + "/trust") == 1u);
}

BOOST_AUTO_TEST_CASE(an_exported_response_names_the_client_by_code_and_is_audited_as_an_export) {
    const std::string code = practice->GetClient(clientId).code;
    const Id id = assessments.Record(clientId, kRpi, Uniform(24, 4)).administration.id;
    const std::string json = assessments.ExportResponse(id);
    BOOST_TEST(json.find("QuestionnaireResponse") != std::string::npos);
    BOOST_TEST(json.find(code) != std::string::npos);
    BOOST_TEST(json.find("Quillfeather") == std::string::npos);
    BOOST_TEST(json.find("not a validated") != std::string::npos);
    BOOST_TEST((LastAudit().action == AuditAction::Export));
    BOOST_TEST(LastAudit().entityId == id);
}

BOOST_AUTO_TEST_CASE(an_abandoned_administration_is_not_exported) {
    const Id id = assessments.Start(clientId, kCheckIn, AdministrationMode::Client).id;
    assessments.Abandon(id);
    BOOST_CHECK_EXCEPTION(assessments.ExportResponse(id), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Refused); });
    BOOST_CHECK_EXCEPTION(assessments.ExportResponse(9999), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::NotFound); });
}

BOOST_AUTO_TEST_CASE(an_imported_questionnaire_lands_in_the_clinic_folder_once) {
    // Two choice items scored by valueInteger: the smallest Questionnaire the importer takes.
    const auto questionnaire = temp / "tiny.json";
    std::ofstream(questionnaire) << R"({"resourceType": "Questionnaire", "name": "tiny_scale",
        "status": "active", "item": [
          {"linkId": "a", "text": "First", "type": "choice",
           "answerOption": [{"valueInteger": 0}, {"valueInteger": 1}]},
          {"linkId": "b", "text": "Second", "type": "choice",
           "answerOption": [{"valueInteger": 0}, {"valueInteger": 1}]}]})";
    const std::vector<std::filesystem::path> folders{service::InstrumentFolders().front(),
                                                     clinicForms / "instruments"};
    const auto imported = service::ImportFhirInstrument(questionnaire, folders);
    BOOST_TEST(imported.id == "tiny_scale");
    BOOST_TEST(std::filesystem::exists(clinicForms / "instruments" / "tiny_scale.json"));
    BOOST_TEST(assessments.GetInstrument("tiny_scale").items.size() == 2u);
    BOOST_CHECK_EXCEPTION(service::ImportFhirInstrument(questionnaire, folders), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Refused); });
    const auto patient = temp / "patient.json";
    std::ofstream(patient) << R"({"resourceType": "Patient"})";
    BOOST_CHECK_EXCEPTION(service::ImportFhirInstrument(patient, folders), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Invalid); });
    BOOST_CHECK_EXCEPTION(service::ImportFhirInstrument(questionnaire, {folders.front()}), Error,
                          [](const Error& e) { return HasCode(e, ErrorCode::Refused); });
}

BOOST_AUTO_TEST_SUITE_END()

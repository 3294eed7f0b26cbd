#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "assess/instrument.h"
#include "assess/instrument_loader.h"
#include "assess/reliable_change.h"
#include "assess/scoring.h"
#include "core/assessment_repositories.h"
#include "core/repositories.h"

namespace securebase::service {

// The instruments a practice can give: every folder's files, first folder first.
struct InstrumentCatalog {
    std::vector<assess::Instrument> instruments;
    std::vector<assess::LoadFailure> failures;  // bad files and ids loaded twice
};

// Every instrument in the folders, first folder first; needs no vault (CLI `instrument list`).
InstrumentCatalog LoadInstrumentCatalog(const std::vector<std::filesystem::path>& folders);

// One administration as the practitioner sees it: scores (when completed and scorable), and
// change since the client's first and previous completed administration of the same key.
struct AdministrationReport {
    Administration administration;
    std::optional<assess::ScoreResult> scores;
    std::string notScored;  // why there are no scores, when there are none
    std::optional<Id> baselineId;
    std::vector<assess::SubscaleChange> sinceBaseline;
    std::optional<Id> previousId;
    std::vector<assess::SubscaleChange> sinceLast;
    std::string disclaimer;  // the instrument's, carried into every output
};

// The assessment use cases. Each public call is one unit of work, audited by record id only;
// bad input (unknown instrument or item, an answer the scale does not offer) is refused before
// anything is written.
class Assessments {
public:
    Assessments(PracticeStore& store, AssessmentStore& assessments,
                std::vector<std::filesystem::path> instrumentFolders);

    InstrumentCatalog ListInstruments() const;
    assess::Instrument GetInstrument(const std::string& instrumentId) const;  // NotFound

    // A complete administration typed in at once (paper or interview). givenAt is when the form
    // was filled in, for a paper form typed in later; now when absent. Invalid in the future.
    AdministrationReport Record(Id clientId, const std::string& instrumentId,
                                const assess::Answers& answers,
                                AdministrationMode mode = AdministrationMode::Paper,
                                std::optional<Timestamp> givenAt = std::nullopt);

    Administration Start(Id clientId, const std::string& instrumentId, AdministrationMode mode);
    // Saves one answer as given (nullopt clears it); Refused once the administration is finished.
    void Answer(Id administrationId, const std::string& itemId, std::optional<int> value);
    // The in-progress administration with its saved answers, to rebuild an AdministrationFlow.
    Administration Resume(Id administrationId);
    AdministrationReport Complete(Id administrationId);
    void Abandon(Id administrationId);

    AdministrationReport Show(Id administrationId);
    // Every administration of the client, oldest first.
    std::vector<AdministrationReport> History(Id clientId);

    // SD, reliability and their source for a subscale that ships without norms.
    void SetNorms(const PractitionerNorms& norms);
    // Every norm the practitioner entered, for the instruments installed, in catalog order.
    std::vector<PractitionerNorms> EnteredNorms();

    // The administration as a FHIR R4 QuestionnaireResponse with its scores, audited as an export.
    // The client appears by code only. Refused for an abandoned administration and for one given
    // with another version of the instrument than the one installed.
    std::string ExportResponse(Id administrationId);

private:
    std::optional<assess::Instrument> FindInstrument(const std::string& instrumentId) const;
    Administration RequireAdministration(Id administrationId);
    Administration RequireInProgress(Id administrationId);
    void RequireClient(Id clientId);
    std::vector<AdministrationReport> Reports(const std::vector<Administration>& administrations);
    std::string Actor();
    void Audit(AuditAction action, Id administrationId);

    PracticeStore& m_store;
    AssessmentStore& m_assessments;
    std::vector<std::filesystem::path> m_folders;
};

}  // namespace securebase::service

#include "service/assessments.h"

#include <map>
#include <set>

#include "assess/fhir_response.h"
#include "assess/instrument_validator.h"
#include "core/error.h"

namespace securebase::service {
namespace {

constexpr const char* kEntity = "administration";

[[noreturn]] void UnknownInstrument(const std::string& instrumentId) {
    throw Error(ErrorCode::NotFound, "no instrument with id '" + instrumentId +
                                         "'; run `instrument list` to see the ones installed");
}

assess::PractitionerNorms NormsBySubscale(const std::vector<PractitionerNorms>& rows) {
    assess::PractitionerNorms norms;
    for (const auto& row : rows)
        norms[row.subscaleId] = {std::nullopt, row.sd, row.reliability, row.source};
    return norms;
}

}  // namespace

Assessments::Assessments(PracticeStore& store, AssessmentStore& assessments,
                         std::vector<std::filesystem::path> instrumentFolders)
    : m_store(store), m_assessments(assessments), m_folders(std::move(instrumentFolders)) {}

InstrumentCatalog LoadInstrumentCatalog(const std::vector<std::filesystem::path>& folders) {
    InstrumentCatalog catalog;
    std::set<std::string> ids;
    for (const auto& folder : folders) {
        if (!std::filesystem::is_directory(folder)) continue;
        assess::InstrumentFolder loaded = assess::LoadInstrumentFolder(folder);
        for (auto& failure : loaded.failures) catalog.failures.push_back(std::move(failure));
        for (auto& instrument : loaded.instruments) {
            if (!ids.insert(instrument.id).second) {
                catalog.failures.push_back(
                    {folder, "instrument id '" + instrument.id +
                                 "' is already installed from an earlier folder; rename its id"});
                continue;
            }
            catalog.instruments.push_back(std::move(instrument));
        }
    }
    return catalog;
}

InstrumentCatalog Assessments::ListInstruments() const { return LoadInstrumentCatalog(m_folders); }

std::optional<assess::Instrument> Assessments::FindInstrument(
    const std::string& instrumentId) const {
    for (auto& instrument : ListInstruments().instruments)
        if (instrument.id == instrumentId) return std::move(instrument);
    return std::nullopt;
}

assess::Instrument Assessments::GetInstrument(const std::string& instrumentId) const {
    auto instrument = FindInstrument(instrumentId);
    if (!instrument) UnknownInstrument(instrumentId);
    return std::move(*instrument);
}

AdministrationReport Assessments::Record(Id clientId, const std::string& instrumentId,
                                         const assess::Answers& answers, AdministrationMode mode,
                                         std::optional<Timestamp> givenAt) {
    const assess::Instrument instrument = GetInstrument(instrumentId);
    assess::RequireValidAnswers(instrument, answers);
    const Timestamp now = Now();
    if (givenAt && *givenAt > now)
        throw Error(ErrorCode::Invalid, "the date a form was given cannot lie in the future");
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    Administration administration;
    administration.clientId = clientId;
    administration.instrumentId = instrument.id;
    administration.instrumentVersion = instrument.version;
    administration.mode = mode;
    administration.startedAt = givenAt.value_or(now);
    administration.completedAt = administration.startedAt;
    administration.status = AdministrationStatus::Completed;
    administration.answers = answers;
    const Id id = m_assessments.Administrations().Insert(administration);
    Audit(AuditAction::Create, id);
    const auto history = Reports(m_assessments.Administrations().ListForClient(clientId));
    work->Commit();
    for (const auto& report : history)
        if (report.administration.id == id) return report;
    throw Error(ErrorCode::Storage, "administration " + std::to_string(id) + " was not stored");
}

Administration Assessments::Start(Id clientId, const std::string& instrumentId,
                                  AdministrationMode mode) {
    const assess::Instrument instrument = GetInstrument(instrumentId);
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    Administration administration;
    administration.clientId = clientId;
    administration.instrumentId = instrument.id;
    administration.instrumentVersion = instrument.version;
    administration.mode = mode;
    administration.startedAt = Now();
    administration.id = m_assessments.Administrations().Insert(administration);
    Audit(AuditAction::Create, administration.id);
    work->Commit();
    return administration;
}

void Assessments::Answer(Id administrationId, const std::string& itemId, std::optional<int> value) {
    auto work = m_store.BeginWork();
    const Administration administration = RequireInProgress(administrationId);
    const assess::Instrument instrument = GetInstrument(administration.instrumentId);
    if (value)
        assess::RequireValidAnswers(instrument, {{itemId, *value}});
    else if (!instrument.FindItem(itemId))
        throw Error(ErrorCode::Invalid,
                    "instrument '" + instrument.id + "' has no item '" + itemId + "'");
    m_assessments.Administrations().SetAnswer(administrationId, itemId, value);
    Audit(AuditAction::Update, administrationId);
    work->Commit();
}

Administration Assessments::Resume(Id administrationId) {
    auto work = m_store.BeginWork();
    Administration administration = RequireInProgress(administrationId);
    Audit(AuditAction::Read, administrationId);
    work->Commit();
    return administration;
}

AdministrationReport Assessments::Complete(Id administrationId) {
    auto work = m_store.BeginWork();
    const Administration administration = RequireInProgress(administrationId);
    m_assessments.Administrations().Finish(administrationId, AdministrationStatus::Completed,
                                           Now());
    Audit(AuditAction::Update, administrationId);
    const auto history =
        Reports(m_assessments.Administrations().ListForClient(administration.clientId));
    work->Commit();
    for (const auto& report : history)
        if (report.administration.id == administrationId) return report;
    throw Error(ErrorCode::Storage,
                "administration " + std::to_string(administrationId) + " was not stored");
}

void Assessments::Abandon(Id administrationId) {
    auto work = m_store.BeginWork();
    RequireInProgress(administrationId);
    m_assessments.Administrations().Finish(administrationId, AdministrationStatus::Abandoned,
                                           Now());
    Audit(AuditAction::Update, administrationId);
    work->Commit();
}

AdministrationReport Assessments::Show(Id administrationId) {
    auto work = m_store.BeginWork();
    const Administration administration = RequireAdministration(administrationId);
    const auto history =
        Reports(m_assessments.Administrations().ListForClient(administration.clientId));
    Audit(AuditAction::Read, administrationId);
    work->Commit();
    for (const auto& report : history)
        if (report.administration.id == administrationId) return report;
    throw Error(ErrorCode::Storage,
                "administration " + std::to_string(administrationId) + " was not found again");
}

std::vector<AdministrationReport> Assessments::History(Id clientId) {
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    auto history = Reports(m_assessments.Administrations().ListForClient(clientId));
    for (const auto& report : history) Audit(AuditAction::Read, report.administration.id);
    work->Commit();
    return history;
}

void Assessments::SetNorms(const PractitionerNorms& norms) {
    const assess::Instrument instrument = GetInstrument(norms.instrumentId);
    if (!instrument.FindSubscale(norms.subscaleId))
        throw Error(ErrorCode::Invalid, "instrument '" + instrument.id + "' has no subscale '" +
                                            norms.subscaleId + "'");
    assess::RequireValidNorms({std::nullopt, norms.sd, norms.reliability, norms.source});
    auto work = m_store.BeginWork();
    m_assessments.Norms().Save(norms);
    m_store.Audit().Append({kNoId, Now(), Actor(), AuditAction::Update, "norms", kNoId});
    work->Commit();
}

std::vector<PractitionerNorms> Assessments::EnteredNorms() {
    const InstrumentCatalog catalog = ListInstruments();
    auto work = m_store.BeginWork();
    std::vector<PractitionerNorms> entered;
    for (const auto& instrument : catalog.instruments)
        for (auto& norms : m_assessments.Norms().ForInstrument(instrument.id))
            entered.push_back(std::move(norms));
    work->Commit();
    return entered;
}

std::string Assessments::ExportResponse(Id administrationId) {
    auto work = m_store.BeginWork();
    const Administration administration = RequireAdministration(administrationId);
    const std::string which = "administration " + std::to_string(administrationId);
    if (administration.status == AdministrationStatus::Abandoned)
        throw Error(ErrorCode::Refused, which + " was abandoned; there are no answers to export");
    const assess::Instrument instrument = GetInstrument(administration.instrumentId);
    if (instrument.version != administration.instrumentVersion)
        throw Error(ErrorCode::Refused, which + " was given with version " +
                                            administration.instrumentVersion + " of '" +
                                            instrument.id + "' and version " + instrument.version +
                                            " is installed; install the version it was given with "
                                            "to export it");
    const auto client = m_store.Clients().Find(administration.clientId);
    if (!client)
        throw Error(ErrorCode::NotFound,
                    "no client with id " + std::to_string(administration.clientId));
    assess::ResponseContext context;
    context.administrationId = std::to_string(administrationId);
    context.clientCode = client->code;
    context.authored = administration.completedAt.value_or(administration.startedAt);
    context.complete = administration.status == AdministrationStatus::Completed;
    std::string json = assess::ExportQuestionnaireResponse(
        instrument, administration.answers, assess::Score(instrument, administration.answers),
        context);
    Audit(AuditAction::Export, administrationId);
    work->Commit();
    return json;
}

std::vector<AdministrationReport> Assessments::Reports(
    const std::vector<Administration>& administrations) {
    std::map<std::string, std::optional<assess::Instrument>> instruments;
    std::map<std::string, assess::PractitionerNorms> norms;
    // The first and the latest scored administration per scoring key, as the history is walked.
    std::map<std::string, size_t> baseline;
    std::map<std::string, size_t> previous;
    std::vector<AdministrationReport> reports;
    for (const auto& administration : administrations) {
        AdministrationReport report;
        report.administration = administration;
        auto found = instruments.find(administration.instrumentId);
        if (found == instruments.end()) {
            found = instruments
                        .emplace(administration.instrumentId,
                                 FindInstrument(administration.instrumentId))
                        .first;
            norms[administration.instrumentId] =
                NormsBySubscale(m_assessments.Norms().ForInstrument(administration.instrumentId));
        }
        const auto& instrument = found->second;
        if (instrument) report.disclaimer = instrument->disclaimer;
        if (administration.status != AdministrationStatus::Completed) {
            report.notScored =
                "the administration is " + std::string(ToString(administration.status));
        } else if (!instrument) {
            report.notScored = "instrument '" + administration.instrumentId +
                               "' is no longer installed; reinstall its file to score";
        } else if (instrument->version != administration.instrumentVersion) {
            report.notScored = "given with version " + administration.instrumentVersion +
                               " of the instrument, installed is " + instrument->version;
        } else {
            report.scores = assess::Score(*instrument, administration.answers);
            const std::string key =
                administration.instrumentId + "@" + administration.instrumentVersion;
            const auto& practitionerNorms = norms[administration.instrumentId];
            if (auto first = baseline.find(key); first != baseline.end()) {
                const AdministrationReport& before = reports[first->second];
                report.baselineId = before.administration.id;
                report.sinceBaseline = assess::CompareAdministrations(
                    *instrument, *before.scores, *report.scores, practitionerNorms);
                const AdministrationReport& last = reports[previous.at(key)];
                report.previousId = last.administration.id;
                report.sinceLast = assess::CompareAdministrations(
                    *instrument, *last.scores, *report.scores, practitionerNorms);
            } else {
                baseline[key] = reports.size();
            }
            previous[key] = reports.size();
        }
        reports.push_back(std::move(report));
    }
    return reports;
}

Administration Assessments::RequireAdministration(Id administrationId) {
    auto administration = m_assessments.Administrations().Find(administrationId);
    if (!administration)
        throw Error(ErrorCode::NotFound,
                    "no administration with id " + std::to_string(administrationId));
    return std::move(*administration);
}

Administration Assessments::RequireInProgress(Id administrationId) {
    Administration administration = RequireAdministration(administrationId);
    if (administration.status != AdministrationStatus::InProgress)
        throw Error(ErrorCode::Refused, "administration " + std::to_string(administrationId) +
                                            " is " + ToString(administration.status) +
                                            "; start a new one");
    return administration;
}

void Assessments::RequireClient(Id clientId) {
    if (!m_store.Clients().Find(clientId))
        throw Error(ErrorCode::NotFound, "no client with id " + std::to_string(clientId));
}

std::string Assessments::Actor() {
    std::string name = m_store.Settings().PractitionerName();
    return name.empty() ? "practitioner" : name;
}

void Assessments::Audit(AuditAction action, Id administrationId) {
    m_store.Audit().Append({kNoId, Now(), Actor(), action, kEntity, administrationId});
}

}  // namespace securebase::service

#pragma once

// The ports for stored assessments, beside the record ports of core/repositories.h. A store
// implements both; the use cases see only these interfaces.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/administration.h"

namespace securebase {

class AdministrationRepository {
public:
    virtual ~AdministrationRepository() = default;
    // Inserts the administration with its answers; returns its id.
    virtual Id Insert(const Administration& administration) = 0;
    // Saves one answer as it is given (nullopt clears it), so a crash resumes at the same item.
    // Refused (ErrorCode::Refused) once the administration is no longer in progress.
    virtual void SetAnswer(Id administrationId, std::string_view itemId,
                           std::optional<int> value) = 0;
    // Moves an administration out of progress; a finished one cannot change again.
    virtual void Finish(Id administrationId, AdministrationStatus status, Timestamp at) = 0;
    virtual std::optional<Administration> Find(Id administrationId) const = 0;
    // Oldest first: the first completed one is the baseline.
    virtual std::vector<Administration> ListForClient(Id clientId) const = 0;
};

class NormsRepository {
public:
    virtual ~NormsRepository() = default;
    // Inserts or replaces the norms of norms.instrumentId / norms.subscaleId.
    virtual void Save(const PractitionerNorms& norms) = 0;
    virtual std::vector<PractitionerNorms> ForInstrument(std::string_view instrumentId) const = 0;
};

// The assessment half of a practice store; units of work come from the PracticeStore over the
// same connection.
class AssessmentStore {
public:
    virtual ~AssessmentStore() = default;
    virtual AdministrationRepository& Administrations() = 0;
    virtual NormsRepository& Norms() = 0;
};

}  // namespace securebase

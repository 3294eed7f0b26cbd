#pragma once

#include "core/assessment_repositories.h"
#include "storage/administration_repository.h"
#include "storage/database.h"
#include "storage/norms_repository.h"

namespace securebase::storage {

// The assessment repositories over the practice's one connection (keyed and migrated); units of
// work come from the SqlcipherPracticeStore over the same Database.
class SqlcipherAssessmentStore : public AssessmentStore {
public:
    explicit SqlcipherAssessmentStore(Database& db) : m_administrations(db), m_norms(db) {}

    AdministrationRepository& Administrations() override { return m_administrations; }
    NormsRepository& Norms() override { return m_norms; }

private:
    SqlcipherAdministrationRepository m_administrations;
    SqlcipherNormsRepository m_norms;
};

}  // namespace securebase::storage

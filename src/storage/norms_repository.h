#pragma once

#include "core/assessment_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Norms the practitioner entered, one row per instrument subscale.
class SqlcipherNormsRepository : public NormsRepository {
public:
    explicit SqlcipherNormsRepository(Database& db) : m_db(db) {}

    void Save(const PractitionerNorms& norms) override;
    std::vector<PractitionerNorms> ForInstrument(std::string_view instrumentId) const override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

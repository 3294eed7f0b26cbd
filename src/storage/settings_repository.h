#pragma once

#include "core/repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Practice settings as key/value rows, so a later setting needs no schema step. Keys this
// version does not know are kept untouched; missing keys read as the defaults.
class SqlcipherSettingsRepository : public SettingsRepository {
public:
    explicit SqlcipherSettingsRepository(Database& db) : m_db(db) {}

    PracticeSettings Load() const override;
    std::string PractitionerName() const override;
    void Save(const PracticeSettings& settings) override;

private:
    Database& m_db;
};

}  // namespace securebase::storage

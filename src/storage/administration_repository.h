#pragma once

#include "core/assessment_repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Administrations and their answers; the schema's triggers freeze a finished one.
class SqlcipherAdministrationRepository : public AdministrationRepository {
public:
    explicit SqlcipherAdministrationRepository(Database& db);

    Id Insert(const Administration& administration) override;
    void SetAnswer(Id administrationId, std::string_view itemId, std::optional<int> value) override;
    void Finish(Id administrationId, AdministrationStatus status, Timestamp at) override;
    std::optional<Administration> Find(Id administrationId) const override;
    std::vector<Administration> ListForClient(Id clientId) const override;

private:
    void LoadAnswers(Administration& administration) const;

    Database& m_db;
};

}  // namespace securebase::storage

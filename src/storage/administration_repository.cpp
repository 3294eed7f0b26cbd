#include "storage/administration_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/refused_by_trigger.h"
#include "storage/row_values.h"
#include "storage/sqlcipher.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT id, client_id, instrument_id, instrument_version, mode, started_at, completed_at, "
    "status FROM administrations ";

// The words for a trigger's refusal to change a completed or abandoned administration.
std::string FinishedMessage(Id administrationId) {
    return "administration " + std::to_string(administrationId) +
           " is finished and cannot change; start a new one";
}

Administration FromRow(Statement& row) {
    Administration administration;
    administration.id = row.Int(0);
    administration.clientId = row.Int(1);
    administration.instrumentId = row.Text(2);
    administration.instrumentVersion = row.Text(3);
    const auto mode = ParseAdministrationMode(row.Text(4));
    const auto status = ParseAdministrationStatus(row.Text(7));
    if (!mode || !status)
        throw Error(ErrorCode::Damaged, "the vault holds an unreadable administration " +
                                            std::to_string(administration.id) +
                                            "; run verify and restore a backup if it fails");
    administration.mode = *mode;
    administration.status = *status;
    administration.startedAt = TimestampFromText(row.Text(5), "administrations.started_at");
    if (const auto completed = row.OptionalText(6))
        administration.completedAt = TimestampFromText(*completed, "administrations.completed_at");
    return administration;
}

}  // namespace

SqlcipherAdministrationRepository::SqlcipherAdministrationRepository(Database& db) : m_db(db) {
    // A trigger's refusal is told apart from other constraint failures by its extended code.
    sqlite3_extended_result_codes(m_db.Handle(), 1);
}

Id SqlcipherAdministrationRepository::Insert(const Administration& administration) {
    CachedStatement(m_db,
                    "INSERT INTO administrations (client_id, instrument_id, instrument_version, "
                    "mode, started_at, status) VALUES (?1, ?2, ?3, ?4, ?5, 'in_progress')")
        ->Bind(1, administration.clientId)
        .Bind(2, administration.instrumentId)
        .Bind(3, administration.instrumentVersion)
        .Bind(4, ToString(administration.mode))
        .Bind(5, FormatTimestamp(administration.startedAt))
        .Run();
    const Id id = m_db.LastInsertRowId();
    for (const auto& [item, value] : administration.answers) SetAnswer(id, item, value);
    if (administration.status != AdministrationStatus::InProgress)
        Finish(id, administration.status,
               administration.completedAt.value_or(administration.startedAt));
    return id;
}

void SqlcipherAdministrationRepository::SetAnswer(Id administrationId, std::string_view itemId,
                                                  std::optional<int> value) {
    RefusedByTrigger(FinishedMessage(administrationId), [&] {
        if (value) {
            CachedStatement(m_db,
                            "INSERT INTO administration_answers (administration_id, item_id, "
                            "value) VALUES (?1, ?2, ?3) ON CONFLICT (administration_id, item_id) "
                            "DO UPDATE SET value = excluded.value")
                ->Bind(1, administrationId)
                .Bind(2, itemId)
                .Bind(3, *value)
                .Run();
        } else {
            CachedStatement(m_db,
                            "DELETE FROM administration_answers "
                            "WHERE administration_id = ?1 AND item_id = ?2")
                ->Bind(1, administrationId)
                .Bind(2, itemId)
                .Run();
        }
    });
}

void SqlcipherAdministrationRepository::Finish(Id administrationId, AdministrationStatus status,
                                               Timestamp at) {
    if (status == AdministrationStatus::InProgress)
        throw Error(ErrorCode::Invalid, "an administration finishes as completed or abandoned");
    RefusedByTrigger(FinishedMessage(administrationId), [&] {
        CachedStatement update(m_db,
                               "UPDATE administrations SET status = ?1, completed_at = ?2 "
                               "WHERE id = ?3");
        update->Bind(1, ToString(status));
        if (status == AdministrationStatus::Completed)
            update->Bind(2, FormatTimestamp(at));
        else
            update->BindNull(2);
        update->Bind(3, administrationId).Run();
    });
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound,
                    "no administration with id " + std::to_string(administrationId));
}

std::optional<Administration> SqlcipherAdministrationRepository::Find(Id administrationId) const {
    std::optional<Administration> found;
    {
        CachedStatement select(m_db, std::string(kSelect) + "WHERE id = ?1");
        select->Bind(1, administrationId);
        if (select->Step()) found = FromRow(*select);
    }
    if (found) LoadAnswers(*found);
    return found;
}

std::vector<Administration> SqlcipherAdministrationRepository::ListForClient(Id clientId) const {
    std::vector<Administration> list;
    {
        CachedStatement select(
            m_db, std::string(kSelect) + "WHERE client_id = ?1 ORDER BY started_at, id");
        select->Bind(1, clientId);
        while (select->Step()) list.push_back(FromRow(*select));
    }
    for (auto& administration : list) LoadAnswers(administration);
    return list;
}

void SqlcipherAdministrationRepository::LoadAnswers(Administration& administration) const {
    CachedStatement select(m_db,
                           "SELECT item_id, value FROM administration_answers "
                           "WHERE administration_id = ?1");
    select->Bind(1, administration.id);
    while (select->Step())
        administration.answers[select->Text(0)] = static_cast<int>(select->Int(1));
}

}  // namespace securebase::storage

#include "storage/entry_repository.h"

#include "storage/cached_statement.h"
#include "storage/entry_values_json.h"
#include "storage/refused_by_trigger.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT id, assignment_id, written_on, recorded_at, values_json, free_text, "
    "reviewed_in_session FROM homework_entries ";

Entry FromRow(Statement& row) {
    Entry entry;
    entry.id = row.Int(0);
    entry.assignmentId = row.Int(1);
    entry.writtenOn = RequiredDate(row.Text(2), "homework_entries.written_on");
    entry.recordedAt = TimestampFromText(row.Text(3), "homework_entries.recorded_at");
    entry.values = DecodeEntryValues(row.Text(4));
    entry.freeText = row.Text(5);
    if (const auto session = row.OptionalInt(6)) entry.reviewedInSession = *session;
    return entry;
}

}  // namespace

SqlcipherEntryRepository::SqlcipherEntryRepository(Database& db) : m_db(db) {
    // A trigger's refusal is told apart from other constraint failures by its extended code.
    sqlite3_extended_result_codes(m_db.Handle(), 1);
}

Id SqlcipherEntryRepository::Insert(const Entry& entry) {
    RefusedByTrigger("assignment " + std::to_string(entry.assignmentId) +
                         " has ended; re-assign it to record more entries",
                     [&] {
                         CachedStatement(m_db,
                                         "INSERT INTO homework_entries (assignment_id, "
                                         "written_on, recorded_at, values_json, free_text) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5)")
                             ->Bind(1, entry.assignmentId)
                             .Bind(2, FormatDate(entry.writtenOn))
                             .Bind(3, FormatTimestamp(entry.recordedAt))
                             .Bind(4, EncodeEntryValues(entry.values))
                             .Bind(5, entry.freeText)
                             .Run();
                     });
    return m_db.LastInsertRowId();
}

std::optional<Entry> SqlcipherEntryRepository::Find(Id entryId) const {
    CachedStatement select(m_db, std::string(kSelect) + "WHERE id = ?1");
    select->Bind(1, entryId);
    if (!select->Step()) return std::nullopt;
    return FromRow(*select);
}

std::vector<Entry> SqlcipherEntryRepository::ListForAssignment(Id assignmentId) const {
    std::vector<Entry> entries;
    CachedStatement select(
        m_db, std::string(kSelect) + "WHERE assignment_id = ?1 ORDER BY written_on, id");
    select->Bind(1, assignmentId);
    while (select->Step()) entries.push_back(FromRow(*select));
    return entries;
}

size_t SqlcipherEntryRepository::MarkReviewed(Id assignmentId, Id sessionId) {
    RefusedByTrigger("session " + std::to_string(sessionId) + " belongs to another client", [&] {
        CachedStatement(m_db,
                        "UPDATE homework_entries SET reviewed_in_session = ?1 "
                        "WHERE assignment_id = ?2 AND reviewed_in_session IS NULL")
            ->Bind(1, sessionId)
            .Bind(2, assignmentId)
            .Run();
    });
    return static_cast<size_t>(m_db.Changes());
}

size_t SqlcipherEntryRepository::CountForAssignment(Id assignmentId) const {
    CachedStatement select(m_db, "SELECT count(*) FROM homework_entries WHERE assignment_id = ?1");
    select->Bind(1, assignmentId);
    select->Step();
    return static_cast<size_t>(select->Int(0));
}

}  // namespace securebase::storage

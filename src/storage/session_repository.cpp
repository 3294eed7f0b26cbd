#include "storage/session_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

// Columns: id, client_id, start, duration_minutes, kind, attendance.
Session ReadSession(const Statement& row) {
    Session session;
    session.id = row.Int(0);
    session.clientId = row.Int(1);
    session.start = LocalDateTimeFromText(row.Text(2), "sessions.start");
    session.duration = std::chrono::minutes{row.Int(3)};
    auto kind = ParseSessionKind(row.Text(4));
    auto attendance = ParseAttendance(row.Text(5));
    if (!kind || !attendance)
        throw Error(ErrorCode::Damaged, "the vault holds an unknown session kind or attendance");
    session.kind = *kind;
    session.attendance = *attendance;
    return session;
}

void BindSession(Statement& statement, const Session& session) {
    statement.Bind(1, session.clientId)
        .Bind(2, FormatLocalDateTime(session.start))
        .Bind(3, static_cast<std::int64_t>(session.duration.count()))
        .Bind(4, ToString(session.kind))
        .Bind(5, ToString(session.attendance));
}

}  // namespace

Id SqlcipherSessionRepository::Insert(const Session& session) {
    CachedStatement insert(m_db,
                           "INSERT INTO sessions (client_id, start, duration_minutes, kind, "
                           "attendance) VALUES (?1, ?2, ?3, ?4, ?5)");
    BindSession(*insert, session);
    insert->Run();
    return m_db.LastInsertRowId();
}

void SqlcipherSessionRepository::Update(const Session& session) {
    {
        CachedStatement update(m_db,
                               "UPDATE sessions SET client_id = ?1, start = ?2, "
                               "duration_minutes = ?3, kind = ?4, attendance = ?5 WHERE id = ?6");
        BindSession(*update, session);
        update->Bind(6, session.id).Run();
    }
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "no session with id " + std::to_string(session.id));
}

std::optional<Session> SqlcipherSessionRepository::Find(Id id) const {
    CachedStatement select(m_db,
                           "SELECT id, client_id, start, duration_minutes, kind, attendance "
                           "FROM sessions WHERE id = ?1");
    select->Bind(1, id);
    if (!select->Step()) return std::nullopt;
    return ReadSession(*select);
}

std::vector<Session> SqlcipherSessionRepository::ListForClient(Id clientId) const {
    CachedStatement select(m_db,
                           "SELECT id, client_id, start, duration_minutes, kind, attendance "
                           "FROM sessions WHERE client_id = ?1 ORDER BY start DESC, id DESC");
    select->Bind(1, clientId);
    std::vector<Session> sessions;
    while (select->Step()) sessions.push_back(ReadSession(*select));
    return sessions;
}

}  // namespace securebase::storage

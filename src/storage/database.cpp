#include "storage/database.h"

#include <utility>

#include "storage/sqlcipher.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {

void ThrowSqlite(sqlite3* db, int rc, const std::string& doing) {
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Storage;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT) code = ErrorCode::Damaged;
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL ||
        primary == SQLITE_READONLY || primary == SQLITE_PERM)
        code = ErrorCode::Io;
    if (primary == SQLITE_CONSTRAINT) code = ErrorCode::Refused;
    throw SqliteError(code, rc, doing + ": " + (detail ? detail : "unknown error"));
}

Database::Database(const std::filesystem::path& path, Mode mode, const char* vfs) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
        case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
        case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
        case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        std::string message = "cannot open " + path.filename().string();
        sqlite3* failed = m_db;
        m_db = nullptr;
        try {
            ThrowSqlite(failed, rc, message);
        } catch (...) {
            sqlite3_close_v2(failed);
            throw;
        }
    }
}

Database Database::InMemory() {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        ThrowSqlite(nullptr, rc, "cannot open an in-memory database");
    }
    return Database(db);
}

Database::~Database() { CloseNoThrow(); }

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cache(std::move(other.m_cache)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        CloseNoThrow();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::CloseNoThrow() noexcept {
    m_cache.clear();  // statements must be finalized before the connection closes
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::Exec(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(ErrorCode::Storage, rc, "SQL failed: " + message);
    }
}

Statement Database::Prepare(std::string_view sql) { return Statement(m_db, sql); }

Statement& Database::Cached(std::string_view sql) {
    auto it = m_cache.find(std::string(sql));
    if (it == m_cache.end())
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    it->second->Reset();
    return *it->second;
}

std::optional<std::string> Database::QueryText(std::string_view sql) {
    Statement statement(m_db, sql);
    if (!statement.Step()) return std::nullopt;
    return statement.OptionalText(0);
}

std::optional<std::int64_t> Database::QueryInt(std::string_view sql) {
    Statement statement(m_db, sql);
    if (!statement.Step()) return std::nullopt;
    return statement.OptionalInt(0);
}

std::int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::Changes() const { return sqlite3_changes(m_db); }

}  // namespace securebase::storage

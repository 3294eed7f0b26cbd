#include "storage/statement.h"

#include <limits>
#include <utility>

#include "storage/sqlcipher.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    if (sql.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
        throw Error(ErrorCode::Storage, "SQL statement too long");
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) ThrowSqlite(db, rc, "cannot prepare statement");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

void Statement::Check(int rc, const char* doing) const {
    if (rc != SQLITE_OK) ThrowSqlite(m_db, rc, doing);
}

int Statement::IndexOf(std::string_view name) const {
    const std::string key(name);
    const int index = sqlite3_bind_parameter_index(m_stmt, key.c_str());
    if (index == 0) throw Error(ErrorCode::Storage, "no SQL parameter named " + key);
    return index;
}

Statement& Statement::Bind(int index, std::int64_t value) {
    Check(sqlite3_bind_int64(m_stmt, index, value), "cannot bind integer");
    return *this;
}

Statement& Statement::Bind(int index, double value) {
    Check(sqlite3_bind_double(m_stmt, index, value), "cannot bind number");
    return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
    Check(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          "cannot bind text");
    return *this;
}

Statement& Statement::BindBlob(int index, const void* data, size_t size) {
    Check(sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT), "cannot bind blob");
    return *this;
}

Statement& Statement::BindNull(int index) {
    Check(sqlite3_bind_null(m_stmt, index), "cannot bind null");
    return *this;
}

bool Statement::Step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    ThrowSqlite(m_db, rc, "SQL step failed");
}

void Statement::Run() {
    while (Step()) {
    }
}

void Statement::Reset() noexcept {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::IsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::Real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::Text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(text, static_cast<size_t>(size)) : std::string();
}

std::optional<std::string> Statement::OptionalText(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Text(column);
}

std::optional<std::int64_t> Statement::OptionalInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
}

std::vector<unsigned char> Statement::Blob(int column) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::vector<unsigned char>(data, data + size) : std::vector<unsigned char>();
}

}  // namespace securebase::storage

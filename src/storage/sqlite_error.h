#pragma once

#include <string>

#include "core/error.h"

struct sqlite3;

namespace securebase::storage {

// A failure reported by SQLCipher, with its extended result code and its own message. The
// message names SQL objects, never bound values, so it carries no client data.
class SqliteError : public Error {
public:
    SqliteError(ErrorCode code, int sqliteCode, const std::string& message)
        : Error(code, message), m_sqliteCode(sqliteCode) {}
    int SqliteCode() const noexcept { return m_sqliteCode; }

private:
    int m_sqliteCode;
};

// Throws SqliteError for result code rc, with what was being done and the connection's message.
[[noreturn]] void ThrowSqlite(sqlite3* db, int rc, const std::string& doing);

}  // namespace securebase::storage

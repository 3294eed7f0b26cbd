#pragma once

#include <string_view>

#include "storage/database.h"

namespace securebase::storage {

// Borrows one of the connection's cached statements for a single call and resets it on the way
// out, so a half-read statement never keeps a read open between calls (it would block DROP and
// keep old WAL frames alive).
class CachedStatement {
public:
    CachedStatement(Database& db, std::string_view sql) : m_statement(db.Cached(sql)) {}
    ~CachedStatement() { m_statement.Reset(); }
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;

    Statement& operator*() { return m_statement; }
    Statement* operator->() { return &m_statement; }

private:
    Statement& m_statement;
};

}  // namespace securebase::storage

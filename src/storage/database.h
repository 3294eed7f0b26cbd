#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "storage/statement.h"

struct sqlite3;

namespace securebase::storage {

// Owns one SQLCipher connection. Not copyable; moving transfers the handle. The destructor closes
// the connection and never throws.
class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    // vfs: the registered VFS to open through (nullptr = SQLite's default).
    Database(const std::filesystem::path& path, Mode mode, const char* vfs = nullptr);
    static Database InMemory();
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements with no parameters and no result rows.
    void Exec(std::string_view sql);
    // A fresh statement, for one-off SQL.
    Statement Prepare(std::string_view sql);
    // A statement prepared once per connection and reset before reuse: for the hot paths of the
    // repositories. The reference is valid until the Database is destroyed.
    Statement& Cached(std::string_view sql);

    // The single value of a query returning one row and one column, or nullopt for no row
    // (SQLCipher answers an unknown pragma with no row, so callers must check).
    std::optional<std::string> QueryText(std::string_view sql);
    std::optional<std::int64_t> QueryInt(std::string_view sql);

    std::int64_t LastInsertRowId() const;
    int Changes() const;
    sqlite3* Handle() const { return m_db; }

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    void CloseNoThrow() noexcept;

    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

}  // namespace securebase::storage

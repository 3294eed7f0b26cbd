#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace securebase::storage {

class Database;

// A SQLite VFS, "securebase-offset", that wraps the default one and shifts every access to a main
// database file by kDatabaseOffset bytes, so that a vault's SQLCipher database can sit behind its
// plaintext header in the same file. Journals and WAL files pass through unchanged. ATTACHed
// databases of a connection opened through it get the same shift.
inline constexpr std::int64_t kDatabaseOffset = 4096;

// Registers the VFS on first use (not as the default) and answers its name.
const char* OffsetVfsName();

// The bytes in front of the database of `schema`, read through SQLite's own file handle: a second
// descriptor on the file would drop SQLite's POSIX locks when it is closed. nullopt when the
// file is shorter than kDatabaseOffset.
std::optional<std::string> ReadHeaderBytes(Database& db, const char* schema = "main");

// Overwrites header bytes at `offset` (< kDatabaseOffset) and flushes them to disk.
void WriteHeaderBytes(Database& db, std::int64_t offset, std::string_view bytes,
                      const char* schema = "main");

}  // namespace securebase::storage

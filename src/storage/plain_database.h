#pragma once

#include <filesystem>

#include "storage/database.h"

namespace securebase::storage {

// The benchmark's baseline: a database with the vault's schema and connection settings, opened
// through the same SQLCipher library but with no key, so that what differs from a vault is the
// encryption alone. It only ever holds invented benchmark records, never client data.
Database OpenPlainDatabase(const std::filesystem::path& path);

// The baseline's counterpart of Vault::BackupTo, step for step but with no key: export into an
// attached database, carry the schema version, open the copy and check its structure and foreign
// keys, flush it and rename it into place. (VACUUM INTO would be faster, and a path the vault
// cannot take: the ratio would measure that.) Refuses to overwrite an existing file.
void BackupPlainDatabase(Database& db, const std::filesystem::path& out);

}  // namespace securebase::storage

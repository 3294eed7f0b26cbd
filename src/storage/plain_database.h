#pragma once

#include <filesystem>

#include "storage/database.h"

namespace securebase::storage {

// The benchmark's baseline: a database with the vault's schema and connection settings, opened
// through the same SQLCipher library but with no key, so that what differs from a vault is the
// encryption alone. It only ever holds invented benchmark records, never client data.
Database OpenPlainDatabase(const std::filesystem::path& path);

// The baseline's counterpart of Vault::BackupTo: a compact copy (VACUUM INTO), then opened and
// integrity-checked. Refuses to overwrite an existing file.
void BackupPlainDatabase(Database& db, const std::filesystem::path& out);

}  // namespace securebase::storage

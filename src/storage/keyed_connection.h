#pragma once

#include <filesystem>
#include <string>

#include "core/secret.h"
#include "storage/database.h"
#include "storage/vault_header.h"

namespace securebase::storage {

// Opens the database part of a vault file through the offset VFS. Nothing is read yet.
Database OpenVaultDatabase(const std::filesystem::path& path, Database::Mode mode);

// Keys `schema` of db with the raw data key and sets the recorded cipher settings, checking each
// answer (SQLCipher answers an unknown pragma with silence). Must run before the first read.
void KeyVaultDatabase(Database& db, const Secret& dataKey, const CipherSettings& cipher,
                      const std::string& schema = "main");

// Attaches `path` (a file that already holds its header) as `schema`, keyed like the main one.
void AttachVaultDatabase(Database& db, const std::filesystem::path& path, const std::string& schema,
                         const Secret& dataKey, const CipherSettings& cipher);

// The key as SQLCipher takes a raw key: x'<64 hex digits>'.
Secret RawKeyLiteral(const Secret& dataKey);

}  // namespace securebase::storage

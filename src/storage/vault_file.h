#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/secret.h"
#include "storage/database.h"
#include "storage/vault_header.h"

namespace securebase::storage {

// The steps of opening a vault file, shared by Vault::Open and Create and by the checks of
// backups and restores. None of them writes to the file.

// A vault file whose header has been read and whose data key has been unwrapped; its database
// is open through the offset VFS but not yet keyed.
struct UnwrappedVault {
    Database db;
    HeaderAreas header;
    Secret dataKey;
};

// Throws Io (missing file), NotAVault, Damaged (header), TooNew (header format) or
// WrongPassphrase. Messages call the file `name`.
UnwrappedVault UnwrapVault(const std::filesystem::path& path, const Secret& passphrase,
                           const std::string& name);

// The header of a vault this process has open, as it is on disk now.
HeaderAreas ReadOpenVaultHeader(Database& db, const std::string& name);

// The database part must hold at least one page, and whole pages unless a pending -wal beside it
// will rewrite a page whose write a crash interrupted: otherwise the file was cut off.
void CheckDatabaseSize(const std::filesystem::path& path, int pageSize, const std::string& name,
                       bool pendingWal);

// A -wal beside the vault with frames not yet copied into it (after a crash).
bool HasPendingWal(const std::filesystem::path& path);

// Reads the schema and the schema version of a freshly keyed database: Damaged when its pages do
// not decrypt and authenticate, TooNew when a newer SecureBase wrote it.
void ProbeDatabase(Database& db, const std::string& fileName);

// cipher_integrity_check, integrity_check and foreign_key_check, as plain sentences (empty when
// all is well). A database too broken to check gives one sentence saying so.
std::vector<std::string> IntegrityProblems(Database& db);

}  // namespace securebase::storage

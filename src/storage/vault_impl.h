#pragma once

#include <filesystem>

#include "core/secret.h"
#include "storage/database.h"
#include "storage/vault.h"
#include "storage/vault_header.h"

namespace securebase::storage {

// An open vault's state, shared by vault.cpp and vault_backup.cpp.
struct Vault::Impl {
    std::filesystem::path path;
    Database db;
    HeaderAreas header;
    Secret dataKey;
};

}  // namespace securebase::storage

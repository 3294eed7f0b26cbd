#include "service/about.h"

#include "core/error.h"
#include "storage/database.h"
#include "storage/vault.h"

namespace securebase::service {

std::string EngineDescription() {
    const std::string cipher = storage::SqlCipherVersion();
    auto db = storage::Database::InMemory();
    const auto sqlite = db.QueryText("SELECT sqlite_version()");
    if (!sqlite) throw Error(ErrorCode::Storage, "the storage engine does not report its version");
    return "SQLCipher " + cipher + " (SQLite " + *sqlite + ")";
}

}  // namespace securebase::service

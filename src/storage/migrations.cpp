#include "storage/migrations.h"

#include <string>

#include "core/error.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace securebase::storage {

int CurrentSchemaVersion() {
    const auto& steps = EmbeddedMigrations();
    return steps.empty() ? 0 : steps.back().version;
}

void Migrate(Database& db) {
    const auto found = db.QueryInt("PRAGMA user_version");
    if (!found) throw Error(ErrorCode::Storage, "the vault did not report its schema version");
    const int current = static_cast<int>(*found);
    const int newest = CurrentSchemaVersion();
    if (current > newest) {
        throw Error(ErrorCode::TooNew, "this vault was written by a newer SecureBase (schema " +
                                           std::to_string(current) + ", this program knows up to " +
                                           std::to_string(newest) +
                                           "); install the newer version to open it");
    }
    for (const Migration& step : EmbeddedMigrations()) {
        if (step.version <= current) continue;
        Transaction transaction(db, Transaction::Kind::Exclusive);
        try {
            db.Exec(step.sql);
        } catch (const Error& failure) {
            throw Error(ErrorCode::Storage,
                        std::string("schema step ") + step.name + " failed: " + failure.what());
        }
        // PRAGMA takes no bound parameters; the version is our own integer, not input.
        db.Exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.Commit();
    }
}

}  // namespace securebase::storage

#pragma once

#include <vector>

namespace securebase::storage {

class Database;

// One forward-only schema step from db/migrations/NNNN_what.sql.
struct Migration {
    int version;       // the vault's user_version after this step
    const char* name;  // "0001_initial"
    const char* sql;
};

// The steps compiled into this binary, in order.
const std::vector<Migration>& EmbeddedMigrations();

// The schema version this binary writes: the last embedded step.
int CurrentSchemaVersion();

// Brings db up to CurrentSchemaVersion(), each step in its own transaction with user_version set
// inside it. Refuses (ErrorCode::TooNew) a vault from a newer SecureBase without touching it.
void Migrate(Database& db);

}  // namespace securebase::storage

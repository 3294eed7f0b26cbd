#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/client.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlcipher_practice_store.h"

namespace securebase::test {

// A migrated in-memory database and a store over it: fast, and nothing shared between tests.
struct RepositoryFixture {
    RepositoryFixture() {
        db.Exec("PRAGMA foreign_keys = ON");
        storage::Migrate(db);
        store = std::make_unique<storage::SqlcipherPracticeStore>(db, AuditKey());
    }

    static std::vector<unsigned char> AuditKey() { return std::vector<unsigned char>(32, 0x5a); }

    Id AddClient(const std::string& code, const std::string& given, const std::string& family,
                 std::vector<std::string> tags = {}) {
        Client client;
        client.code = code;
        client.name = {given, family, ""};
        client.tags = std::move(tags);
        return store->Clients().Insert(client);
    }

    storage::Database db = storage::Database::InMemory();
    std::unique_ptr<storage::SqlcipherPracticeStore> store;
};

}  // namespace securebase::test

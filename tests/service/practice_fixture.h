#pragma once

#include <memory>
#include <string>

#include "service/practice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlcipher_practice_store.h"

namespace securebase::test {

// Use cases over a migrated in-memory store, with raw access to the tables for checking what was
// (and was not) written.
struct PracticeFixture {
    PracticeFixture() {
        db.Exec("PRAGMA foreign_keys = ON");
        storage::Migrate(db);
        store = std::make_unique<storage::SqlcipherPracticeStore>(
            db, std::vector<unsigned char>(32, 0x33));
        practice = std::make_unique<service::Practice>(*store);
    }

    void NamePractitioner() {
        PracticeSettings settings;
        settings.practiceName = "Fernhollow Counselling";
        settings.practitionerName = "Dr Aurelio Stanwick";
        settings.credentials = "MBACP";
        practice->SaveSettings(settings);
    }

    static Client Draft() {
        Client client;
        client.name = {"Philippa", "Quillfeather", "Pip"};
        client.contact.email = "pip@example.org";
        client.presentingConcerns = "Panic on trains";
        client.tags = {"panic"};
        return client;
    }

    std::int64_t Count(const std::string& table) {
        return *db.QueryInt("SELECT count(*) FROM " + table);
    }

    // Every byte of the audit table as text, to search for what must never be there.
    std::string AuditTableText() {
        return db
            .QueryText(
                "SELECT coalesce(group_concat(id || at || actor || action || entity || "
                "entity_id || hex(chain), '|'), '') FROM audit_log")
            .value_or("");
    }

    AuditEntry LastAudit() { return practice->AuditTrail(1).at(0); }

    storage::Database db = storage::Database::InMemory();
    std::unique_ptr<storage::SqlcipherPracticeStore> store;
    std::unique_ptr<service::Practice> practice;
};

}  // namespace securebase::test

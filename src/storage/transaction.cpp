#include "storage/transaction.h"

namespace securebase::storage {

Transaction::Transaction(Database& db, Kind kind) : m_db(db) {
    switch (kind) {
        case Kind::Deferred: m_db.Exec("BEGIN DEFERRED"); break;
        case Kind::Immediate: m_db.Exec("BEGIN IMMEDIATE"); break;
        case Kind::Exclusive: m_db.Exec("BEGIN EXCLUSIVE"); break;
    }
}

Transaction::~Transaction() {
    if (!m_open) return;
    try {
        m_db.Exec("ROLLBACK");
    } catch (...) {
        // SQLite has already rolled back when the transaction failed mid-statement; nothing to do.
    }
}

void Transaction::Commit() {
    m_db.Exec("COMMIT");
    m_open = false;
}

}  // namespace securebase::storage

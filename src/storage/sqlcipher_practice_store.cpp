#include "storage/sqlcipher_practice_store.h"

#include "storage/transaction.h"

namespace securebase::storage {
namespace {

class TransactionWork : public UnitOfWork {
public:
    explicit TransactionWork(Database& db) : m_transaction(db, Transaction::Kind::Immediate) {}
    void Commit() override { m_transaction.Commit(); }

private:
    Transaction m_transaction;
};

}  // namespace

SqlcipherPracticeStore::SqlcipherPracticeStore(Database& db, std::vector<unsigned char> auditKey)
    : m_db(db),
      m_clients(db),
      m_sessions(db),
      m_notes(db),
      m_audit(db, std::move(auditKey)),
      m_settings(db) {}

std::unique_ptr<UnitOfWork> SqlcipherPracticeStore::BeginWork() {
    return std::make_unique<TransactionWork>(m_db);
}

}  // namespace securebase::storage

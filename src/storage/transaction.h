#pragma once

#include "storage/database.h"

namespace securebase::storage {

// Begins a transaction; rolls it back on destruction unless Commit() was called. Immediate by
// default so that a writer learns of a busy vault at BEGIN, not halfway through its work.
class Transaction {
public:
    enum class Kind { Deferred, Immediate, Exclusive };
    explicit Transaction(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void Commit();

private:
    Database& m_db;
    bool m_open = true;
};

}  // namespace securebase::storage

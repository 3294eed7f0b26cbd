#pragma once

#include <string>

#include "core/error.h"
#include "storage/sqlcipher.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {

// Runs write and turns a refusal by one of the schema's triggers into Error(Refused, message):
// the rule is the vault's, the words are for the practitioner. The connection must report
// extended result codes (sqlite3_extended_result_codes) to tell a trigger from other constraints.
template <typename Write>
auto RefusedByTrigger(const std::string& message, Write&& write) {
    try {
        return write();
    } catch (const SqliteError& error) {
        if (error.SqliteCode() == SQLITE_CONSTRAINT_TRIGGER)
            throw Error(ErrorCode::Refused, message);
        throw;
    }
}

}  // namespace securebase::storage

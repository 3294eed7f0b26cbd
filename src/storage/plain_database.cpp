#include "storage/plain_database.h"

#include "core/error.h"
#include "storage/migrations.h"

namespace securebase::storage {

Database OpenPlainDatabase(const std::filesystem::path& path) {
    Database db(path, Database::Mode::ReadWriteCreate);
    // The same connection settings as a vault (see vault.cpp), so the comparison is fair.
    db.Exec(
        "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;"
        " PRAGMA cache_size = -32768;");
    if (db.QueryText("PRAGMA journal_mode = WAL") != "wal")
        throw Error(ErrorCode::Storage, "the benchmark database refused WAL journaling");
    Migrate(db);
    return db;
}

void BackupPlainDatabase(Database& db, const std::filesystem::path& out) {
    if (std::filesystem::exists(out))
        throw Error(ErrorCode::Refused, "backup target " + out.filename().string() + " exists");
    db.Prepare("VACUUM INTO ?1").Bind(1, out.string()).Run();
    Database copy(out, Database::Mode::ReadOnly);
    if (copy.QueryText("PRAGMA integrity_check") != "ok")
        throw Error(ErrorCode::Damaged, "the benchmark backup failed its integrity check");
}

}  // namespace securebase::storage

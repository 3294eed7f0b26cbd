#include "storage/plain_database.h"

#include "core/error.h"
#include "storage/durable_file.h"
#include "storage/migrations.h"

namespace securebase::storage {

namespace {

// As in vault_backup.cpp, so that the copy and its check run with the same cache on both sides.
constexpr const char* kCopyCacheKiB = "-262144";

}  // namespace

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
    const std::filesystem::path partial = out.string() + ".partial";
    db.Prepare("ATTACH DATABASE ?1 AS backup KEY ''").Bind(1, partial.string()).Run();
    db.Exec(std::string("PRAGMA backup.cache_size = ") + kCopyCacheKiB);
    db.QueryText("SELECT sqlcipher_export('backup')");
    db.Exec("PRAGMA backup.user_version = " +
            std::to_string(db.QueryInt("PRAGMA main.user_version").value_or(0)));
    db.Exec("DETACH DATABASE backup");
    {
        Database copy(partial, Database::Mode::ReadWrite);
        copy.Exec(std::string("PRAGMA cache_size = ") + kCopyCacheKiB);
        copy.QueryInt("SELECT count(*) FROM sqlite_schema");
        if (copy.QueryInt("PRAGMA freelist_count") != 0)
            throw Error(ErrorCode::Damaged, "the benchmark backup has pages outside its tables");
        auto structure = copy.Prepare("PRAGMA integrity_check");
        while (structure.Step())
            if (structure.Text(0) != "ok")
                throw Error(ErrorCode::Damaged, "the benchmark backup failed its integrity check");
        if (copy.Prepare("PRAGMA foreign_key_check").Step())
            throw Error(ErrorCode::Damaged, "the benchmark backup has dangling references");
    }
    SyncFile(partial);
    RenameNoReplace(partial, out);
    SyncDirectoryOf(out);
}

}  // namespace securebase::storage

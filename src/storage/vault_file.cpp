#include "storage/vault_file.h"

#include "core/error.h"
#include "storage/keyed_connection.h"
#include "storage/migrations.h"
#include "storage/offset_vfs.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {

UnwrappedVault UnwrapVault(const std::filesystem::path& path, const Secret& passphrase,
                           const std::string& name) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw Error(ErrorCode::Io, "there is no vault file " + name + "; check the path");
    // Read through SQLite's handle rather than our own descriptor, so that a vault this process
    // already has open keeps its locks (see ReadHeaderBytes).
    Database db = OpenVaultDatabase(path, Database::Mode::ReadWrite);
    const auto bytes = ReadHeaderBytes(db);
    if (!bytes) throw Error(ErrorCode::NotAVault, name + " is not a SecureBase vault");
    HeaderAreas header = DecodeHeader(*bytes, name);
    for (const KeySlot& slot : header.header.slots) {
        if (auto dataKey = OpenKeySlot(slot, passphrase))
            return UnwrappedVault{std::move(db), std::move(header), std::move(*dataKey)};
    }
    throw Error(ErrorCode::WrongPassphrase,
                "wrong passphrase: it does not open " + name + "; check it and try again");
}

HeaderAreas ReadOpenVaultHeader(Database& db, const std::string& name) {
    const auto bytes = ReadHeaderBytes(db);
    if (!bytes)
        throw Error(ErrorCode::Damaged, "vault is damaged: the header of " + name + " is gone");
    return DecodeHeader(*bytes, name);
}

void CheckDatabaseSize(const std::filesystem::path& path, int pageSize, const std::string& name,
                       bool pendingWal) {
    std::error_code error;
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(path, error));
    if (error)
        throw Error(ErrorCode::Io, "cannot read the size of " + name + ": " + error.message());
    const std::int64_t database = size - kDatabaseOffset;
    if (database <= 0)
        throw Error(ErrorCode::Damaged, "vault is damaged: " + name +
                                            " holds a header but no database; restore it from a "
                                            "backup");
    if (database % pageSize != 0 && !pendingWal)
        throw Error(ErrorCode::Damaged, "vault is damaged: " + name +
                                            " ends in the middle of a page (it was cut off); "
                                            "restore it from a backup");
}

bool HasPendingWal(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path.string() + "-wal", error);
    return !error && size > 0;
}

void ProbeDatabase(Database& db, const std::string& fileName) {
    std::optional<std::int64_t> version;
    try {
        db.QueryInt("SELECT count(*) FROM sqlite_schema");
        version = db.QueryInt("PRAGMA user_version");
    } catch (const SqliteError& failure) {
        throw Error(ErrorCode::Damaged, "vault is damaged: the database in " + fileName +
                                            " cannot be read (" + failure.what() +
                                            "); restore it from a backup");
    }
    if (!version)
        throw Error(ErrorCode::Damaged,
                    "vault is damaged: the database in " + fileName + " has no schema version");
    // Migrate refuses a newer schema before it writes anything, with the message users see.
    if (*version > CurrentSchemaVersion()) Migrate(db);
}

std::vector<std::string> IntegrityProblems(Database& db) {
    std::vector<std::string> problems;
    try {
        auto pages = db.Prepare("PRAGMA cipher_integrity_check");
        while (pages.Step()) problems.push_back("encrypted page check: " + pages.Text(0));

        auto structure = db.Prepare("PRAGMA integrity_check");
        while (structure.Step()) {
            const std::string line = structure.Text(0);
            if (line != "ok") problems.push_back("database structure: " + line);
        }

        auto keys = db.Prepare("PRAGMA foreign_key_check");
        while (keys.Step()) {
            problems.push_back("row " + std::to_string(keys.Int(1)) + " of table " + keys.Text(0) +
                               " refers to a missing row of table " + keys.Text(2));
        }
    } catch (const Error& failure) {
        problems.push_back(std::string("the database cannot be read to the end: ") +
                           failure.what());
    }
    return problems;
}

}  // namespace securebase::storage

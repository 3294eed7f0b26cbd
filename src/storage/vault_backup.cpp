#include "core/error.h"
#include "storage/durable_file.h"
#include "storage/keyed_connection.h"
#include "storage/vault.h"
#include "storage/vault_file.h"
#include "storage/vault_impl.h"

namespace securebase::storage {

namespace {

constexpr const char* kBackupSchema = "backup";

// While copying or checking, a decrypted page that falls out of the cache costs a decryption and
// an HMAC to read again (an unencrypted database gets it back from the OS file cache for a copy).
// integrity_check and index upkeep during the export revisit pages, so these connections, which
// live only for the copy or the check, get room for a practice's whole vault; SQLite takes the
// memory only as pages are read and frees it when the connection closes.
constexpr const char* kCopyCacheKiB = "-262144";

// What a backup is checked for: one just exported (every page written by this program a moment
// ago), or one from outside that is about to replace the vault.
enum class CopyOrigin { FreshExport, Outside };

std::vector<std::string> FreshExportProblems(Database& db) {
    // sqlcipher_export fills an empty database and frees nothing, so each page of the copy
    // belongs to a b-tree; integrity_check reads each b-tree page through the codec, which
    // authenticates it. With no free pages that is every page, and cipher_integrity_check would
    // only read the whole file a second time.
    std::vector<std::string> problems;
    try {
        const auto free = db.QueryInt("PRAGMA freelist_count");
        if (!free || *free != 0) problems.push_back("the copy has pages outside its tables");
        auto structure = db.Prepare("PRAGMA integrity_check");
        while (structure.Step())
            if (structure.Text(0) != "ok")
                problems.push_back("database structure: " + structure.Text(0));
        if (db.Prepare("PRAGMA foreign_key_check").Step())
            problems.push_back("a row refers to a missing row of another table");
    } catch (const Error& failure) {
        problems.push_back(std::string("the copy cannot be read to the end: ") + failure.what());
    }
    return problems;
}

// Opens a copy with its data key and checks every page; throws Damaged naming the first problem.
void VerifyCopy(const std::filesystem::path& copy, const Secret& dataKey,
                const CipherSettings& cipher, const std::string& name, CopyOrigin origin) {
    CheckDatabaseSize(copy, cipher.pageSize, name, HasPendingWal(copy));
    Database db = OpenVaultDatabase(copy, Database::Mode::ReadWrite);
    KeyVaultDatabase(db, dataKey, cipher);
    ProbeDatabase(db, name);
    db.Exec(std::string("PRAGMA cache_size = ") + kCopyCacheKiB);
    const auto problems =
        origin == CopyOrigin::FreshExport ? FreshExportProblems(db) : IntegrityProblems(db);
    if (!problems.empty())
        throw Error(ErrorCode::Damaged, name + " does not verify: " + problems.front());
}

// Detaches on scope exit so that a failed export leaves the live connection as it was.
class Attachment {
public:
    Attachment(Database& db, const std::filesystem::path& path, const Secret& dataKey,
               const CipherSettings& cipher)
        : m_db(db) {
        AttachVaultDatabase(db, path, kBackupSchema, dataKey, cipher);
        db.Exec(std::string("PRAGMA ") + kBackupSchema + ".cache_size = " + kCopyCacheKiB);
    }
    ~Attachment() {
        try {
            Detach();
        } catch (...) {
            // Already failing; the connection closes the attachment with itself.
        }
    }
    Attachment(const Attachment&) = delete;
    Attachment& operator=(const Attachment&) = delete;

    void Detach() {
        if (!m_attached) return;
        m_attached = false;
        m_db.Exec(std::string("DETACH DATABASE ") + kBackupSchema);
    }

private:
    Database& m_db;
    bool m_attached = true;
};

// Replaces vaultPath with incoming, keeping the old vault as `previous` until the new one is in
// place. The old -wal and -shm must not stay beside the new file: SQLite would replay the old log
// onto it.
void PutInPlace(const std::filesystem::path& incoming, const std::filesystem::path& vaultPath,
                const std::filesystem::path& previous) {
    const std::string wal = "-wal";
    std::error_code error;
    const bool hadVault = std::filesystem::exists(vaultPath, error);
    try {
        if (hadVault) {
            std::filesystem::rename(vaultPath, previous);
            if (std::filesystem::exists(vaultPath.string() + wal, error))
                std::filesystem::rename(vaultPath.string() + wal, previous.string() + wal);
            std::filesystem::remove(vaultPath.string() + "-shm", error);
        }
        RenameNoReplace(incoming, vaultPath);
        SyncDirectoryOf(vaultPath);
    } catch (const std::exception& failure) {
        RemoveWithCompanions(incoming);
        if (hadVault && !std::filesystem::exists(vaultPath, error)) {
            std::filesystem::rename(previous, vaultPath, error);
            std::filesystem::rename(previous.string() + wal, vaultPath.string() + wal, error);
        }
        throw Error(ErrorCode::Io, std::string("cannot put the restored vault in place (") +
                                       failure.what() + "); the vault was left as it was");
    }
    RemoveWithCompanions(previous);
}

}  // namespace

void Vault::BackupTo(const std::filesystem::path& out) {
    std::error_code error;
    if (std::filesystem::exists(out, error))
        throw Error(ErrorCode::Invalid,
                    out.filename().string() + " already exists; choose a new name for the backup");
    Database& db = m_impl->db;
    const CipherSettings& cipher = m_impl->header.header.cipher;
    const auto partial = SiblingTempPath(out, "partial");
    try {
        // The header goes first (the offset VFS puts the attached database behind it), with the
        // slot as it is on disk now: the backup opens with whatever opens the vault today.
        WriteHeaderFile(partial, ReadOpenVaultHeader(db, m_impl->path.filename().string()).header);
        {
            Attachment backup(db, partial, m_impl->dataKey, cipher);
            db.QueryText(std::string("SELECT sqlcipher_export('") + kBackupSchema + "')");
            // sqlcipher_export copies tables, not the header fields: carry the schema version.
            const auto version = db.QueryInt("PRAGMA main.user_version");
            db.Exec(std::string("PRAGMA ") + kBackupSchema +
                    ".user_version = " + std::to_string(version.value_or(0)));
            backup.Detach();
        }
        VerifyCopy(partial, m_impl->dataKey, cipher, "the new backup " + out.filename().string(),
                   CopyOrigin::FreshExport);
        SyncFile(partial);
        RenameNoReplace(partial, out);
        SyncDirectoryOf(out);
    } catch (...) {
        RemoveWithCompanions(partial);
        throw;
    }
}

void Vault::Restore(const std::filesystem::path& backup, const Secret& passphrase,
                    const std::filesystem::path& vaultPath) {
    const std::string name = "the backup " + backup.filename().string();
    std::error_code error;
    if (!std::filesystem::is_regular_file(backup, error))
        throw Error(ErrorCode::Io, "there is no file for " + name + "; check the path");
    const auto previous = std::filesystem::path(vaultPath.string() + ".before-restore");
    if (std::filesystem::exists(previous, error))
        throw Error(ErrorCode::Refused, "an earlier restore left " + previous.filename().string() +
                                            " behind; move it elsewhere, then restore again");

    // Verify the very bytes that will be put in place: a copy beside the vault.
    const auto incoming = SiblingTempPath(vaultPath, "restoring");
    try {
        CopyFileDurably(backup, incoming);
        Secret dataKey;
        CipherSettings cipher;
        {
            UnwrappedVault found = UnwrapVault(incoming, passphrase, name);
            dataKey = std::move(found.dataKey);
            cipher = found.header.header.cipher;
        }
        VerifyCopy(incoming, dataKey, cipher, name, CopyOrigin::Outside);
    } catch (const Error& failure) {
        RemoveWithCompanions(incoming);
        if (failure.Code() == ErrorCode::Damaged)
            throw Error(ErrorCode::Damaged,
                        std::string(failure.what()) + "; the vault was left as it was");
        throw;
    } catch (...) {
        RemoveWithCompanions(incoming);
        throw;
    }
    PutInPlace(incoming, vaultPath, previous);
}

}  // namespace securebase::storage

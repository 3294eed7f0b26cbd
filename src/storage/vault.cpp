#include "storage/vault.h"

#include "core/error.h"
#include "storage/crypto.h"
#include "storage/durable_file.h"
#include "storage/keyed_connection.h"
#include "storage/migrations.h"
#include "storage/offset_vfs.h"
#include "storage/sqlcipher.h"
#include "storage/transaction.h"
#include "storage/vault_file.h"
#include "storage/vault_impl.h"

namespace securebase::storage {

namespace {

constexpr double kUnlockSeconds = 0.3;

void ExpectAnswer(Database& db, const std::string& pragma, const std::string& expected) {
    const auto answer = db.QueryText("PRAGMA " + pragma);
    if (!answer || *answer != expected)
        throw Error(ErrorCode::Storage, "SQLCipher did not confirm PRAGMA " + pragma + " (" +
                                            (answer ? "answered " + *answer : "no answer") + ")");
}

void SetConnectionPragmas(Database& db) {
    db.Exec("PRAGMA foreign_keys = ON");
    ExpectAnswer(db, "foreign_keys", "1");
    db.Exec("PRAGMA secure_delete = ON");
    ExpectAnswer(db, "secure_delete", "1");
    // Transient tables and indices are not encrypted by SQLCipher: keep them out of files.
    db.Exec("PRAGMA temp_store = MEMORY");
    ExpectAnswer(db, "temp_store", "2");
    // Every page read from disk is decrypted and authenticated: a 32 MiB cache keeps a practice's
    // working set decrypted in memory (plain_database.cpp uses the same, so the benchmark is fair).
    db.Exec("PRAGMA cache_size = -32768");
    ExpectAnswer(db, "journal_mode = WAL", "wal");
}

void SetCheckpointOnClose(Database& db, bool enabled) {
    sqlite3_db_config(db.Handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

// Checks a keyed vault database, then makes it ready for use. Nothing is written until every
// check has passed; `creating` allows the one state a check would refuse: no database yet.
Database Unlock(const std::filesystem::path& path, Database db, const HeaderAreas& header,
                const Secret& dataKey, bool creating) {
    const std::string name = path.filename().string();
    // After a crash the -wal holds committed work; a failed check must not fold it into the file
    // on close, or the file would change.
    const bool pendingWal = HasPendingWal(path);
    if (!creating) CheckDatabaseSize(path, header.header.cipher.pageSize, name, pendingWal);
    if (pendingWal) SetCheckpointOnClose(db, false);
    KeyVaultDatabase(db, dataKey, header.header.cipher);
    ProbeDatabase(db, name);
    SetConnectionPragmas(db);
    Migrate(db);
    if (pendingWal) SetCheckpointOnClose(db, true);
    return db;
}

}  // namespace

std::unique_ptr<Vault> Vault::Create(const std::filesystem::path& path, const Secret& passphrase,
                                     const VaultCreateOptions& options) {
    std::error_code error;
    if (std::filesystem::exists(path, error))
        throw Error(ErrorCode::Invalid,
                    path.filename().string() + " already exists; open it, or choose another name");
    if (passphrase.Empty()) throw Error(ErrorCode::Invalid, "the passphrase must not be empty");
    const int iterations = options.kdfIterations > 0
                               ? options.kdfIterations
                               : TuneKdfIterations(kUnlockSeconds, kMinimumKdfIterations);
    Secret dataKey = RandomKey(kDataKeySize);
    HeaderAreas header;
    header.header.slots.push_back(SealKeySlot(dataKey, passphrase, iterations));
    header.sequences = {1, 2};

    // Built under a temporary name and renamed into place, so that a crash never leaves a
    // half-made vault under the real name.
    const auto building = SiblingTempPath(path, "creating");
    try {
        WriteHeaderFile(building, header.header);
        Unlock(building, OpenVaultDatabase(building, Database::Mode::ReadWrite), header, dataKey,
               true);
        RenameNoReplace(building, path);
        SyncDirectoryOf(path);
    } catch (...) {
        RemoveWithCompanions(building);
        throw;
    }
    Database db =
        Unlock(path, OpenVaultDatabase(path, Database::Mode::ReadWrite), header, dataKey, false);
    return std::unique_ptr<Vault>(new Vault(
        std::make_unique<Impl>(Impl{path, std::move(db), std::move(header), std::move(dataKey)})));
}

std::unique_ptr<Vault> Vault::Open(const std::filesystem::path& path, const Secret& passphrase) {
    UnwrappedVault found = UnwrapVault(path, passphrase, path.filename().string());
    Database db = Unlock(path, std::move(found.db), found.header, found.dataKey, false);
    return std::unique_ptr<Vault>(new Vault(std::make_unique<Impl>(
        Impl{path, std::move(db), std::move(found.header), std::move(found.dataKey)})));
}

Vault::Vault(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Vault::~Vault() = default;

Database& Vault::Db() { return m_impl->db; }
const std::filesystem::path& Vault::Path() const { return m_impl->path; }

void Vault::ChangePassphrase(const Secret& newPassphrase) { ChangePassphrase(newPassphrase, {}); }

void Vault::ChangePassphrase(const Secret& newPassphrase,
                             const std::function<void()>& afterFirstArea) {
    if (newPassphrase.Empty()) throw Error(ErrorCode::Invalid, "the passphrase must not be empty");
    Database& db = m_impl->db;
    // No other connection may write while the slot changes hands.
    Transaction exclusive(db, Transaction::Kind::Exclusive);
    const HeaderAreas onDisk = ReadOpenVaultHeader(db, m_impl->path.filename().string());

    VaultHeader changed = onDisk.header;
    changed.slots = {SealKeySlot(m_impl->dataKey, newPassphrase, KdfIterations())};
    // The area with the lower sequence goes first, with a higher sequence than either: until the
    // second write lands, the untouched area still holds a valid (old) slot.
    const std::uint64_t sequence = onDisk.NewestSequence() + 1;
    const int first = onDisk.OlderArea();
    WriteHeaderBytes(db, static_cast<std::int64_t>(kHeaderAreaOffsets[first]),
                     EncodeHeaderArea(sequence, changed));
    if (afterFirstArea) afterFirstArea();
    WriteHeaderBytes(db, static_cast<std::int64_t>(kHeaderAreaOffsets[1 - first]),
                     EncodeHeaderArea(sequence + 1, changed));
    exclusive.Commit();

    m_impl->header.header = std::move(changed);
    m_impl->header.sequences[first] = sequence;
    m_impl->header.sequences[1 - first] = sequence + 1;
}

VaultVerdict Vault::Verify() {
    VaultVerdict verdict;
    verdict.problems = IntegrityProblems(m_impl->db);
    verdict.ok = verdict.problems.empty();
    return verdict;
}

std::vector<unsigned char> Vault::DeriveSubkey(std::string_view purpose) const {
    if (purpose.empty()) throw Error(ErrorCode::Invalid, "a subkey needs a purpose");
    return HkdfSha256(m_impl->dataKey, purpose, 32);
}

int Vault::KdfIterations() const { return m_impl->header.header.slots.front().iterations; }

bool Vault::ConfirmPassphrase(const Secret& passphrase) const {
    return PassphraseCheck()(passphrase);
}

std::function<bool(const Secret&)> Vault::PassphraseCheck() const {
    return [slots = m_impl->header.header.slots](const Secret& passphrase) {
        for (const KeySlot& slot : slots)
            if (OpenKeySlot(slot, passphrase)) return true;
        return false;
    };
}

std::string SqlCipherVersion() {
    Database db = Database::InMemory();
    const Secret literal = RawKeyLiteral(RandomKey(kDataKeySize));
    sqlite3_key(db.Handle(), literal.View().data(), static_cast<int>(literal.Size()));
    const auto version = db.QueryText("PRAGMA cipher_version");
    if (!version || version->empty())
        throw Error(ErrorCode::Storage,
                    "the linked SQLite is not SQLCipher (PRAGMA cipher_version answers nothing); "
                    "reinstall SecureBase with SQLCipher 4.6");
    return *version;
}

bool LooksLikeVault(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return false;
    try {
        Database db = OpenVaultDatabase(path, Database::Mode::ReadOnly);
        const auto bytes = ReadHeaderBytes(db);
        return bytes && bytes->starts_with(kVaultMagic);
    } catch (const Error&) {
        return false;
    }
}

}  // namespace securebase::storage

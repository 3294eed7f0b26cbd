#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/secret.h"
#include "storage/database.h"

namespace securebase::storage {

struct VaultCreateOptions {
    // PBKDF2-HMAC-SHA512 iterations for the passphrase slot. 0 = tune on this machine so that
    // unlocking takes about 0.3 s (never below kMinimumKdfIterations). Tests pass a small number.
    int kdfIterations = 0;
};

inline constexpr int kMinimumKdfIterations = 100000;
inline constexpr int kTestKdfIterations = 1000;  // for test fixtures only: fast and insecure

struct VaultVerdict {
    bool ok = true;
    std::vector<std::string> problems;  // plain sentences, empty when ok
};

// An unlocked SecureBase vault: one file holding a plaintext header with the key slots, followed
// by a SQLCipher database keyed with a random 256-bit data key (see db/README.md). Opening never
// writes to a vault that fails a check; the destructor closes it.
class Vault {
public:
    // Creates a new vault; refuses (ErrorCode::Invalid) when the file already exists.
    static std::unique_ptr<Vault> Create(const std::filesystem::path& path,
                                         const Secret& passphrase,
                                         const VaultCreateOptions& options = {});
    // Throws Error with WrongPassphrase, NotAVault, Damaged or TooNew; the file is then unchanged.
    static std::unique_ptr<Vault> Open(const std::filesystem::path& path, const Secret& passphrase);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    Database& Db();
    const std::filesystem::path& Path() const;

    // Rewrites the key slot only; crash-safe: at every instant the old or the new passphrase opens
    // the vault, and after it returns only the new one does.
    void ChangePassphrase(const Secret& newPassphrase);
    // The same, calling afterFirstArea once the first header area is on disk and before the
    // second is written: the instant a crash test copies the file at.
    void ChangePassphrase(const Secret& newPassphrase, const std::function<void()>& afterFirstArea);

    // Writes an encrypted, self-contained copy (with the current key slot) and verifies it by
    // opening it. Never writes a plaintext byte. Refuses to overwrite an existing file.
    void BackupTo(const std::filesystem::path& out);

    // Verifies `backup` with `passphrase`, then replaces the vault at `vaultPath` with it,
    // keeping the previous file until the new one is in place. The vault must not be open.
    static void Restore(const std::filesystem::path& backup, const Secret& passphrase,
                        const std::filesystem::path& vaultPath);

    // cipher_integrity_check (every page's HMAC), integrity_check and foreign_key_check.
    VaultVerdict Verify();

    // A key derived from the data key, for keyed hashes (the audit chain). Never stored.
    std::vector<unsigned char> DeriveSubkey(std::string_view purpose) const;

    // Key-derivation parameters of the current slot, for `verify` and the benchmark.
    int KdfIterations() const;

    // Whether `passphrase` opens one of this vault's key slots, as held in memory: changes
    // nothing, and reads no file, so a worker thread may run it (about one unlock's key
    // derivation).
    bool ConfirmPassphrase(const Secret& passphrase) const;
    // The same check holding its own copy of the key slots, so it stays safe to run after the
    // vault is locked and destroyed (an idle lock while a worker is still checking).
    std::function<bool(const Secret&)> PassphraseCheck() const;

private:
    struct Impl;
    explicit Vault(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// "4.6.1 community", asked of the linked SQLCipher through PRAGMA cipher_version on a keyed
// in-memory database. Throws when it answers nothing, which means plain SQLite won the link.
std::string SqlCipherVersion();

// The first 4096 bytes say whether a file is a SecureBase vault at all (without a passphrase).
bool LooksLikeVault(const std::filesystem::path& path);

}  // namespace securebase::storage

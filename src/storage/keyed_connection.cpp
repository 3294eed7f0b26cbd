#include "storage/keyed_connection.h"

#include "core/error.h"
#include "storage/crypto.h"
#include "storage/offset_vfs.h"
#include "storage/sqlcipher.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {

namespace {

void SetAndCheck(Database& db, const std::string& schema, const std::string& pragma,
                 const std::string& value) {
    // The values come from a validated header (a fixed set of names and numbers), never from
    // free text, so composing them into the statement is safe.
    db.Exec("PRAGMA " + schema + "." + pragma + " = " + value);
    const auto answer = db.QueryText("PRAGMA " + schema + "." + pragma);
    if (!answer || *answer != value)
        throw Error(ErrorCode::Damaged,
                    "vault is damaged: SQLCipher does not accept its cipher setting " + pragma +
                        " = " + value + (answer ? " (answered " + *answer + ")" : " (no answer)"));
}

void ApplyCipherSettings(Database& db, const CipherSettings& cipher, const std::string& schema) {
    // Compatibility first: it resets the other settings to that major version's defaults.
    db.Exec("PRAGMA " + schema + ".cipher_compatibility = " + std::to_string(cipher.compatibility));
    SetAndCheck(db, schema, "cipher_page_size", std::to_string(cipher.pageSize));
    SetAndCheck(db, schema, "cipher_hmac_algorithm", cipher.hmacAlgorithm);
    SetAndCheck(db, schema, "cipher_kdf_algorithm", cipher.kdfAlgorithm);
}

}  // namespace

Database OpenVaultDatabase(const std::filesystem::path& path, Database::Mode mode) {
    Database db(path, mode, OffsetVfsName());
    // SQLCipher logs a failed page check to stderr; the Error we throw already says it in words,
    // and raw codec lines in a terminal or GUI log would only alarm.
    db.Exec("PRAGMA cipher_log_level = NONE");
    return db;
}

Secret RawKeyLiteral(const Secret& dataKey) {
    const Secret hex = ToHex(dataKey);
    std::string literal;
    literal.reserve(hex.Size() + 3);
    literal.append("x'").append(hex.View()).append("'");
    return Secret(std::move(literal));
}

void KeyVaultDatabase(Database& db, const Secret& dataKey, const CipherSettings& cipher,
                      const std::string& schema) {
    const Secret literal = RawKeyLiteral(dataKey);
    const int rc = sqlite3_key_v2(db.Handle(), schema.c_str(), literal.View().data(),
                                  static_cast<int>(literal.Size()));
    if (rc != SQLITE_OK) ThrowSqlite(db.Handle(), rc, "cannot key the vault database");
    ApplyCipherSettings(db, cipher, schema);
}

void AttachVaultDatabase(Database& db, const std::filesystem::path& path, const std::string& schema,
                         const Secret& dataKey, const CipherSettings& cipher) {
    const Secret literal = RawKeyLiteral(dataKey);
    db.Prepare("ATTACH DATABASE ?1 AS " + schema + " KEY ?2")
        .Bind(1, path.string())
        .Bind(2, literal.View())
        .Run();
    ApplyCipherSettings(db, cipher, schema);
}

}  // namespace securebase::storage

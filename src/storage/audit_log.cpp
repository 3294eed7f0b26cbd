#include "storage/audit_log.h"

#include <algorithm>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr size_t kLinkSize = 32;  // SHA-256

// Length-prefixed, so no two different rows serialise to the same bytes.
void AppendField(std::string& out, std::string_view value) {
    const auto size = static_cast<std::uint32_t>(value.size());
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((size >> shift) & 0xff);
    out += value;
}

std::string HeadMessage(Id lastId, const std::vector<unsigned char>& lastLink) {
    std::string out = "securebase-audit-head-v1";
    AppendField(out, std::to_string(lastId));
    out.append(lastLink.begin(), lastLink.end());
    return out;
}

std::string Canonical(const AuditEntry& entry) {
    std::string out = "securebase-audit-v1";
    AppendField(out, std::to_string(entry.id));
    AppendField(out, FormatTimestamp(entry.at));
    AppendField(out, entry.actor);
    AppendField(out, ToString(entry.action));
    AppendField(out, entry.entity);
    AppendField(out, std::to_string(entry.entityId));
    return out;
}

// Columns: id, at, actor, action, entity, entity_id.
AuditEntry ReadEntry(const Statement& row) {
    AuditEntry entry;
    entry.id = row.Int(0);
    entry.at = TimestampFromText(row.Text(1), "audit_log.at");
    entry.actor = row.Text(2);
    auto action = ParseAuditAction(row.Text(3));
    if (!action) throw Error(ErrorCode::Damaged, "the audit log holds an unknown action");
    entry.action = *action;
    entry.entity = row.Text(4);
    entry.entityId = row.Int(5);
    return entry;
}

}  // namespace

ChainedAuditLog::ChainedAuditLog(Database& db, std::vector<unsigned char> key)
    : m_db(db), m_key(std::move(key)) {
    if (m_key.size() < 16) throw Error(ErrorCode::Storage, "the audit chain key is too short");
}

ChainedAuditLog::~ChainedAuditLog() { OPENSSL_cleanse(m_key.data(), m_key.size()); }

std::vector<unsigned char> ChainedAuditLog::Link(const std::vector<unsigned char>& previous,
                                                 const AuditEntry& entry) const {
    std::string message(previous.begin(), previous.end());
    message += Canonical(entry);
    return Mac(message);
}

std::vector<unsigned char> ChainedAuditLog::Mac(std::string_view message) const {
    std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), m_key.data(), static_cast<int>(m_key.size()),
              reinterpret_cast<const unsigned char*>(message.data()), message.size(), out.data(),
              &size))
        throw Error(ErrorCode::Storage, "cannot compute the audit chain hash");
    out.resize(size);
    return out;
}

void ChainedAuditLog::Append(const AuditEntry& entry) {
    AuditEntry row = entry;
    if (row.at == Timestamp{}) row.at = Now();
    std::vector<unsigned char> previous(kLinkSize, 0);
    {
        CachedStatement last(m_db, "SELECT id, chain FROM audit_log ORDER BY id DESC LIMIT 1");
        row.id = 1;
        if (last->Step()) {
            row.id = last->Int(0) + 1;
            previous = last->Blob(1);
        }
    }
    const auto link = Link(previous, row);
    CachedStatement(m_db,
                    "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, chain) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        ->Bind(1, row.id)
        .Bind(2, FormatTimestamp(row.at))
        .Bind(3, row.actor)
        .Bind(4, ToString(row.action))
        .Bind(5, row.entity)
        .Bind(6, row.entityId)
        .BindBlob(7, link.data(), link.size())
        .Run();
    const auto seal = Mac(HeadMessage(row.id, link));
    CachedStatement(m_db,
                    "INSERT INTO audit_head (singleton, last_id, seal) VALUES (1, ?1, ?2) "
                    "ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, "
                    "seal = excluded.seal")
        ->Bind(1, row.id)
        .BindBlob(2, seal.data(), seal.size())
        .Run();
}

std::vector<AuditEntry> ChainedAuditLog::Recent(size_t limit, size_t offset) const {
    CachedStatement select(m_db,
                           "SELECT id, at, actor, action, entity, entity_id FROM audit_log "
                           "ORDER BY id DESC LIMIT ?1 OFFSET ?2");
    select->Bind(1, static_cast<std::int64_t>(limit)).Bind(2, static_cast<std::int64_t>(offset));
    std::vector<AuditEntry> entries;
    while (select->Step()) entries.push_back(ReadEntry(*select));
    return entries;
}

AuditVerification ChainedAuditLog::Verify() const {
    AuditVerification verdict;
    // A one-off statement: a full scan is rare, and caching it would pin its memory for nothing.
    Statement select = m_db.Prepare(
        "SELECT id, at, actor, action, entity, entity_id, chain FROM audit_log ORDER BY id");
    std::vector<unsigned char> previous(kLinkSize, 0);
    Id lastId = kNoId;
    while (select.Step()) {
        ++verdict.rowsChecked;
        const Id id = select.Int(0);
        std::vector<unsigned char> expected;
        try {
            expected = Link(previous, ReadEntry(select));
        } catch (const Error&) {
            expected.clear();  // an unreadable row cannot match
        }
        auto stored = select.Blob(6);
        if (expected.empty() || stored.size() != expected.size() ||
            CRYPTO_memcmp(stored.data(), expected.data(), stored.size()) != 0) {
            verdict.intact = false;
            verdict.firstBadRow = id;
            verdict.problem = "audit log row " + std::to_string(id) +
                              " does not match the chain: a row was removed, altered or inserted "
                              "at or just before it";
            return verdict;
        }
        previous = std::move(stored);
        lastId = id;
    }
    if (const auto badRow = HeadMismatch(lastId, previous)) {
        verdict.intact = false;
        verdict.firstBadRow = *badRow;
        verdict.problem = "the audit log's seal does not match its last row " +
                          std::to_string(lastId) + ": rows were removed from the end";
    }
    return verdict;
}

std::optional<Id> ChainedAuditLog::HeadMismatch(Id lastId,
                                                const std::vector<unsigned char>& lastLink) const {
    CachedStatement head(m_db, "SELECT last_id, seal FROM audit_head WHERE singleton = 1");
    if (!head->Step()) return lastId == kNoId ? std::nullopt : std::optional<Id>(1);
    const Id sealedId = head->Int(0);
    if (sealedId != lastId) return std::min(sealedId, lastId) + 1;
    const auto expected = Mac(HeadMessage(lastId, lastLink));
    const auto seal = head->Blob(1);
    if (seal.size() != expected.size() ||
        CRYPTO_memcmp(seal.data(), expected.data(), seal.size()) != 0)
        return lastId;
    return std::nullopt;
}

}  // namespace securebase::storage

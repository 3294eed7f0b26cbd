#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// The append-only audit trail. Triggers refuse UPDATE and DELETE; each row also carries
// HMAC-SHA256(key, previous row's chain || this row's canonical bytes), so someone who bypasses
// the triggers cannot remove, alter or insert a row without Verify() noticing; a keyed seal over
// the newest row catches rows cut off the end. The key comes
// from the vault (never stored), so the chain cannot be recomputed without unlocking it.
class ChainedAuditLog : public AuditLog {
public:
    ChainedAuditLog(Database& db, std::vector<unsigned char> key);
    ~ChainedAuditLog() override;

    void Append(const AuditEntry& entry) override;
    std::vector<AuditEntry> Recent(size_t limit, size_t offset) const override;
    AuditVerification Verify() const override;

private:
    std::vector<unsigned char> Link(const std::vector<unsigned char>& previous,
                                    const AuditEntry& entry) const;
    std::vector<unsigned char> Mac(std::string_view message) const;
    // The first row the sealed head disagrees about, or nullopt when it seals lastId/lastLink.
    std::optional<Id> HeadMismatch(Id lastId, const std::vector<unsigned char>& lastLink) const;

    Database& m_db;
    std::vector<unsigned char> m_key;
};

}  // namespace securebase::storage

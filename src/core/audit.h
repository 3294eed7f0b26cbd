#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date_time.h"
#include "core/ids.h"

namespace securebase {

// What the practitioner did, never to what words: the audit trail holds ids and verbs only.
enum class AuditAction { Create, Read, Update, Sign, Export, Delete, Unlock, Lock, Backup, Restore, Rekey };

struct AuditEntry {
    Id id = kNoId;
    Timestamp at{};
    std::string actor;   // the practitioner (from practice settings) or "system"
    AuditAction action = AuditAction::Read;
    std::string entity;  // "client", "session", "note", "vault", ...
    Id entityId = kNoId;
};

const char* ToString(AuditAction action);
std::optional<AuditAction> ParseAuditAction(std::string_view text);

}  // namespace securebase

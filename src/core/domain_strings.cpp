// Stable spellings of the domain enumerations: these strings are stored in the vault and printed
// by the CLI, so they never change once shipped.
#include <array>
#include <utility>

#include "core/audit.h"
#include "core/client.h"
#include "core/practice_settings.h"
#include "core/session.h"
#include "core/text.h"

namespace securebase {
namespace {

template <typename Enum, size_t N>
const char* Lookup(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return "unknown";
}

template <typename Enum, size_t N>
std::optional<Enum> Parse(const std::array<std::pair<Enum, const char*>, N>& table,
                          std::string_view text) {
    const std::string lower = ToLower(text);
    for (const auto& [e, name] : table)
        if (lower == name) return e;
    return std::nullopt;
}

constexpr std::array<std::pair<ClientStatus, const char*>, 3> kStatus{{
    {ClientStatus::Waitlist, "waitlist"},
    {ClientStatus::Active, "active"},
    {ClientStatus::Discharged, "discharged"},
}};
constexpr std::array<std::pair<SessionKind, const char*>, 4> kKind{{
    {SessionKind::Individual, "individual"},
    {SessionKind::Couple, "couple"},
    {SessionKind::Family, "family"},
    {SessionKind::Group, "group"},
}};
constexpr std::array<std::pair<Attendance, const char*>, 3> kAttendance{{
    {Attendance::Attended, "attended"},
    {Attendance::Cancelled, "cancelled"},
    {Attendance::NoShow, "no-show"},
}};
constexpr std::array<std::pair<AuditAction, const char*>, 11> kAudit{{
    {AuditAction::Create, "create"},
    {AuditAction::Read, "read"},
    {AuditAction::Update, "update"},
    {AuditAction::Sign, "sign"},
    {AuditAction::Export, "export"},
    {AuditAction::Delete, "delete"},
    {AuditAction::Unlock, "unlock"},
    {AuditAction::Lock, "lock"},
    {AuditAction::Backup, "backup"},
    {AuditAction::Restore, "restore"},
    {AuditAction::Rekey, "rekey"},
}};

}  // namespace

const char* ToString(ClientStatus status) { return Lookup(kStatus, status); }
std::optional<ClientStatus> ParseClientStatus(std::string_view text) { return Parse(kStatus, text); }
const char* ToString(SessionKind kind) { return Lookup(kKind, kind); }
std::optional<SessionKind> ParseSessionKind(std::string_view text) { return Parse(kKind, text); }
const char* ToString(Attendance attendance) { return Lookup(kAttendance, attendance); }
std::optional<Attendance> ParseAttendance(std::string_view text) { return Parse(kAttendance, text); }
const char* ToString(AuditAction action) { return Lookup(kAudit, action); }
std::optional<AuditAction> ParseAuditAction(std::string_view text) { return Parse(kAudit, text); }

std::string PersonName::Display() const {
    const std::string& first = preferred.empty() ? given : preferred;
    if (family.empty()) return first;
    if (first.empty()) return family;
    return first + " " + family;
}

const std::string* ProgressNote::Field(std::string_view key) const {
    for (const auto& field : fields)
        if (field.key == key) return &field.text;
    return nullptr;
}

std::string PracticeSettings::SignatureLine() const {
    if (credentials.empty()) return practitionerName;
    return practitionerName + ", " + credentials;
}

}  // namespace securebase

#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "core/ids.h"
#include "core/note_format.h"

namespace securebase {

enum class SessionKind { Individual, Couple, Family, Group };
enum class Attendance { Attended, Cancelled, NoShow };

struct Session {
    Id id = kNoId;
    Id clientId = kNoId;
    LocalDateTime start{};
    std::chrono::minutes duration{50};
    SessionKind kind = SessionKind::Individual;
    Attendance attendance = Attendance::Attended;
};

struct Signature {
    std::string signedBy;  // practitioner name and credentials at the time of signing
    Timestamp signedAt{};
};

// A dated correction or addition to a signed note. It is signed when written and never changes.
struct Addendum {
    Id id = kNoId;
    std::string text;
    Signature signature;
};

// The clinical record of a session. Its fields follow its format (SOAP, DAP, BIRP, free); once
// signed it is frozen by the storage layer and only addenda can follow.
struct ProgressNote {
    Id id = kNoId;
    Id sessionId = kNoId;
    NoteFormat format = NoteFormat::Soap;
    std::vector<NoteField> fields;  // in the format's order
    std::optional<Signature> signature;
    std::vector<Addendum> addenda;

    bool IsSigned() const { return signature.has_value(); }
    const std::string* Field(std::string_view key) const;
};

// Psychotherapy process notes: the practitioner's private working notes, stored apart from the
// progress note so that exports and reports can leave them out.
struct ProcessNote {
    Id id = kNoId;
    Id sessionId = kNoId;
    std::string text;
};

const char* ToString(SessionKind kind);
const char* ToString(Attendance attendance);
std::optional<SessionKind> ParseSessionKind(std::string_view text);
std::optional<Attendance> ParseAttendance(std::string_view text);

}  // namespace securebase

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/session.h"

namespace securebase::present {

struct SessionRow {
    Id id = kNoId;
    std::string when;        // "2026-11-25 14:30"
    std::string kind;        // "Individual"
    std::string attendance;  // "Attended"
    std::string duration;    // "50 min"
};

// What the user typed for a new session.
struct SessionDraft {
    std::string start;  // "2026-11-25 14:30"
    int minutes = 50;
    SessionKind kind = SessionKind::Individual;
    Attendance attendance = Attendance::Attended;
};

// The session list of the "Sessions & notes" tab, with the fields to add one.
class SessionsView {
public:
    virtual ~SessionsView() = default;
    virtual void ShowSessions(const std::vector<SessionRow>& rows) = 0;
    virtual void SelectSession(std::optional<size_t> row) = 0;
    virtual void ShowDraft(const SessionDraft& draft) = 0;
    virtual SessionDraft ReadDraft() const = 0;
    virtual void ShowMessage(const std::string& message) = 0;
    virtual void EnableAdding(bool enabled) = 0;
};

}  // namespace securebase::present

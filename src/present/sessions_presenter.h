#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/session.h"
#include "present/sessions_view.h"
#include "service/practice.h"

namespace securebase::present {

// The sessions of the client whose chart is open; choosing one opens its note.
class SessionsPresenter {
public:
    using Chosen = std::function<void(std::optional<Id> sessionId)>;

    SessionsPresenter(SessionsView& view, service::Practice& practice, Chosen chosen);

    void ShowClient(Id clientId);
    void Clear();
    void OnAddSession();
    void OnSessionSelected(std::optional<size_t> row);

    const std::vector<Session>& Sessions() const { return m_sessions; }

private:
    void Refresh(std::optional<Id> select);

    SessionsView& m_view;
    service::Practice& m_practice;
    Chosen m_chosen;
    Id m_clientId = kNoId;
    std::vector<Session> m_sessions;
};

std::string KindLabel(SessionKind kind);
std::string AttendanceLabel(Attendance attendance);

}  // namespace securebase::present

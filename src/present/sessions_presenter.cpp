#include "present/sessions_presenter.h"

#include <algorithm>

#include "core/date_time.h"
#include "core/error.h"
#include "service/validation.h"

namespace securebase::present {

std::string KindLabel(SessionKind kind) {
    switch (kind) {
        case SessionKind::Individual:
            return "Individual";
        case SessionKind::Couple:
            return "Couple";
        case SessionKind::Family:
            return "Family";
        case SessionKind::Group:
            return "Group";
    }
    return "";
}

std::string AttendanceLabel(Attendance attendance) {
    switch (attendance) {
        case Attendance::Attended:
            return "Attended";
        case Attendance::Cancelled:
            return "Cancelled";
        case Attendance::NoShow:
            return "No-show";
    }
    return "";
}

SessionsPresenter::SessionsPresenter(SessionsView& view, service::Practice& practice, Chosen chosen)
    : m_view(view), m_practice(practice), m_chosen(std::move(chosen)) {}

void SessionsPresenter::ShowClient(Id clientId) {
    m_clientId = clientId;
    m_view.EnableAdding(true);
    // Sessions are booked to the minute; the current one is the likeliest to be recorded.
    const auto now = std::chrono::floor<std::chrono::minutes>(LocalNow());
    m_view.ShowDraft({FormatLocalDateTime(now), 50, SessionKind::Individual, Attendance::Attended});
    m_view.ShowMessage("");
    Refresh(std::nullopt);
}

void SessionsPresenter::Clear() {
    m_clientId = kNoId;
    m_sessions.clear();
    m_view.ShowSessions({});
    m_view.EnableAdding(false);
    m_view.ShowMessage("");
    if (m_chosen) m_chosen(std::nullopt);
}

void SessionsPresenter::Refresh(std::optional<Id> select) {
    m_sessions = m_practice.SessionsOf(m_clientId);
    std::vector<SessionRow> rows;
    rows.reserve(m_sessions.size());
    for (const Session& s : m_sessions)
        rows.push_back({s.id, FormatLocalDateTime(s.start), KindLabel(s.kind),
                        AttendanceLabel(s.attendance),
                        std::to_string(s.duration.count()) + " min"});
    m_view.ShowSessions(rows);
    std::optional<size_t> row;
    if (select) {
        const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                     [&](const Session& s) { return s.id == *select; });
        if (it != m_sessions.end()) row = static_cast<size_t>(it - m_sessions.begin());
    } else if (!m_sessions.empty()) {
        row = 0;
    }
    m_view.SelectSession(row);
    OnSessionSelected(row);
}

void SessionsPresenter::OnAddSession() {
    if (m_clientId == kNoId) return;
    const SessionDraft draft = m_view.ReadDraft();
    const auto start = ParseLocalDateTime(draft.start);
    if (!start) {
        m_view.ShowMessage("Enter the start as YYYY-MM-DD HH:MM, e.g. 2026-11-25 14:30.");
        return;
    }
    Session session;
    session.clientId = m_clientId;
    session.start = *start;
    session.duration = std::chrono::minutes{draft.minutes};
    session.kind = draft.kind;
    session.attendance = draft.attendance;
    try {
        session = m_practice.AddSession(session);
    } catch (const service::ValidationError& invalid) {
        std::string message;
        for (const auto& problem : invalid.Problems())
            message += (message.empty() ? "" : " ") + problem.message;
        m_view.ShowMessage(message);
        return;
    } catch (const Error& refused) {
        m_view.ShowMessage(refused.what());
        return;
    }
    m_view.ShowMessage("Session added.");
    Refresh(session.id);
}

void SessionsPresenter::OnSessionSelected(std::optional<size_t> row) {
    if (!m_chosen) return;
    if (row && *row < m_sessions.size())
        m_chosen(m_sessions[*row].id);
    else
        m_chosen(std::nullopt);
}

}  // namespace securebase::present

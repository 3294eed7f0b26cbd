#include "present/idle_lock.h"

namespace securebase::present {

IdleLock::IdleLock(std::chrono::minutes limit, Now now)
    : m_limit(limit), m_now(std::move(now)), m_lastActivity(m_now()) {}

void IdleLock::NoteActivity() { m_lastActivity = m_now(); }

void IdleLock::SetLimit(std::chrono::minutes limit) {
    m_limit = limit;
    NoteActivity();
}

bool IdleLock::IsDue() const { return m_limit.count() > 0 && m_now() - m_lastActivity >= m_limit; }

std::chrono::seconds IdleLock::Remaining() const {
    if (m_limit.count() <= 0) return std::chrono::seconds{0};
    const auto left = m_limit - (m_now() - m_lastActivity);
    return left.count() > 0 ? std::chrono::ceil<std::chrono::seconds>(left)
                            : std::chrono::seconds{0};
}

}  // namespace securebase::present

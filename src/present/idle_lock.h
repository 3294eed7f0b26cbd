#pragma once

#include <chrono>
#include <functional>

namespace securebase::present {

// Decides when an unattended, unlocked vault should lock itself. The clock is injected so tests
// move time forward instead of waiting for it.
class IdleLock {
public:
    using Clock = std::chrono::steady_clock;
    using Now = std::function<Clock::time_point()>;

    explicit IdleLock(std::chrono::minutes limit, Now now = &Clock::now);

    void NoteActivity();                        // a key press or mouse event
    void SetLimit(std::chrono::minutes limit);  // 0 disables auto-lock
    bool IsDue() const;
    std::chrono::seconds Remaining() const;  // until IsDue(); zero when due or disabled

private:
    std::chrono::minutes m_limit;
    Now m_now;
    Clock::time_point m_lastActivity;
};

}  // namespace securebase::present

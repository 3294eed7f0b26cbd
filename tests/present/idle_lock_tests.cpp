#include <boost/test/unit_test.hpp>

#include "present/idle_lock.h"

using namespace securebase::present;
using namespace std::chrono_literals;

namespace {

// A clock that moves only when the test says so.
struct ManualClock {
    IdleLock::Clock::time_point now{};
    IdleLock::Now Source() {
        return [this] { return now; };
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(idle_lock)

BOOST_AUTO_TEST_CASE(locks_once_the_idle_time_has_passed_without_activity) {
    ManualClock clock;
    IdleLock lock(10min, clock.Source());
    clock.now += 9min + 59s;
    BOOST_TEST(!lock.IsDue());
    BOOST_TEST(lock.Remaining().count() == 1);
    clock.now += 1s;
    BOOST_TEST(lock.IsDue());
    BOOST_TEST(lock.Remaining().count() == 0);
}

BOOST_AUTO_TEST_CASE(activity_restarts_the_idle_time) {
    ManualClock clock;
    IdleLock lock(5min, clock.Source());
    clock.now += 4min;
    lock.NoteActivity();
    clock.now += 4min;
    BOOST_TEST(!lock.IsDue());
    clock.now += 1min;
    BOOST_TEST(lock.IsDue());
}

BOOST_AUTO_TEST_CASE(zero_minutes_never_locks) {
    ManualClock clock;
    IdleLock lock(0min, clock.Source());
    clock.now += 24h;
    BOOST_TEST(!lock.IsDue());
}

BOOST_AUTO_TEST_CASE(changing_the_limit_counts_from_the_change) {
    ManualClock clock;
    IdleLock lock(0min, clock.Source());
    clock.now += 3h;
    lock.SetLimit(2min);
    BOOST_TEST(!lock.IsDue());
    clock.now += 2min;
    BOOST_TEST(lock.IsDue());
}

BOOST_AUTO_TEST_SUITE_END()

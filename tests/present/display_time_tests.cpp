#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

#include "present/display_time.h"

using namespace securebase;

namespace {

// Runs a test in a given time zone (a POSIX TZ rule, so no zone database is needed) and puts
// the process's zone back afterwards.
class InZone {
public:
    explicit InZone(const char* zone) {
        if (const char* before = std::getenv("TZ")) m_before = before;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~InZone() {
        if (m_before)
            setenv("TZ", m_before->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }

private:
    std::optional<std::string> m_before;
};

struct Case {
    const char* zone;
    const char* expected;
};

std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.zone; }

const Case kCases[] = {
    {"UTC0", "25 Nov 2026, 14:30"},    {"EST5", "25 Nov 2026, 09:30"},
    {"JST-9", "25 Nov 2026, 23:30"},   {"<+13>-13", "26 Nov 2026, 03:30"},
    {"<-11>11", "25 Nov 2026, 03:30"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(display_time)

BOOST_DATA_TEST_CASE(an_instant_is_shown_in_the_local_zone_with_the_month_spelled_out,
                     boost::unit_test::data::make(kCases), c) {
    InZone zone(c.zone);
    const auto instant = ParseTimestamp("2026-11-25T14:30:00Z");
    BOOST_REQUIRE(instant);
    BOOST_TEST(present::FormatLocalTime(*instant) == c.expected);
}

BOOST_AUTO_TEST_CASE(single_digit_days_are_not_padded_and_minutes_are) {
    InZone zone("UTC0");
    BOOST_TEST(present::FormatLocalTime(*ParseTimestamp("2027-01-03T08:05:00Z")) ==
               "3 Jan 2027, 08:05");
}

BOOST_AUTO_TEST_SUITE_END()

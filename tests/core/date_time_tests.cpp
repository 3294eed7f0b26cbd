#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "core/date_time.h"

using namespace securebase;
namespace data = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(date_time)

BOOST_DATA_TEST_CASE(valid_dates_round_trip,
                     data::make({"2026-11-25", "2024-02-29", "1999-12-31", "2000-01-01"}), text) {
    auto date = ParseDate(text);
    BOOST_REQUIRE(date);
    BOOST_TEST(FormatDate(*date) == text);
}

BOOST_DATA_TEST_CASE(impossible_or_malformed_dates_are_rejected,
                     data::make({"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "26-11-25",
                                 "2026/11/25", "", "2026-11-25x", "abcd-ef-gh"}),
                     text) {
    BOOST_TEST(!ParseDate(text).has_value());
}

BOOST_AUTO_TEST_CASE(local_date_time_accepts_t_or_space_and_optional_seconds) {
    auto a = ParseLocalDateTime("2026-11-25T14:30");
    auto b = ParseLocalDateTime("2026-11-25 14:30:00");
    BOOST_REQUIRE(a && b);
    BOOST_TEST((*a == *b));
    BOOST_TEST(FormatLocalDateTime(*a) == "2026-11-25 14:30");
    BOOST_TEST(!ParseLocalDateTime("2026-11-25 24:00").has_value());
    BOOST_TEST(!ParseLocalDateTime("2026-11-25").has_value());
}

BOOST_AUTO_TEST_CASE(timestamps_are_utc_with_z) {
    auto t = ParseTimestamp("2026-03-29T01:30:05Z");
    BOOST_REQUIRE(t);
    BOOST_TEST(FormatTimestamp(*t) == "2026-03-29T01:30:05Z");
    BOOST_TEST(!ParseTimestamp("2026-03-29T01:30:05").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

#pragma once

#include <compare>

#include "core/date_time.h"

namespace securebase::homework {

// An ISO 8601 week: Monday to Sunday, numbered within the year that holds its Thursday, so
// 2026-12-31 (a Thursday) is in 2026-W53 and 2027-01-03 is too.
struct IsoWeek {
    int year = 0;
    unsigned week = 0;  // 1..53
    Date monday{};

    Date Sunday() const;
    friend bool operator==(const IsoWeek& a, const IsoWeek& b) {
        return a.year == b.year && a.week == b.week;
    }
};

IsoWeek IsoWeekOf(Date day);

}  // namespace securebase::homework

#include "homework/iso_week.h"

namespace securebase::homework {

using namespace std::chrono;

Date IsoWeek::Sunday() const { return Date{sys_days{monday} + days{6}}; }

IsoWeek IsoWeekOf(Date day) {
    const sys_days d{day};
    const auto monday = d - (weekday{d} - Monday);
    const Date thursday{monday + days{3}};
    const sys_days firstOfYear{thursday.year() / January / 1};
    const auto index = (sys_days{thursday} - firstOfYear).count() / 7;
    return IsoWeek{static_cast<int>(thursday.year()), static_cast<unsigned>(index + 1),
                   Date{monday}};
}

}  // namespace securebase::homework

#pragma once

#include <cstddef>

#include "service/demo_practice.h"

namespace securebase::service {

class Groups;
class Practice;

struct DemoGroupSummary {
    size_t groups = 0;
    size_t participants = 0;
    size_t meetings = 0;
    size_t checkins = 0;
};

// Two groups over a demo practice, after LoadDemoPractice with the same options: an eight-week
// "moving toward secure attachment" course with two participants known only by the name they go
// by, and an open support circle. Meetings lie before options.today; attendance, check-ins and a
// few participant notes follow the seed.
DemoGroupSummary LoadDemoGroups(Practice& practice, Groups& groups, const DemoOptions& options);

}  // namespace securebase::service

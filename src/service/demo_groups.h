#pragma once

#include <cstddef>

#include "service/demo_practice.h"

namespace securebase::service {

class GroupHomework;
class Groups;
class Homework;
class Practice;

struct DemoGroupSummary {
    size_t groups = 0;
    size_t participants = 0;
    size_t meetings = 0;
    size_t checkins = 0;
    size_t homeworkAssignments = 0;  // handed out at a meeting
    size_t homeworkEntries = 0;
};

// Two groups over a demo practice, after LoadDemoPractice with the same options: an eight-week
// "moving toward secure attachment" course with two participants known only by the name they go
// by, and an open support circle. Meetings lie before options.today; attendance, check-ins and a
// few participant notes follow the seed.
DemoGroupSummary LoadDemoGroups(Practice& practice, Groups& groups, const DemoOptions& options);

// The same, and the course's third meeting hands its homework (a daily coping toolkit for a week)
// to everyone who came, with entries on some of the days, so the group has homework adherence
// to show. Entries are written as of the course's dates, all before options.today.
DemoGroupSummary LoadDemoGroups(Practice& practice, Groups& groups, GroupHomework& groupHomework,
                                Homework& homework, const DemoOptions& options);

}  // namespace securebase::service

#pragma once

#include <cstddef>

#include "service/demo_practice.h"

namespace securebase::service {

class Homework;
class Practice;

struct DemoHomeworkSummary {
    size_t goals = 0;
    size_t assignments = 0;
    size_t entries = 0;
    size_t paused = 0;
    size_t ended = 0;
};

// Gives every active demo client, after LoadDemoPractice with the same options, a treatment goal
// and one or two assignments of the shipped templates (daily, chosen weekdays, weekly or a
// one-off) with back-dated entries up to options.today. Each assignment has its own diligence,
// so entries come with gaps and adherence varies; some are paused or ended. Entry text is
// composed from phrases written for this generator. The same seed gives the same homework.
DemoHomeworkSummary LoadDemoHomework(Practice& practice, Homework& homework,
                                     const DemoOptions& options);

}  // namespace securebase::service

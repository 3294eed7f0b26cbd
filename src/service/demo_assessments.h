#pragma once

#include <cstddef>

#include "service/demo_practice.h"

namespace securebase::service {

class Assessments;
class Practice;

// The demo's norms for the Relationship Patterns Inventory, labelled as what they are, so the
// demo can show reliable change; never offered as clinical figures.
inline constexpr const char* kDemoNormsSource = "demo values, not published norms";

struct DemoAssessmentSummary {
    size_t administrations = 0;
    size_t reliablyImproved = 0;  // clients whose inventory improved reliably since baseline
    size_t noReliableChange = 0;  // clients with no reliable change on either scale
};

// Gives every demo client in care, on the dates of their own sessions, a baseline Relationship
// Patterns Inventory, two to five repeats and a weekly check-in per attended session (at most
// eight), after LoadDemoPractice with the same options: the same seed gives the same answers.
// Some clients improve reliably, some do not. Sets kDemoNormsSource norms for the inventory.
DemoAssessmentSummary LoadDemoAssessments(Practice& practice, Assessments& assessments,
                                          const DemoOptions& options);

}  // namespace securebase::service

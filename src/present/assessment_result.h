#pragma once

#include <string>
#include <vector>

#include "assess/instrument.h"
#include "service/assessments.h"

namespace securebase::present {

struct ResultSection {
    std::string title;
    std::vector<std::string> lines;
};

// What the practitioner reads about one administration, in the order they need it: the
// instrument's disclaimer first, then scores, classification, gaps, change, and usage notes.
struct AssessmentResult {
    std::string heading;     // "Relationship Patterns Inventory · 25 Nov 2026, 14:30"
    std::string disclaimer;  // empty when the instrument has none
    std::vector<ResultSection> sections;
    bool offerNorms = false;  // some change has no RCI for want of norms
};

// `history` is the client's history the report belongs to (for the dates of the baseline and of
// the previous administration); `instrument` is null when it is no longer installed.
AssessmentResult DescribeAdministration(const service::AdministrationReport& report,
                                        const assess::Instrument* instrument,
                                        const std::vector<service::AdministrationReport>& history);

// "Anxiety 4.25 · Avoidance 2.10" for the history list; empty when not scored.
std::string ScoreSummary(const service::AdministrationReport& report,
                         const assess::Instrument* instrument);

std::string ModeLabel(AdministrationMode mode);        // "Client mode"
std::string StatusLabel(AdministrationStatus status);  // "In progress"

// When the administration happened: completion, or start while it is unfinished.
Timestamp WhenOf(const Administration& administration);

}  // namespace securebase::present

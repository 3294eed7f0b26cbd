#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date_time.h"
#include "report/chart.h"

namespace securebase::report {

// Everything a progress report shows, already worked out by the service (scores, verdicts,
// adherence, charts): the renderer only lays it out, so the same data can feed a preview.

struct ReportPeriod {
    Date from{};
    Date to{};
};

struct SessionCounts {
    int attended = 0;
    int cancelled = 0;
    int noShow = 0;
};

struct AdministrationRow {
    Date date{};
    std::vector<std::string> scores;  // one per InstrumentResults::subscales, "" when not scored
    std::string classification;
    std::string changeSinceBaseline;  // per subscale, "Anxiety: improved; ..."
};

// One instrument's administrations in the period, with its charts.
struct InstrumentResults {
    std::string title;
    std::string disclaimer;
    std::vector<std::string> subscales;  // column titles
    bool classifies = false;             // whether rows carry a classification
    std::vector<AdministrationRow> rows;
    std::vector<std::string> verdicts;  // reliable change of the last one against baseline
    std::vector<LineChart> charts;
    std::optional<QuadrantChart> quadrant;
};

struct HomeworkResults {
    std::string title;      // the template's
    std::string schedule;   // "daily from 2026-01-05"
    std::string adherence;  // "12 of 20 expected (60 %)"
    std::string lastEntry;
    int entriesInPeriod = 0;
    std::vector<LineChart> charts;  // its key numeric fields
};

struct GoalRow {
    std::string title;
    std::string status;
    int progress = 0;  // percent
};

struct ReportData {
    std::string practiceName;
    std::string logoPng;       // the header logo's PNG bytes; empty when the practice wants none
    std::string practitioner;  // the signature line: "Name, Credentials"
    Date reportDate{};
    ReportPeriod period;
    std::string clientCode;
    bool deidentified = false;
    // Name, date of birth, referral...: left empty when de-identified.
    std::vector<std::pair<std::string, std::string>> identity;
    std::string status;
    std::string careDates;
    std::string presentingConcerns;  // empty when de-identified
    SessionCounts sessions;
    std::vector<InstrumentResults> assessments;
    std::vector<HomeworkResults> homework;
    std::vector<GoalRow> goals;
    std::string summary;
};

}  // namespace securebase::report

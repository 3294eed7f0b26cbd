#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "present/background.h"
#include "present/report_view.h"
#include "service/reports.h"

namespace securebase::present {

// The progress report of one client: a period defaulting to the last three months, a template,
// de-identification and the practitioner's summary. The report is written straight to the file
// the practitioner chose (never to a temporary file) on a worker, then previewed from there.
class ReportPresenter {
public:
    ReportPresenter(ReportView& view, service::Reports& reports, Background background,
                    std::string clientCode, std::filesystem::path folder,
                    std::function<Date()> today = Today);

    void Start();
    void OnGenerate();

private:
    ReportView& m_view;
    service::Reports& m_reports;
    Background m_background;
    std::string m_clientCode;
    std::filesystem::path m_folder;
    std::function<Date()> m_today;
};

// "SB-4KQ7M2-progress-2026-11-25.pdf": the client code and the date, never the name.
std::string SuggestedReportName(const std::string& clientCode, const Date& day);

// Three calendar months back, on the last day of a shorter month when the day does not exist.
Date ThreeMonthsBefore(const Date& day);

// The period as typed, or what to fix in `problem` (empty when the period is good).
struct TypedPeriod {
    Date from{};
    Date to{};
    std::string problem;
};
TypedPeriod ParsePeriod(const std::string& from, const std::string& to);

// The names of reports/*.json in the shipped and clinic folders, sorted, "progress" first.
std::vector<std::string> ReportTemplateNames();

}  // namespace securebase::present

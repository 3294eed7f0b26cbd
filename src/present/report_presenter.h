#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "present/background.h"
#include "present/report_view.h"
#include "service/reports.h"

namespace securebase::present {

// The progress report of one client: a period defaulting to the last three months, a template,
// de-identification and the practitioner's summary. Preview renders the report in memory on a
// worker (no file anywhere); Save As writes exactly the previewed bytes, so what was seen is what
// is saved, and only then does the report leave the vault (audited as an export).
class ReportPresenter {
public:
    ReportPresenter(ReportView& view, service::Reports& reports, Background background,
                    std::string clientCode, std::filesystem::path folder,
                    std::function<Date()> today = Today);

    void Start();
    void OnPreview();
    void OnFormChanged();
    // Where Save As starts: the documents folder and a name from the client code and the date.
    std::filesystem::path SuggestedFile() const;
    void OnSaveAs(const std::filesystem::path& file);

private:
    ReportView& m_view;
    service::Reports& m_reports;
    Background m_background;
    std::string m_clientCode;
    std::filesystem::path m_folder;
    std::function<Date()> m_today;
    std::shared_ptr<const service::RenderedReport> m_previewed;
    bool m_busy = false;
    bool m_changedWhileBusy = false;  // the preview being laid out no longer matches the form
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

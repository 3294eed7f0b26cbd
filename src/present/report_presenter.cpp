#include "present/report_presenter.h"

#include <algorithm>
#include <memory>
#include <set>

#include "core/error.h"
#include "report/report_template.h"

namespace securebase::present {

std::string SuggestedReportName(const std::string& clientCode, const Date& day) {
    return clientCode + "-progress-" + FormatDate(day) + ".pdf";
}

Date ThreeMonthsBefore(const Date& day) {
    const Date back = day - std::chrono::months{3};
    return back.ok() ? back : Date{back.year() / back.month() / std::chrono::last};
}

TypedPeriod ParsePeriod(const std::string& from, const std::string& to) {
    const auto start = ParseDate(from);
    const auto end = ParseDate(to);
    if (!start || !end) return {{}, {}, "Enter both dates of the period as YYYY-MM-DD."};
    if (*end < *start) {
        return {{}, {}, "The period ends before it starts: check the From and To dates."};
    }
    return {*start, *end, ""};
}

std::vector<std::string> ReportTemplateNames() {
    std::set<std::string> names;
    for (const auto& folder : report::ReportTemplateFolders()) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            if (entry.path().extension() == ".json") names.insert(entry.path().stem().string());
        }
    }
    names.erase("progress");
    std::vector<std::string> sorted{"progress"};
    sorted.insert(sorted.end(), names.begin(), names.end());
    return sorted;
}

ReportPresenter::ReportPresenter(ReportView& view, service::Reports& reports, Background background,
                                 std::string clientCode, std::filesystem::path folder,
                                 std::function<Date()> today)
    : m_view(view),
      m_reports(reports),
      m_background(std::move(background)),
      m_clientCode(std::move(clientCode)),
      m_folder(std::move(folder)),
      m_today(std::move(today)) {}

void ReportPresenter::Start() {
    const Date today = m_today();
    ReportForm form;
    form.from = FormatDate(ThreeMonthsBefore(today));
    form.to = FormatDate(today);
    form.templateName = "progress";
    form.file = (m_folder / SuggestedReportName(m_clientCode, today)).string();
    m_view.ShowForm(form, ReportTemplateNames());
}

void ReportPresenter::OnGenerate() {
    const ReportForm form = m_view.Form();
    const TypedPeriod period = ParsePeriod(form.from, form.to);
    if (!period.problem.empty()) {
        m_view.ShowError(period.problem);
        return;
    }
    if (form.file.empty()) {
        m_view.ShowError("Choose where to save the report.");
        return;
    }
    service::ProgressRequest request;
    request.client = m_clientCode;
    request.from = period.from;
    request.to = period.to;
    request.templateName = form.templateName.empty() ? "progress" : form.templateName;
    request.deidentify = form.deidentify;
    request.summary = form.summary;
    const std::filesystem::path file = form.file;

    // The worker fills these; the continuation reads them back on the UI thread.
    struct Outcome {
        int pages = 0;
        std::string error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_view.ShowBusy(true);
    m_background(
        [this, request, file, outcome] {
            try {
                outcome->pages = m_reports.Write(request, file);
            } catch (const Error& error) {
                outcome->error = error.what();
            }
        },
        [this, file, outcome] {
            m_view.ShowBusy(false);
            if (outcome->error.empty()) {
                m_view.ShowSaved(file, outcome->pages);
            } else {
                m_view.ShowError("No report was written: " + outcome->error);
            }
        });
}

}  // namespace securebase::present

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
    m_view.ShowForm(form, ReportTemplateNames());
}

std::filesystem::path ReportPresenter::SuggestedFile() const {
    return m_folder / SuggestedReportName(m_clientCode, m_today());
}

void ReportPresenter::OnPreview() {
    if (m_busy) return;
    const ReportForm form = m_view.Form();
    const TypedPeriod period = ParsePeriod(form.from, form.to);
    if (!period.problem.empty()) {
        m_view.ShowError(period.problem);
        return;
    }
    service::ProgressRequest request;
    request.client = m_clientCode;
    request.from = period.from;
    request.to = period.to;
    request.templateName = form.templateName.empty() ? "progress" : form.templateName;
    request.deidentify = form.deidentify;
    request.summary = form.summary;

    // The worker fills these; the continuation reads them back on the UI thread.
    struct Outcome {
        std::shared_ptr<service::RenderedReport> report;
        std::string error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_previewed.reset();
    m_busy = true;
    m_changedWhileBusy = false;
    m_view.ShowBusy(true);
    m_background(
        [this, request, outcome] {
            try {
                outcome->report =
                    std::make_shared<service::RenderedReport>(m_reports.Render(request));
            } catch (const Error& error) {
                outcome->error = error.what();
            }
        },
        [this, outcome] {
            m_busy = false;
            m_view.ShowBusy(false);
            if (!outcome->error.empty()) {
                m_view.ShowError("No preview: " + outcome->error);
                return;
            }
            m_view.ShowPreview(outcome->report->pdf, outcome->report->pages);
            // The choices changed while it was laid out (de-identify ticked, say): shown, but
            // not what Save As may write.
            if (m_changedWhileBusy) {
                m_view.ShowPreviewOutdated();
                return;
            }
            m_previewed = outcome->report;
        });
}

void ReportPresenter::OnFormChanged() {
    if (m_busy) m_changedWhileBusy = true;
    if (!m_previewed) return;
    m_previewed.reset();
    m_view.ShowPreviewOutdated();
}

void ReportPresenter::OnSaveAs(const std::filesystem::path& file) {
    if (!m_previewed) {
        m_view.ShowError("Preview the report first: Save As writes what the preview shows.");
        return;
    }
    try {
        // A few hundred kilobytes and one audit row: quick enough for the UI thread.
        m_reports.Save(*m_previewed, file);
    } catch (const Error& error) {
        m_view.ShowError("The report was not saved: " + std::string(error.what()));
        return;
    }
    m_view.ShowSaved(file, m_previewed->pages);
}

}  // namespace securebase::present

#include "present/report_batch_presenter.h"

#include "core/error.h"
#include "present/report_presenter.h"

namespace securebase::present {

std::string BatchSummary(const service::BatchOutcome& outcome, const std::string& folder) {
    std::string text = std::to_string(outcome.written.size()) + " report" +
                       (outcome.written.size() == 1 ? "" : "s") + " written (" +
                       std::to_string(outcome.pages) + " pages) to " + folder + ".";
    if (outcome.cancelled) text += "\nStopped when asked: the remaining clients were not handled.";
    if (!outcome.skipped.empty()) {
        text += "\n" + std::to_string(outcome.skipped.size()) + " skipped:";
        for (const auto& skipped : outcome.skipped) {
            text += "\n- " + skipped.clientCode + ": " + skipped.reason;
        }
    }
    return text;
}

ReportBatchPresenter::ReportBatchPresenter(ReportBatchView& view, service::Reports& reports,
                                           Background background, std::function<Date()> today)
    : m_view(view),
      m_reports(reports),
      m_background(std::move(background)),
      m_today(std::move(today)) {}

void ReportBatchPresenter::Start() {
    const Date today = m_today();
    ReportBatchForm form;
    form.status = ToString(ClientStatus::Active);
    form.from = FormatDate(ThreeMonthsBefore(today));
    form.to = FormatDate(today);
    m_view.ShowForm(form);
}

bool ReportBatchPresenter::OnRun() {
    const ReportBatchForm form = m_view.Form();
    service::BatchRequest request;
    if (!form.status.empty()) {
        request.status = ParseClientStatus(form.status);
        if (!request.status) {
            m_view.ShowError("Choose a client status, or all clients.");
            return false;
        }
    }
    const TypedPeriod period = ParsePeriod(form.from, form.to);
    if (!period.problem.empty()) {
        m_view.ShowError(period.problem);
        return false;
    }
    if (form.folder.empty() || !std::filesystem::is_directory(form.folder)) {
        m_view.ShowError("Choose an existing folder for the reports.");
        return false;
    }
    request.from = period.from;
    request.to = period.to;
    request.folder = form.folder;
    request.deidentify = form.deidentify;

    struct Outcome {
        service::BatchOutcome batch;
        std::string error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_cancel->store(false);
    m_running = true;
    m_background(
        [this, request, outcome, cancel = m_cancel] {
            try {
                outcome->batch = m_reports.Batch(
                    request,
                    [this](const service::BatchProgress& progress) {
                        m_view.ShowProgress(progress.done, progress.total, progress.clientCode);
                    },
                    cancel.get());
            } catch (const Error& error) {
                outcome->error = error.what();
            }
        },
        [this, outcome, folder = form.folder] {
            m_running = false;
            if (!outcome->error.empty()) {
                m_view.ShowError("No reports were written: " + outcome->error);
                return;
            }
            m_view.ShowSummary(outcome->batch.cancelled ? "Reports stopped" : "Reports written",
                               BatchSummary(outcome->batch, folder));
        });
    return true;
}

}  // namespace securebase::present

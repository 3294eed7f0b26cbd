#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "core/date_time.h"
#include "present/background.h"
#include "present/report_batch_view.h"
#include "service/reports.h"

namespace securebase::present {

// One progress report per client into a folder, on a worker, cancellable between clients, ending
// with what was written and what was skipped and why.
class ReportBatchPresenter {
public:
    ReportBatchPresenter(ReportBatchView& view, service::Reports& reports, Background background,
                         std::function<Date()> today = Today);

    void Start();
    // False when the form was refused and nothing started.
    bool OnRun();
    // Stops after the client being written; safe from any thread.
    void OnCancel() { m_cancel->store(true); }
    bool Running() const { return m_running; }

private:
    ReportBatchView& m_view;
    service::Reports& m_reports;
    Background m_background;
    std::function<Date()> m_today;
    // Shared with the worker, which may outlive a dialog closed meanwhile.
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
};

// The end of a batch in words: counts, the folder, and each skipped client code with its reason.
std::string BatchSummary(const service::BatchOutcome& outcome, const std::string& folder);

}  // namespace securebase::present

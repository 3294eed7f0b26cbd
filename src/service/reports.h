#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/client.h"
#include "report/report_data.h"
#include "service/assessments.h"
#include "service/homework.h"
#include "service/practice.h"

namespace securebase::service {

struct ProgressRequest {
    std::string client;  // a numeric id or a client code
    Date from{};
    Date to{};
    std::string templateName = "progress";  // reports/<name>.json
    bool deidentify = false;                // the client code only: no name, no identifiers
    std::string summary;                    // the practitioner's summary and recommendations
};

struct BatchRequest {
    std::filesystem::path folder;  // one CODE.pdf per client is written here
    std::optional<ClientStatus> status;
    Date from{};
    Date to{};
    std::string templateName = "progress";
    bool deidentify = false;
};

struct BatchProgress {
    size_t done = 0;
    size_t total = 0;
    std::string clientCode;  // the client just handled
};

struct BatchOutcome {
    struct Skipped {
        std::string clientCode;
        std::string reason;
    };
    std::vector<std::filesystem::path> written;
    std::vector<Skipped> skipped;
    int pages = 0;
    bool cancelled = false;
};

// Progress reports: the data of one client for a period, gathered through the other use cases
// (each read audited by record id) and audited once more as an export of the client, then laid
// out by src/report. A GUI previews Collect() and saves with Write(); batches report progress
// and stop between clients when asked.
class Reports {
public:
    Reports(Practice& practice, Assessments& assessments, Homework& homework,
            std::function<Date()> today = Today);

    // NotFound for an unknown client, Invalid for a period that ends before it starts.
    report::ReportData Collect(const ProgressRequest& request);
    // Writes the report to `file` (Refused when it exists); returns the number of pages.
    int Write(const ProgressRequest& request, const std::filesystem::path& file);

    BatchOutcome Batch(const BatchRequest& request,
                       const std::function<void(const BatchProgress&)>& progress = {},
                       const std::atomic<bool>* cancel = nullptr);

private:
    report::ReportData CollectFor(const Client& client, const ProgressRequest& request);

    Practice& m_practice;
    Assessments& m_assessments;
    Homework& m_homework;
    std::function<Date()> m_today;
};

}  // namespace securebase::service

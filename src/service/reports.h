#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/client.h"
#include "report/report_data.h"
#include "report/report_template.h"
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

// A finished progress report held in memory: what a preview shows is what Save writes.
struct RenderedReport {
    Id clientId = kNoId;
    std::string clientCode;
    std::string pdf;
    int pages = 0;
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
// (each read audited by record id), then laid out by src/report. Rendering is viewing: its reads
// are audited as any chart view is. Saving is the export: the bytes leave the vault there, so
// that is where the client is audited once more, as exported. A GUI previews Render() and saves
// those bytes with Save(); Write() does both; batches report progress and stop between clients
// when asked.
class Reports {
public:
    Reports(Practice& practice, Assessments& assessments, Homework& homework,
            std::function<Date()> today = Today);

    // The report in memory; nothing is written anywhere. NotFound for an unknown client, Invalid
    // for a period that ends before it starts.
    RenderedReport Render(const ProgressRequest& request);
    // Writes exactly `report` to a new `file`: Refused when it exists, and no half file is left
    // behind when writing fails. Audited as an export of the client.
    void Save(const RenderedReport& report, const std::filesystem::path& file);
    // Render() then Save(); returns the number of pages.
    int Write(const ProgressRequest& request, const std::filesystem::path& file);

    BatchOutcome Batch(const BatchRequest& request,
                       const std::function<void(const BatchProgress&)>& progress = {},
                       const std::atomic<bool>* cancel = nullptr);

private:
    report::ReportData CollectFor(const Client& client, const ProgressRequest& request);
    RenderedReport RenderFor(const report::ReportTemplate& layout, const report::ReportData& data,
                             Id clientId);

    Practice& m_practice;
    Assessments& m_assessments;
    Homework& m_homework;
    std::function<Date()> m_today;
};

}  // namespace securebase::service

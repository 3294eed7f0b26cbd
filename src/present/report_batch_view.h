#pragma once

#include <string>

namespace securebase::present {

// What "Reports for all clients" asks for. Dates are ISO text as typed; an empty status means
// every client.
struct ReportBatchForm {
    std::string status;
    std::string from;
    std::string to;
    std::string folder;
    bool deidentify = false;
};

class ReportBatchView {
public:
    virtual ~ReportBatchView() = default;
    virtual void ShowForm(const ReportBatchForm& form) = 0;
    virtual ReportBatchForm Form() const = 0;
    virtual void ShowError(const std::string& message) = 0;
    // Called on the worker thread after each client: the view hands it to the UI thread.
    virtual void ShowProgress(size_t done, size_t total, const std::string& clientCode) = 0;
    virtual void ShowSummary(const std::string& title, const std::string& summary) = 0;
};

}  // namespace securebase::present

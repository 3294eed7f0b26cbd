#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace securebase::present {

// What the progress report dialog shows and what the practitioner typed into it. Dates are
// ISO text as typed; the presenter checks them.
struct ReportForm {
    std::string from;
    std::string to;
    std::string templateName;
    bool deidentify = false;
    std::string summary;
};

class ReportView {
public:
    virtual ~ReportView() = default;
    virtual void ShowForm(const ReportForm& form, const std::vector<std::string>& templates) = 0;
    virtual ReportForm Form() const = 0;
    virtual void ShowBusy(bool busy) = 0;
    virtual void ShowError(const std::string& message) = 0;
    // The report as rendered in memory, not yet on disk: draw its pages and offer Save As.
    virtual void ShowPreview(const std::string& pdf, int pages) = 0;
    // The choices changed after the preview: Save As waits for a new preview.
    virtual void ShowPreviewOutdated() = 0;
    // The previewed report was written to `file`: offer to open it.
    virtual void ShowSaved(const std::filesystem::path& file, int pages) = 0;
};

}  // namespace securebase::present

#pragma once

#include <filesystem>
#include <string>

#include "report/pdf_document.h"
#include "report/report_data.h"
#include "report/report_template.h"

namespace securebase::report {

// Lays a progress report out as the template says and writes it to `file` (replaced whole or
// not at all). Returns the number of pages. Throws Error(Io) when the file cannot be written or
// the font is missing.
int WriteProgressReport(const ReportTemplate& layout, const ReportData& data,
                        const std::filesystem::path& file);

// The same report kept in memory, for a preview that is saved only if the practitioner asks.
RenderedPdf RenderProgressReport(const ReportTemplate& layout, const ReportData& data);

}  // namespace securebase::report

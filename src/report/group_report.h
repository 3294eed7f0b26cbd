#pragma once

#include <filesystem>

#include "report/document_template.h"
#include "report/group_report_data.h"
#include "report/pdf_document.h"

namespace securebase::report {

// The sections and fixed words a group report template (reports/group.json) may use.
const DocumentKind& GroupReportKind();

// At most this many meetings share one attendance grid; more continue in a further grid with
// the codes repeated, so every column stays wide enough to read.
inline constexpr size_t kMeetingsPerGrid = 12;

// Lays a group report out as the template says and writes it to `file` (replaced whole or not
// at all). Returns the number of pages. Throws Error(Io) when the file cannot be written.
// The same kept in memory: the service writes it as a new, private file.
RenderedPdf RenderGroupReport(const DocumentTemplate& layout, const GroupReportData& data);
int WriteGroupReport(const DocumentTemplate& layout, const GroupReportData& data,
                     const std::filesystem::path& file);

}  // namespace securebase::report

#pragma once

#include <filesystem>
#include <string>

#include "homework/homework_template.h"

namespace securebase::report {

struct WorksheetInfo {
    std::string practiceName;
    std::string clientLabel;   // the client code, or the full name when asked for
    std::string instructions;  // the practitioner's own, added to the template's
    int copies = 1;            // pages to fill in: one per day or per entry
    std::string logoPng = {};  // the header logo's PNG bytes; empty for none
};

// A printable worksheet for a homework template: purpose, instructions, and each field as
// something to fill in by hand (lines, boxes to tick, a 0-10 row, a table of steps), repeated on a
// fresh page for each day or entry. Returns the number of pages; throws Error(Io) as
// PdfDocument::Save.
int WriteWorksheet(const homework::HomeworkTemplate& homeworkTemplate, const WorksheetInfo& info,
                   const std::filesystem::path& file);

}  // namespace securebase::report

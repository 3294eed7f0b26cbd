#pragma once

#include <string>

#include "report/pdf_document.h"

namespace securebase::report {

// Room for the right-hand footer text beside the centred page number.
inline constexpr double kRunningTextWidth = 170.0;

// `text` as it fits in `width` points at the running header's size (8 pt regular): whole when it
// fits, else cut at a character boundary and ended with "…", so a long group name never runs
// into the page number.
std::string FitText(const PdfDocument& document, const std::string& text, double width);

}  // namespace securebase::report

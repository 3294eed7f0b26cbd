#pragma once

#include <filesystem>
#include <string>

#include "assess/instrument.h"

namespace securebase::report {

// A printable blank of an instrument for paper administration: every item with its response
// scale as boxes to tick, the disclaimer, copyright and usage notes, under the practice's name
// and logo (PNG bytes; empty for none). Returns the number of pages; throws Error(Io) as
// PdfDocument::Save.
int WriteInstrumentBlank(const assess::Instrument& instrument, const std::string& practiceName,
                         const std::string& logoPng, const std::filesystem::path& file);

}  // namespace securebase::report

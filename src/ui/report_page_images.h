#pragma once

#include <string>
#include <vector>

namespace securebase::ui {

// PNG images of the pages of a PDF held in memory, drawn by poppler's pdftocairo fed through a pipe
// so no copy of the report lands in a temporary file. Blocks: call it on a worker. Throws
// Error(Io) when pdftocairo is missing or fails.
std::vector<std::string> RenderPageImages(const std::string& pdf, int pages, int dpi);

}  // namespace securebase::ui

#pragma once

#include <hpdf.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/date_time.h"
#include "report/chart_palette.h"

namespace securebase::report {

enum class Weight { Regular, Bold };

// A4 in PostScript points.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;

struct DocumentInfo {
    std::string title;
    std::string author;
    std::string subject;
    Timestamp created{};  // written as CreationDate and ModDate
};

// A finished document kept in memory: its bytes and its page count.
struct RenderedPdf {
    std::string bytes;
    int pages = 0;
};

// The owner of one libharu document: UTF-8 text in embedded DejaVu Sans (regular and bold), A4
// pages, compressed streams. libharu reports errors through a C callback; they are collected and
// turned into Error(Io) by the next call that checks, so no exception crosses C code.
class PdfDocument {
public:
    explicit PdfDocument(const DocumentInfo& info);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    HPDF_Page AddPage();
    const std::vector<HPDF_Page>& Pages() const { return m_pages; }

    double TextWidth(std::string_view text, Weight weight, double size) const;
    // Baseline at y; nothing is drawn for empty text.
    void Text(HPDF_Page page, double x, double y, std::string_view text, Weight weight, double size,
              Rgb colour = kInk);
    // Reading upwards (an axis title beside a plot): the baseline runs up from (x, y).
    void TextUp(HPDF_Page page, double x, double y, std::string_view text, Weight weight,
                double size, Rgb colour = kInk);

    // The image to draw on any page, or nullptr when libharu cannot read the PNG: a logo that
    // does not load leaves the header without it rather than failing the whole document.
    HPDF_Image LoadPng(std::string_view png);

    // The finished document, for a caller that keeps it in memory (a preview saved later).
    std::string Bytes();
    // Writes beside the target and renames, so a failed save never leaves half a file.
    void Save(const std::filesystem::path& file);

    // Called by libharu's error callback.
    void RecordError(HPDF_STATUS error, HPDF_STATUS detail);

private:
    void Check(const char* what);
    void BeginText(HPDF_Page page, Weight weight, double size, Rgb colour);
    HPDF_Font Font(Weight weight) const { return weight == Weight::Bold ? m_bold : m_regular; }

    HPDF_Doc m_doc = nullptr;
    HPDF_Font m_regular = nullptr;
    HPDF_Font m_bold = nullptr;
    std::vector<HPDF_Page> m_pages;
    HPDF_STATUS m_error = HPDF_OK;
    HPDF_STATUS m_detail = HPDF_OK;
};

// Writes a finished PDF beside `file` and renames it into place, so a failed save never leaves
// half a file. For documents without client data (worksheets, blanks, tests); the service
// writes client documents with its own exclusive, private file creation.
void SavePdf(const std::string& bytes, const std::filesystem::path& file);

}  // namespace securebase::report

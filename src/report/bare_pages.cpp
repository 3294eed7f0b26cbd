#include "report/bare_pages.h"

#include <hpdf.h>

#include <string>

#include "core/error.h"
#include "report/font_files.h"
#include "report/png_check.h"

namespace securebase::report {

void WriteBarePages(int pages, std::string_view logoPng, const std::filesystem::path& file) {
    const auto fonts = FindFontFiles();
    HPDF_Doc doc = HPDF_New(nullptr, nullptr);
    if (doc == nullptr) throw Error(ErrorCode::Io, "Out of memory while starting a PDF.");
    HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc);
    HPDF_SetCurrentEncoder(doc, "UTF-8");
    HPDF_Font font =
        HPDF_GetFont(doc, HPDF_LoadTTFontFromFile(doc, fonts.regular.c_str(), HPDF_TRUE), "UTF-8");
    HPDF_GetFont(doc, HPDF_LoadTTFontFromFile(doc, fonts.bold.c_str(), HPDF_TRUE), "UTF-8");
    // Re-encoded as the documents do it, so libharu only ever reads a plain PNG.
    const auto plain = PlainPng(logoPng).value_or(std::string());
    HPDF_Image logo = plain.empty() ? nullptr
                                    : HPDF_LoadPngImageFromMem(
                                          doc, reinterpret_cast<const HPDF_BYTE*>(plain.data()),
                                          static_cast<HPDF_UINT>(plain.size()));
    for (int p = 0; p < pages; ++p) {
        HPDF_Page page = HPDF_AddPage(doc);
        HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, font, 9);
        for (int line = 0; line < 45; ++line) {
            const std::string text = "2026-01-" + std::to_string(line % 28 + 1) +
                                     "   4.25   3.75   2.50   no reliable change   page " +
                                     std::to_string(p + 1);
            HPDF_Page_TextOut(page, 57, static_cast<HPDF_REAL>(780 - line * 15), text.c_str());
        }
        HPDF_Page_EndText(page);
        HPDF_Page_MoveTo(page, 57, 100);
        for (int i = 1; i < 40; ++i) {
            HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(57 + i * 12),
                             static_cast<HPDF_REAL>(100 + (i * 37 % 60)));
        }
        HPDF_Page_Stroke(page);
        if (logo != nullptr) HPDF_Page_DrawImage(page, logo, 57, 800, 16, 16);
    }
    const bool saved = HPDF_SaveToFile(doc, file.c_str()) == HPDF_OK;
    HPDF_Free(doc);
    if (!saved) throw Error(ErrorCode::Io, "Could not write " + file.string() + ".");
}

}  // namespace securebase::report

#include "report/pdf_document.h"

#include <cstdio>
#include <fstream>

#include "core/error.h"
#include "report/font_files.h"
#include "report/png_check.h"

namespace securebase::report {

namespace {

void OnHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* document) {
    static_cast<PdfDocument*>(document)->RecordError(error, detail);
}

HPDF_Date ToHaruDate(Timestamp instant) {
    const auto days = std::chrono::floor<std::chrono::days>(instant);
    const std::chrono::year_month_day date{days};
    const std::chrono::hh_mm_ss time{instant - days};
    HPDF_Date haru{};
    haru.year = static_cast<int>(date.year());
    haru.month = static_cast<int>(static_cast<unsigned>(date.month()));
    haru.day = static_cast<int>(static_cast<unsigned>(date.day()));
    haru.hour = static_cast<int>(time.hours().count());
    haru.minutes = static_cast<int>(time.minutes().count());
    haru.seconds = static_cast<int>(time.seconds().count());
    haru.ind = 'Z';
    return haru;
}

}  // namespace

PdfDocument::PdfDocument(const DocumentInfo& info) {
    const auto fonts = FindFontFiles();
    m_doc = HPDF_New(OnHaruError, this);
    if (m_doc == nullptr)
        throw Error(ErrorCode::Io, "Out of memory while starting a PDF document.");
    HPDF_SetCompressionMode(m_doc, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(m_doc);
    HPDF_SetCurrentEncoder(m_doc, "UTF-8");
    const char* regular = HPDF_LoadTTFontFromFile(m_doc, fonts.regular.c_str(), HPDF_TRUE);
    const char* bold = HPDF_LoadTTFontFromFile(m_doc, fonts.bold.c_str(), HPDF_TRUE);
    Check("loading the DejaVu Sans font");
    m_regular = HPDF_GetFont(m_doc, regular, "UTF-8");
    m_bold = HPDF_GetFont(m_doc, bold, "UTF-8");
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_TITLE, info.title.c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_AUTHOR, info.author.c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_SUBJECT, info.subject.c_str());
    HPDF_SetInfoAttr(m_doc, HPDF_INFO_CREATOR, "SecureBase");
    HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_CREATION_DATE, ToHaruDate(info.created));
    HPDF_SetInfoDateAttr(m_doc, HPDF_INFO_MOD_DATE, ToHaruDate(info.created));
    Check("starting a PDF document");
}

PdfDocument::~PdfDocument() { HPDF_Free(m_doc); }

void PdfDocument::RecordError(HPDF_STATUS error, HPDF_STATUS detail) {
    if (m_error != HPDF_OK) return;  // the first error is the cause; later ones follow from it
    m_error = error;
    m_detail = detail;
}

HPDF_Image PdfDocument::LoadPng(std::string_view png) {
    if (png.empty() || m_error != HPDF_OK) return nullptr;
    const auto plain = PlainPng(png);
    if (!plain) return nullptr;
    HPDF_Image image =
        HPDF_LoadPngImageFromMem(m_doc, reinterpret_cast<const HPDF_BYTE*>(plain->data()),
                                 static_cast<HPDF_UINT>(plain->size()));
    if (!image) {
        HPDF_ResetError(m_doc);
        m_error = HPDF_OK;
        m_detail = HPDF_OK;
    }
    return image;
}

void PdfDocument::Check(const char* what) {
    if (m_error == HPDF_OK) return;
    char code[64];
    std::snprintf(code, sizeof code, "libharu error 0x%04X/%u", static_cast<unsigned>(m_error),
                  static_cast<unsigned>(m_detail));
    throw Error(ErrorCode::Io, std::string("Could not write the PDF while ") + what + " (" + code +
                                   "). Check the disk space and the fonts, then try again.");
}

HPDF_Page PdfDocument::AddPage() {
    HPDF_Page page = HPDF_AddPage(m_doc);
    Check("adding a page");
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    m_pages.push_back(page);
    return page;
}

double PdfDocument::TextWidth(std::string_view text, Weight weight, double size) const {
    if (text.empty()) return 0.0;
    const auto width =
        HPDF_Font_TextWidth(Font(weight), reinterpret_cast<const HPDF_BYTE*>(text.data()),
                            static_cast<HPDF_UINT>(text.size()));
    return width.width * size / 1000.0;
}

void PdfDocument::BeginText(HPDF_Page page, Weight weight, double size, Rgb colour) {
    HPDF_Page_SetRGBFill(page, static_cast<HPDF_REAL>(colour.r), static_cast<HPDF_REAL>(colour.g),
                         static_cast<HPDF_REAL>(colour.b));
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, Font(weight), static_cast<HPDF_REAL>(size));
}

void PdfDocument::Text(HPDF_Page page, double x, double y, std::string_view text, Weight weight,
                       double size, Rgb colour) {
    if (text.empty()) return;
    BeginText(page, weight, size, colour);
    HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y),
                      std::string(text).c_str());
    HPDF_Page_EndText(page);
}

void PdfDocument::TextUp(HPDF_Page page, double x, double y, std::string_view text, Weight weight,
                         double size, Rgb colour) {
    if (text.empty()) return;
    BeginText(page, weight, size, colour);
    HPDF_Page_SetTextMatrix(page, 0, 1, -1, 0, static_cast<HPDF_REAL>(x),
                            static_cast<HPDF_REAL>(y));
    HPDF_Page_ShowText(page, std::string(text).c_str());
    HPDF_Page_EndText(page);
}

std::string PdfDocument::Bytes() {
    Check("drawing the pages");
    HPDF_SaveToStream(m_doc);
    Check("finishing the document");
    std::string bytes(HPDF_GetStreamSize(m_doc), '\0');
    size_t read = 0;
    while (read < bytes.size()) {
        auto size = static_cast<HPDF_UINT32>(bytes.size() - read);
        const auto status =
            HPDF_ReadFromStream(m_doc, reinterpret_cast<HPDF_BYTE*>(bytes.data() + read), &size);
        read += size;
        if (status != HPDF_OK || size == 0) break;
    }
    Check("reading the finished document");
    if (read != bytes.size())
        throw Error(ErrorCode::Io, "The PDF could not be read back from memory: try again.");
    return bytes;
}

void PdfDocument::Save(const std::filesystem::path& file) { SavePdf(Bytes(), file); }

void SavePdf(const std::string& bytes, const std::filesystem::path& file) {
    const auto failed = [&file] {
        return Error(ErrorCode::Io, "Could not write " + file.string() +
                                        ": check that the folder exists and is writable.");
    };
    auto partial = file;
    partial += ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            throw failed();
        }
    }
    std::error_code error;
    std::filesystem::rename(partial, file, error);
    if (error) {
        std::filesystem::remove(partial, error);
        throw failed();
    }
}

}  // namespace securebase::report

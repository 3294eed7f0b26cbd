#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <map>
#include <sstream>
#include <string>

#include "assess/instrument_loader.h"
#include "homework/template_library.h"
#include "pdf_tools.h"
#include "report/flow_layout.h"
#include "report/instrument_blank.h"
#include "report/practice_logo.h"
#include "report/worksheet.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/png_bytes.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::TempDir;
namespace data = boost::unit_test::data;

namespace {

struct ListedImage {
    int page = 0;
    std::string size;  // "120x30"
};

// The colour images `pdfimages -list` finds, page by page (soft masks are not counted).
std::vector<ListedImage> Images(const std::filesystem::path& file) {
    std::istringstream lines(test::RunTool("pdfimages -list " + test::Quoted(file)));
    std::vector<ListedImage> images;
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        int page = 0;
        int number = 0;
        std::string type;
        std::string width;
        std::string height;
        if (fields >> page >> number >> type >> width >> height && type == "image")
            images.push_back({page, width + "x" + height});
    }
    return images;
}

// Each page's number of images.
std::map<int, int> ImagesPerPage(const std::filesystem::path& file) {
    std::map<int, int> counts;
    for (const auto& image : Images(file)) ++counts[image.page];
    return counts;
}

std::map<int, int> OneEach(int pages) {
    std::map<int, int> counts;
    for (int page = 1; page <= pages; ++page) counts[page] = 1;
    return counts;
}

// Three pages of text under a header with the given logo.
int ThreePages(const std::string& logoPng, const std::filesystem::path& file) {
    PdfDocument document({"Logo test", "Harbour Practice", "", {}});
    RunningText running{"Harbour Practice", "Logo test", "Confidential", "SB-TEST01"};
    running.logoPng = logoPng;
    FlowLayout flow(document, running);
    for (int page = 0; page < 3; ++page) {
        if (page > 0) flow.NewPage();
        flow.Paragraph("Page body.");
    }
    flow.Finish();
    document.Save(file);
    return flow.PageCount();
}

struct LogoVault {
    LogoVault() {
        session = service::VaultSession::Create(dir / "v.sbv", Secret("willow-anchor-ledger-9"),
                                                {storage::kTestKdfIterations});
        Client draft;
        draft.name = {"Orla", "Fenwick", ""};
        draft.status = ClientStatus::Active;
        code = session->Records().AdmitClient(draft).code;
    }

    void Choose(LogoChoice logo, std::string png = {}) {
        auto settings = session->Records().Settings();
        settings.logo = logo;
        settings.logoPng = std::move(png);
        session->Records().SaveSettings(settings);
    }

    std::filesystem::path Report(const std::string& name) {
        service::ProgressRequest request;
        request.client = code;
        request.from = *ParseDate("2026-01-01");
        request.to = *ParseDate("2026-06-30");
        const auto file = dir / name;
        session->Reporting().Write(request, file);
        return file;
    }

    TempDir dir;
    std::unique_ptr<service::VaultSession> session;
    std::string code;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_logo)

BOOST_AUTO_TEST_CASE(the_logo_is_drawn_on_every_page_from_one_image_object) {
    TempDir dir;
    const auto file = dir / "l.pdf";
    BOOST_REQUIRE_EQUAL(ThreePages(test::WideLogo(), file), 3);
    BOOST_TEST((ImagesPerPage(file) == OneEach(3)));
    for (const auto& image : Images(file)) BOOST_TEST(image.size == "120x30");
    // Drawn three times, stored once.
    const auto bytes = test::FileBytes(file);
    size_t objects = 0;
    for (size_t at = bytes.find("/Subtype /Image"); at != std::string::npos;
         at = bytes.find("/Subtype /Image", at + 1))
        ++objects;
    BOOST_TEST(objects == 1u);
}

BOOST_AUTO_TEST_CASE(no_logo_draws_no_image_and_the_practice_name_stays) {
    TempDir dir;
    ThreePages("", dir / "none.pdf");
    BOOST_TEST(Images(dir / "none.pdf").empty());
    BOOST_TEST(test::PdfPageText(dir / "none.pdf", 2).find("Harbour Practice") !=
               std::string::npos);
}

BOOST_DATA_TEST_CASE(every_kind_of_png_is_drawn,
                     data::make({"logo_rgba16.png", "logo_palette.png", "logo_interlaced.png",
                                 "logo_grey_alpha.png"}),
                     name) {
    TempDir dir;
    ThreePages(test::TestPng(name), dir / "k.pdf");
    BOOST_TEST((ImagesPerPage(dir / "k.pdf") == OneEach(3)));
}

// libharu aborts the process on a PNG libpng refuses; such a logo must only go missing.
BOOST_AUTO_TEST_CASE(a_png_libpng_cannot_read_leaves_the_header_without_it) {
    TempDir dir;
    BOOST_TEST(ThreePages(test::DamagedLogo(), dir / "damaged.pdf") == 3);
    BOOST_TEST(ThreePages(test::PngHeader(40, 10), dir / "cut.pdf") == 3);
    for (const char* name : {"damaged.pdf", "cut.pdf"}) {
        BOOST_TEST(Images(dir / name).empty(), name);
        BOOST_TEST(test::PdfText(dir / name).find("Harbour Practice") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(the_shipped_default_logo_is_a_96_pixel_png) {
    TempDir dir;
    ThreePages(std::string(DefaultLogoPng()), dir / "d.pdf");
    const auto images = Images(dir / "d.pdf");
    BOOST_REQUIRE_EQUAL(images.size(), 3u);
    BOOST_TEST(images[0].size == "96x96");
}

BOOST_AUTO_TEST_CASE(worksheets_and_instrument_blanks_carry_the_logo_on_every_page) {
    TempDir dir;
    WorksheetInfo info{"Harbour Practice", "SB-TEST01", "", 3};
    info.logoPng = test::WideLogo();
    const int worksheetPages =
        WriteWorksheet(homework::LoadTemplateFile(std::string(SECUREBASE_FORMS_DIR) +
                                                  "/homework/gratitude_journal.json"),
                       info, dir / "w.pdf");
    BOOST_TEST((ImagesPerPage(dir / "w.pdf") == OneEach(worksheetPages)));
    const auto instrument = assess::LoadInstrument(
        std::string(SECUREBASE_FORMS_DIR) + "/instruments/relationship_patterns_inventory.json");
    const int blankPages =
        WriteInstrumentBlank(instrument, "Harbour Practice", test::WideLogo(), dir / "b.pdf");
    BOOST_TEST(blankPages >= 2);
    BOOST_TEST((ImagesPerPage(dir / "b.pdf") == OneEach(blankPages)));
}

BOOST_AUTO_TEST_CASE(a_progress_report_shows_the_default_logo_until_the_practice_chooses) {
    LogoVault vault;
    const auto unset = vault.Report("unset.pdf");
    const int pages = test::PdfPages(unset);
    BOOST_TEST((ImagesPerPage(unset) == OneEach(pages)));
    BOOST_TEST(Images(unset).at(0).size == "96x96");

    vault.Choose(LogoChoice::Custom, test::WideLogo());
    const auto custom = vault.Report("custom.pdf");
    BOOST_TEST((ImagesPerPage(custom) == OneEach(test::PdfPages(custom))));
    BOOST_TEST(Images(custom).at(0).size == "120x30");

    vault.Choose(LogoChoice::None);
    BOOST_TEST(Images(vault.Report("none.pdf")).empty());
}

BOOST_AUTO_TEST_SUITE_END()

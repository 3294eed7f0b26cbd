#include <boost/test/unit_test.hpp>
#include <string>

#include "chart_fixtures.h"
#include "core/error.h"
#include "pdf_tools.h"
#include "report/flow_layout.h"
#include "report/instrument_charts.h"
#include "report/pdf_document.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::D;
using securebase::test::TempDir;

namespace {

DocumentInfo Info() {
    return {"Test document", "Dr Test Practitioner", "layout",
            Timestamp{std::chrono::seconds{1767225600}}};
}

RunningText Running() { return {"Harbour Practice", "Test document", "Confidential", "C-0042"}; }

std::string Words(int count) {
    std::string text;
    for (int i = 0; i < count; ++i)
        text += (i ? " " : "") + std::string("word") + std::to_string(i);
    return text;
}

void Write(const std::filesystem::path& file, const std::function<void(FlowLayout&)>& blocks) {
    PdfDocument document(Info());
    FlowLayout layout(document, Running());
    blocks(layout);
    layout.Finish();
    document.Save(file);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pdf_layout)

BOOST_AUTO_TEST_CASE(accented_and_greek_names_print_in_an_embedded_font) {
    TempDir dir;
    const auto file = dir / "names.pdf";
    Write(file, [](FlowLayout& layout) {
        layout.Title("Zoë Ñúñez");
        layout.KeyValues({{"Client", "Δήμητρα Παπαδοπούλου"}, {"Referrer", "Łukasz Żółć"}});
    });
    const auto text = test::PdfText(file);
    BOOST_TEST(text.find("Zoë Ñúñez") != std::string::npos);
    BOOST_TEST(text.find("Δήμητρα Παπαδοπούλου") != std::string::npos);
    BOOST_TEST(text.find("Łukasz Żółć") != std::string::npos);
    const auto fonts = test::PdfFonts(file);
    BOOST_TEST(fonts.find("DejaVuSans") != std::string::npos);
    BOOST_TEST(fonts.find("DejaVuSans-Bold") != std::string::npos);
    BOOST_TEST(fonts.find(" no ") == std::string::npos);  // every font embedded
}

BOOST_AUTO_TEST_CASE(every_page_has_the_running_header_and_page_n_of_m) {
    TempDir dir;
    const auto file = dir / "long.pdf";
    Write(file, [](FlowLayout& layout) {
        for (int i = 0; i < 6; ++i) layout.Paragraph(Words(600));
    });
    const int pages = test::PdfPages(file);
    BOOST_TEST(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        const auto text = test::PdfPageText(file, page);
        BOOST_TEST(text.find("Confidential") != std::string::npos);
        BOOST_TEST(text.find("C-0042") != std::string::npos);
        BOOST_TEST(text.find("Harbour Practice") != std::string::npos);
        const auto expected = "Page " + std::to_string(page) + " of " + std::to_string(pages);
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
}

BOOST_AUTO_TEST_CASE(long_text_flows_onto_new_pages_without_losing_a_word) {
    TempDir dir;
    const auto file = dir / "flow.pdf";
    Write(file, [](FlowLayout& layout) { layout.Paragraph(Words(3000)); });
    const auto text = test::PdfText(file);
    BOOST_TEST(test::PdfPages(file) >= 4);
    for (const int i : {0, 1, 999, 1500, 2998, 2999}) {
        const auto word = "word" + std::to_string(i);
        const bool found = text.find(word + " ") != std::string::npos ||
                           text.find(word + "\n") != std::string::npos;
        BOOST_TEST(found, word);
    }
}

BOOST_AUTO_TEST_CASE(a_long_table_splits_across_pages_and_repeats_its_header) {
    TempDir dir;
    const auto file = dir / "table.pdf";
    Write(file, [](FlowLayout& layout) {
        TableSpec table;
        table.columns = {{"Administration date", 2.0}, {"Anxiety", 1.0, Align::Right}};
        for (int i = 0; i < 150; ++i) table.rows.push_back({"row " + std::to_string(i), "4.5"});
        layout.Table(table);
    });
    const int pages = test::PdfPages(file);
    BOOST_TEST(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        BOOST_TEST(test::PdfPageText(file, page).find("Administration date") != std::string::npos);
    }
    const auto text = test::PdfText(file);
    BOOST_TEST(text.find("row 0") != std::string::npos);
    BOOST_TEST(text.find("row 149") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(charts_print_their_title_ticks_and_cut_off) {
    TempDir dir;
    const auto file = dir / "chart.pdf";
    Write(file, [](FlowLayout& layout) {
        LineChartInput input;
        input.title = "Attachment anxiety";
        input.yTitle = "Mean score";
        input.yRange = {{1.0, 7.0}};
        input.references = {{4.0, "cut-off"}};
        input.series = {
            {"Anxiety", {{D(2026, 1, 5), 5.5}, {D(2026, 2, 2), 4.25}, {D(2026, 3, 2), 3.0}}}};
        layout.Chart(BuildLineChart(input));
        auto plane = test::PlaneInput();
        plane.points = {{D(2026, 1, 5), 5.5, 4.5}, {D(2026, 3, 2), 3.0, 2.5}};
        layout.Chart(BuildQuadrantChart(plane));
    });
    const auto text = test::PdfText(file);
    for (const char* expected :
         {"Attachment anxiety", "Mean score", "cut-off (4.0)", "5.5", "4.3", "Relationship pattern",
          "Secure", "Fearful", "Attachment avoidance", "2026-01-05", "2026-03-02"}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
}

BOOST_AUTO_TEST_CASE(the_same_input_gives_byte_identical_files) {
    TempDir dir;
    const auto blocks = [](FlowLayout& layout) {
        layout.Title("Zoë Ñúñez");
        layout.Paragraph(Words(900));
    };
    Write(dir / "a.pdf", blocks);
    Write(dir / "b.pdf", blocks);
    const auto a = test::FileBytes(dir / "a.pdf");
    BOOST_TEST(a.size() > 1000u);
    BOOST_TEST((a == test::FileBytes(dir / "b.pdf")));
    BOOST_TEST(a.find("/CreationDate (D:20260101000000Z") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(saving_into_a_missing_folder_is_an_io_error_and_leaves_no_file) {
    TempDir dir;
    PdfDocument document(Info());
    FlowLayout layout(document, Running());
    layout.Paragraph("text");
    layout.Finish();
    try {
        document.Save(dir / "missing" / "x.pdf");
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::Io));
    }
    BOOST_TEST(!std::filesystem::exists(dir / "missing"));
}

BOOST_AUTO_TEST_SUITE_END()

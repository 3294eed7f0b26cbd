#include <boost/test/unit_test.hpp>
#include <string>

#include "assess/instrument_loader.h"
#include "homework/template_library.h"
#include "pdf_tools.h"
#include "report/instrument_blank.h"
#include "report/worksheet.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::TempDir;

namespace {

homework::HomeworkTemplate Template(const std::string& id) {
    return homework::LoadTemplateFile(std::string(SECUREBASE_FORMS_DIR) + "/homework/" + id +
                                      ".json");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(worksheets)

BOOST_AUTO_TEST_CASE(every_shipped_template_prints_its_title_instructions_and_field_labels) {
    TempDir dir;
    const auto library =
        homework::LoadTemplateFolder(std::string(SECUREBASE_FORMS_DIR) + "/homework");
    BOOST_REQUIRE(library.templates.size() >= 11u);
    for (const auto& homeworkTemplate : library.templates) {
        const auto file = dir / (homeworkTemplate.id + ".pdf");
        const int pages =
            WriteWorksheet(homeworkTemplate, {"Harbour Practice", "SB-TEST01", "", 1}, file);
        BOOST_TEST(pages >= 1);
        const auto text = test::PdfText(file);
        BOOST_TEST(text.find(homeworkTemplate.title) != std::string::npos, homeworkTemplate.id);
        BOOST_TEST(text.find("SB-TEST01") != std::string::npos);
        for (const auto& field : homeworkTemplate.fields) {
            const auto firstWord = field.label.substr(0, field.label.find(' '));
            BOOST_TEST(text.find(firstWord) != std::string::npos,
                       homeworkTemplate.id + "." + field.key);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_worksheet_repeats_on_a_fresh_page_for_each_copy) {
    TempDir dir;
    const auto one =
        WriteWorksheet(Template("gratitude_journal"), {"P", "SB-TEST01", "", 1}, dir / "1.pdf");
    const auto seven =
        WriteWorksheet(Template("gratitude_journal"), {"P", "SB-TEST01", "", 7}, dir / "7.pdf");
    BOOST_TEST(seven >= 7 * one);
    BOOST_TEST(test::PdfPages(dir / "7.pdf") == seven);
}

BOOST_AUTO_TEST_CASE(a_rating_prints_zero_to_ten_with_its_anchors) {
    TempDir dir;
    const auto trigger = Template("trigger_log");
    WriteWorksheet(trigger, {"P", "Zoë Ñúñez", "Bring it to our next session.", 1}, dir / "t.pdf");
    const auto text = test::PdfText(dir / "t.pdf");
    BOOST_TEST(text.find("Zoë Ñúñez") != std::string::npos);
    BOOST_TEST(text.find("Bring it to our next session.") != std::string::npos);
    for (const auto& field : trigger.fields) {
        if (field.type != homework::FieldType::Rating || field.lowAnchor.empty()) continue;
        BOOST_TEST(text.find(field.lowAnchor) != std::string::npos, field.lowAnchor);
    }
    BOOST_TEST(text.find("10") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_instrument_blank_lists_every_item_with_its_scale_and_disclaimer) {
    TempDir dir;
    const auto instrument = assess::LoadInstrument(
        std::string(SECUREBASE_FORMS_DIR) + "/instruments/relationship_patterns_inventory.json");
    const int pages = WriteInstrumentBlank(instrument, "Harbour Practice", "", dir / "b.pdf");
    BOOST_TEST(pages >= 2);
    const auto text = test::PdfText(dir / "b.pdf");
    BOOST_TEST(text.find("24. ") != std::string::npos);
    BOOST_TEST(text.find("Somewhat") != std::string::npos);
    BOOST_TEST(text.find("7 Strongly") != std::string::npos);
    BOOST_TEST(text.find("not a validated diagnostic measure") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <string>

#include "chart_fixtures.h"
#include "core/error.h"
#include "pdf_tools.h"
#include "report/progress_report.h"
#include "report/report_template.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::D;
using securebase::test::TempDir;

namespace {

Date DaysAfter(Date day, int days) {
    return Date{std::chrono::sys_days{day} + std::chrono::days{days}};
}

ReportTemplate Shipped() { return LoadReportTemplate("progress"); }

// An invented client with a little of everything, and many administrations when asked.
ReportData Data(int administrations = 3) {
    ReportData data;
    data.practiceName = "Harbour Practice";
    data.practitioner = "Ilse Marrow, MA";
    data.reportDate = D(2026, 11, 25);
    data.period = {D(2026, 1, 1), D(2026, 11, 25)};
    data.clientCode = "SB-TEST01";
    data.identity = {{"Name", "Zoë Ñúñez"}};
    data.status = "active";
    data.careDates = "admitted 2026-01-05";
    data.presentingConcerns = "Δήμητρα was mentioned as a close friend.";
    data.sessions = {9, 2, 1};
    InstrumentResults rpi;
    rpi.title = "Relationship Patterns Inventory";
    rpi.subscales = {"Attachment anxiety", "Attachment avoidance"};
    rpi.classifies = true;
    for (int i = 0; i < administrations; ++i) {
        rpi.rows.push_back({DaysAfter(D(2026, 1, 5), i),
                            {"5.25", "4.75"},
                            "Disorganized (fearful)",
                            i == 0 ? "baseline" : "raw change only"});
    }
    rpi.verdicts = {"Attachment anxiety: 5.25 to 3.00, improved (RCI -2.41)"};
    auto plane = test::PlaneInput();
    plane.points = {{D(2026, 1, 5), 5.25, 4.75}, {D(2026, 6, 5), 3.0, 2.5}};
    rpi.quadrant = BuildQuadrantChart(plane);
    data.assessments.push_back(rpi);
    data.goals = {{"Say what I need once a week", "active", 40}};
    data.summary = "Steady work on reassurance-seeking.";
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(progress_report)

BOOST_AUTO_TEST_CASE(the_shipped_template_lists_every_section_in_order) {
    const auto layout = Shipped();
    BOOST_TEST(layout.id == "progress");
    BOOST_REQUIRE_EQUAL(layout.sections.size(), 8u);
    BOOST_TEST((layout.sections.front().kind == SectionKind::Header));
    BOOST_TEST((layout.sections[3].kind == SectionKind::Assessments));
    BOOST_TEST((layout.sections.back().kind == SectionKind::Signature));
}

BOOST_AUTO_TEST_CASE(a_template_with_an_unknown_section_names_the_file_and_field) {
    try {
        ParseReportTemplate(R"({"format": 1, "id": "x", "title": "X",
                                "sections": [{"type": "header"}, {"type": "horoscope"}]})",
                            "clinic.json");
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        const std::string message = error.what();
        BOOST_TEST((error.Code() == ErrorCode::Invalid));
        BOOST_TEST(message.find("clinic.json") != std::string::npos);
        BOOST_TEST(message.find("sections[1].type") != std::string::npos, message);
    }
}

BOOST_AUTO_TEST_CASE(a_template_of_another_format_or_without_sections_is_refused) {
    BOOST_CHECK_THROW(ParseReportTemplate(R"({"format": 2, "id": "x", "title": "X",
                                              "sections": [{"type": "header"}]})",
                                          "a.json"),
                      Error);
    BOOST_CHECK_THROW(
        ParseReportTemplate(R"({"format": 1, "id": "x", "title": "X", "sections": []})", "b.json"),
        Error);
    BOOST_CHECK_THROW(ParseReportTemplate("not json", "c.json"), Error);
}

BOOST_AUTO_TEST_CASE(an_unknown_template_name_is_not_found_and_a_path_is_refused) {
    try {
        LoadReportTemplate("no_such_layout");
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
    }
    BOOST_CHECK_THROW(LoadReportTemplate("../progress"), Error);
}

BOOST_AUTO_TEST_CASE(the_report_prints_every_section_with_the_templates_wording) {
    TempDir dir;
    const auto file = dir / "r.pdf";
    WriteProgressReport(Shipped(), Data(), file);
    const auto text = test::PdfText(file);
    for (const char* expected :
         {"Progress report", "Client summary", "Zoë Ñúñez", "Δήμητρα", "Sessions in the period",
          "Did not attend", "Assessment results", "Relationship Patterns Inventory", "5.25",
          "Disorganized (fearful)", "improved (RCI -2.41)", "Relationship pattern",
          "No homework recorded in this period.", "Say what I need once a week", "40 %",
          "Steady work on reassurance-seeking.", "Signature: Ilse Marrow, MA", "SB-TEST01"}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
}

BOOST_AUTO_TEST_CASE(the_change_column_keeps_its_room_beside_seven_score_columns) {
    TempDir dir;
    auto data = Data();
    InstrumentResults checkin;
    checkin.title = "Weekly check-in";
    checkin.subscales = {"Felt safety",
                         "Trust",
                         "Reassurance-seeking",
                         "Withdrawal",
                         "Calming down after upset",
                         "Saying what I need",
                         "Security (composite)"};
    checkin.rows.push_back({D(2026, 10, 2),
                            {"7.00", "6.00", "6.00", "4.00", "4.00", "5.00", "5.33"},
                            "",
                            "raw change only"});
    data.assessments = {checkin};
    WriteProgressReport(Shipped(), data, dir / "c.pdf");
    const auto text = test::PdfText(dir / "c.pdf");
    // Squeezed, it stood a word per line; now at most "raw change" over "only".
    BOOST_TEST(text.find("raw change") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(homework_without_entries_in_the_period_draws_no_empty_chart) {
    TempDir dir;
    auto data = Data();
    HomeworkResults quiet;
    quiet.title = "Small wins";
    quiet.adherence = "0 of 1 done (0 %)";
    LineChartInput nothing;
    nothing.title = "Small wins: how good it felt";
    nothing.series = {{"Rating", {}}};
    quiet.charts = {BuildLineChart(nothing)};
    BOOST_REQUIRE(quiet.charts.front().Empty());
    data.homework = {quiet};
    WriteProgressReport(Shipped(), data, dir / "h.pdf");
    const auto text = test::PdfText(dir / "h.pdf");
    BOOST_TEST(text.find("0 of 1 done") != std::string::npos);
    BOOST_TEST(text.find("No data in this period") == std::string::npos);
    BOOST_TEST(text.find("how good it felt") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_clinic_template_changes_order_headings_and_wording) {
    TempDir dir;
    const auto layout = ParseReportTemplate(R"({"format": 1, "id": "brief", "title": "Brief",
        "confidential": "Private and confidential", "labels": {"noShow": "Missed"},
        "sections": [{"type": "sessions", "heading": "Attendance"},
                     {"type": "summary", "heading": "In short", "empty": "Nothing to add."}]})",
                                            "brief.json");
    auto data = Data();
    data.summary.clear();
    WriteProgressReport(layout, data, dir / "b.pdf");
    const auto text = test::PdfText(dir / "b.pdf");
    BOOST_TEST(text.find("Attendance") != std::string::npos);
    BOOST_TEST(text.find("Missed") != std::string::npos);
    BOOST_TEST(text.find("Nothing to add.") != std::string::npos);
    BOOST_TEST(text.find("Private and confidential") != std::string::npos);
    BOOST_TEST(text.find("Assessment results") == std::string::npos);
    BOOST_TEST(text.find("Attendance") < text.find("In short"));
}

BOOST_AUTO_TEST_CASE(many_administrations_make_more_pages_and_every_row_prints) {
    TempDir dir;
    const int few = WriteProgressReport(Shipped(), Data(3), dir / "few.pdf");
    const int many = WriteProgressReport(Shipped(), Data(120), dir / "many.pdf");
    BOOST_TEST(many > few);
    BOOST_TEST(test::PdfPages(dir / "many.pdf") == many);
    const auto text = test::PdfText(dir / "many.pdf");
    BOOST_TEST(text.find(FormatDate(DaysAfter(D(2026, 1, 5), 119))) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(source_date_epoch_dates_the_document_and_fixes_its_bytes) {
    TempDir dir;
    setenv("SOURCE_DATE_EPOCH", "1764028800", 1);
    WriteProgressReport(Shipped(), Data(), dir / "a.pdf");
    WriteProgressReport(Shipped(), Data(), dir / "b.pdf");
    unsetenv("SOURCE_DATE_EPOCH");
    const auto a = test::FileBytes(dir / "a.pdf");
    BOOST_TEST((a == test::FileBytes(dir / "b.pdf")));
    BOOST_TEST(a.find("D:20251125000000Z") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <regex>
#include <string>

#include "assess/instrument_loader.h"
#include "chart_fixtures.h"
#include "core/error.h"
#include "pdf_tools.h"
#include "report/attendance_certificate.h"
#include "report/group_report.h"
#include "report/spread_chart.h"
#include "support/temp_dir.h"

using namespace securebase;
using namespace securebase::report;
using securebase::test::D;
using securebase::test::TempDir;
namespace bdata = boost::unit_test::data;

namespace {

DocumentTemplate GroupLayout() { return LoadDocumentTemplate("group", GroupReportKind()); }
DocumentTemplate CertificateLayout() {
    return LoadDocumentTemplate("certificate", CertificateKind());
}

assess::Instrument CheckIn() {
    return assess::LoadInstrument(std::string(SECUREBASE_FORMS_DIR) +
                                  "/instruments/weekly_secure_base_checkin.json");
}

// Lines as the page shows them, so a grid row reads "SB-GRP001 P L E A".
std::string LayoutText(const std::filesystem::path& file) {
    return test::RunTool("pdftotext -layout -enc UTF-8 " + test::Quoted(file) + " -");
}

bool HasLine(const std::string& text, const std::string& pattern) {
    return std::regex_search(text, std::regex(pattern));
}

std::string Code(int i) {
    char code[16];
    std::snprintf(code, sizeof code, "SB-GRP%03d", i);
    return code;
}

// An invented group: `participants` by code, `meetings` weekly from 2026-09-01, everybody
// present except the patterns of participants 1 to 3; the third joined at meeting 2.
GroupReportData Data(int participants = 3, int meetings = 4) {
    GroupReportData data;
    data.practiceName = "Harbour Practice";
    data.practitioner = "Ilse Marrow, MA";
    data.reportDate = D(2026, 11, 25);
    data.groupName = "Tidewater circle";
    data.kind = "support group";
    data.status = "running";
    data.facilitators = {"Ilse Marrow", "Odran Vesk"};
    data.schedule = "Tuesdays at 18:00 for 90 min, from 2026-09-01, 8 meetings";
    data.location = "Room 3";
    data.from = D(2026, 9, 1);
    data.to = D(2026, 10, 20);
    data.capacity = 40;
    for (int m = 0; m < meetings; ++m) {
        data.meetings.push_back({m + 1,
                                 Date{std::chrono::sys_days{D(2026, 9, 1)} + std::chrono::weeks{m}},
                                 "Topic number " + std::to_string(m + 1), participants});
    }
    for (int i = 1; i <= participants; ++i) {
        GroupParticipantRow row;
        row.code = Code(i);
        row.enrolledOn = D(2026, 8, 25);
        row.marks.assign(static_cast<size_t>(meetings), "P");
        row.meetings = meetings;
        row.attended = meetings;
        row.rate = 1.0;
        data.participants.push_back(row);
    }
    if (participants >= 3 && meetings >= 4) {
        data.participants[0].marks = std::vector<std::string>(static_cast<size_t>(meetings), "P");
        data.participants[0].marks[1] = "L";
        data.participants[0].marks[2] = "E";
        data.participants[0].marks[3] = "A";
        auto& first = data.participants[0];
        first.attended = meetings - 2;
        first.late = 1;
        first.excused = 1;
        first.absent = 1;
        first.rate = static_cast<double>(first.attended) / meetings;
        auto& third = data.participants[2];
        third.enrolledOn = D(2026, 9, 8);
        third.marks[0] = "";
        third.marks[1] = "-";
        third.meetings = meetings - 1;
        third.attended = meetings - 2;
        third.absent = 1;
        third.rate = static_cast<double>(third.attended) / third.meetings;
    }
    const auto instrument = CheckIn();
    CheckinTrend trend;
    trend.instrument = instrument.title;
    for (const auto& subscale : instrument.subscales) trend.subscales.push_back(subscale.name);
    std::vector<MeetingSpread> spreads;
    for (const auto& meeting : data.meetings) {
        CheckinRow row{meeting.number, meeting.heldOn, 3, {}};
        for (size_t s = 0; s < trend.subscales.size(); ++s) row.cells.push_back({3, 5.25, 2, 8});
        trend.rows.push_back(row);
        spreads.push_back({meeting.heldOn, 5.25, 2, 8});
    }
    trend.charts.push_back(SubscaleSpreadChart(instrument, "safety", spreads));
    data.checkins = trend;
    data.homework.participantsAssigned = 2;
    data.homework.entries = 9;
    data.homework.meanAdherence = 0.625;
    data.homework.rows = {{Code(1), 1, 5, 0.5}, {Code(2), 1, 4, 0.75}};
    data.summary = "The circle settled into a steady rhythm of sharing.";
    return data;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(group_report)

BOOST_AUTO_TEST_CASE(the_shipped_group_template_lists_its_sections_in_order) {
    const auto layout = GroupLayout();
    BOOST_TEST(layout.id == "group");
    BOOST_REQUIRE_EQUAL(layout.sections.size(), 10u);
    BOOST_TEST(layout.sections.front().type == "header");
    BOOST_TEST(layout.sections[4].type == "attendance");
    BOOST_TEST(layout.sections.back().type == "signature");
}

BOOST_DATA_TEST_CASE(a_group_template_that_breaks_a_rule_names_the_file_and_the_field,
                     bdata::make({R"({"format": 1, "id": "g", "title": "G",
                                      "sections": [{"type": "horoscope"}]})",
                                  R"({"format": 1, "id": "g", "title": "G",
                                      "labels": {"rat": "Rate"},
                                      "sections": [{"type": "rates"}]})",
                                  R"({"format": 2, "id": "g", "title": "G",
                                      "sections": [{"type": "rates"}]})"}) ^
                         bdata::make({"sections[0].type", "labels.rat", "format"}),
                     json, field) {
    try {
        ParseDocumentTemplate(json, "clinic-group.json", GroupReportKind());
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        const std::string message = error.what();
        BOOST_TEST((error.Code() == ErrorCode::Invalid));
        BOOST_TEST(message.find("clinic-group.json") != std::string::npos);
        BOOST_TEST(message.find(field) != std::string::npos, message);
    }
}

BOOST_AUTO_TEST_CASE(a_template_label_rewords_the_fixed_words) {
    const auto layout = ParseDocumentTemplate(
        R"({"format": 1, "id": "g", "title": "G", "labels": {"rate": "Quote"},
            "sections": [{"type": "rates", "heading": "Rates"}]})",
        "g.json", GroupReportKind());
    TempDir dir;
    WriteGroupReport(layout, Data(), dir / "g.pdf");
    const auto text = test::PdfText(dir / "g.pdf");
    BOOST_TEST(text.find("Quote") != std::string::npos);
    BOOST_TEST(text.find("Attendance rate") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_section_of_the_group_report_prints_with_its_numbers) {
    TempDir dir;
    const auto file = dir / "group.pdf";
    const int pages = WriteGroupReport(GroupLayout(), Data(), file);
    BOOST_TEST(pages == test::PdfPages(file));
    const auto text = LayoutText(file);
    for (const char* expected :
         {"Group report", "Tidewater circle", "support group", "Ilse Marrow, Odran Vesk", "Room 3",
          "Participants", "Meetings", "Topic number 4", "Attendance",
          "Attendance rate per participant", "Check-in trend", "Weekly", "Homework adherence",
          "Facilitator's summary", "steady rhythm of sharing", "Signature: Odran Vesk",
          "Places taken", "3 of 40"}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
    // The grid: letters per meeting, blank before the third participant joined.
    BOOST_TEST(HasLine(text, "SB-GRP001 +P +L +E +A\n"));
    BOOST_TEST(HasLine(text, "SB-GRP003 +- +P +P\n"));
    // Rates: meetings while enrolled, attended, late, excused, absent, rate.
    BOOST_TEST(HasLine(text, "SB-GRP001 +4 +2 +1 +1 +1 +50 %"));
    BOOST_TEST(HasLine(text, "SB-GRP003 +3 +2 +0 +0 +1 +67 %"));
    // Check-in cells: the mean with the range under it.
    BOOST_TEST(text.find("5.3") != std::string::npos);
    BOOST_TEST(text.find("(2.0–8.0)") != std::string::npos);
    BOOST_TEST(text.find("Felt safety: group mean and range") != std::string::npos);
    // Homework: the totals and each participant's adherence.
    BOOST_TEST(HasLine(text, "Mean adherence +63 %"));
    BOOST_TEST(HasLine(text, "SB-GRP002 +1 +4 +75 %"));
}

BOOST_AUTO_TEST_CASE(an_empty_group_says_so_in_every_section_instead_of_a_blank) {
    GroupReportData data = Data(0, 0);
    data.checkins.reset();
    data.homework = {};
    data.summary.clear();
    TempDir dir;
    WriteGroupReport(GroupLayout(), data, dir / "empty.pdf");
    const auto text = test::PdfText(dir / "empty.pdf");
    for (const char* expected :
         {"Nobody has been enrolled in this group.", "No meetings have been held yet.",
          "No attendance has been recorded yet.", "No check-ins were recorded",
          "No homework was assigned through the group's meetings.",
          "No summary was written for this report."}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
}

BOOST_AUTO_TEST_CASE(twelve_meetings_and_thirty_participants_fit_one_grid_across_pages) {
    TempDir dir;
    const auto file = dir / "long.pdf";
    const int pages = WriteGroupReport(GroupLayout(), Data(30, 12), file);
    BOOST_TEST(pages == test::PdfPages(file));
    BOOST_TEST(pages == 6);
    const auto text = LayoutText(file);
    // One grid: all twelve meetings in a row of the header, every participant with twelve marks.
    BOOST_TEST(text.find("Meetings 1–12") == std::string::npos);
    BOOST_TEST(HasLine(text, "1 +2 +3 +4 +5 +6 +7 +8 +9 +10 +11 +12\n"));
    for (int i = 1; i <= 30; ++i) {
        const std::string marks = i == 3 ? "{11}" : "{12}";  // the third joined late
        BOOST_TEST(HasLine(text, Code(i) + "( +[PLEA-])" + marks + "\n"), Code(i));
    }
}

BOOST_AUTO_TEST_CASE(more_than_twelve_meetings_continue_in_a_second_grid) {
    TempDir dir;
    const auto file = dir / "longer.pdf";
    WriteGroupReport(GroupLayout(), Data(5, 20), file);
    const auto text = LayoutText(file);
    BOOST_TEST(text.find("Meetings 1–12") != std::string::npos);
    BOOST_TEST(text.find("Meetings 13–20") != std::string::npos);
    BOOST_TEST(HasLine(text, Code(5) + "( +P){8}\n"));
}

BOOST_AUTO_TEST_CASE(the_group_report_embeds_its_fonts_and_is_reproducible) {
    TempDir dir;
    setenv("SOURCE_DATE_EPOCH", "1764028800", 1);
    WriteGroupReport(GroupLayout(), Data(), dir / "a.pdf");
    WriteGroupReport(GroupLayout(), Data(), dir / "b.pdf");
    WriteCertificates(CertificateLayout(), {}, dir / "none.pdf");
    unsetenv("SOURCE_DATE_EPOCH");
    const auto a = test::FileBytes(dir / "a.pdf");
    BOOST_TEST((a == test::FileBytes(dir / "b.pdf")));
    BOOST_TEST(a.find("D:20251125000000Z") != std::string::npos);
    const auto fonts = test::PdfFonts(dir / "a.pdf");
    BOOST_TEST(fonts.find("DejaVuSans") != std::string::npos);
    BOOST_TEST(fonts.find(" no ") == std::string::npos, fonts);
}

BOOST_AUTO_TEST_CASE(a_long_group_name_is_shortened_in_the_footer_but_whole_in_the_header) {
    GroupReportData data = Data();
    data.groupName =
        "A very long group name that goes on and on about secure attachment "
        "and the moving toward it of everyone";
    TempDir dir;
    WriteGroupReport(GroupLayout(), data, dir / "g.pdf");
    const auto text = test::PdfPageText(dir / "g.pdf", 2);
    BOOST_TEST(text.find("A very long group name") != std::string::npos);
    BOOST_TEST(text.find("…") != std::string::npos);
    BOOST_TEST(text.find("of everyone") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_spread_chart_draws_the_mean_between_the_lowest_and_the_highest) {
    const auto chart = SubscaleSpreadChart(
        CheckIn(), "safety", {{D(2026, 9, 1), 4.5, 2, 7}, {D(2026, 9, 8), 5.0, 3, 8}});
    BOOST_TEST(chart.title == "Felt safety: group mean and range");
    BOOST_TEST(chart.y.min == 0.0);
    BOOST_TEST(chart.y.max == 10.0);
    BOOST_REQUIRE_EQUAL(chart.series.size(), 3u);
    BOOST_TEST(chart.series[0].label == "Mean");
    BOOST_TEST(chart.series[0].values[0] == "4.5");
    BOOST_TEST(chart.series[1].values[1] == "");
    BOOST_TEST(chart.series[2].values.size() == 2u);
    BOOST_TEST(chart.series[1].points[0].y > chart.series[0].points[0].y);
    BOOST_TEST(chart.series[0].points[0].y > chart.series[2].points[0].y);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(attendance_certificate)

CertificateData Certificate(const std::string& participant, int attended) {
    CertificateData data;
    data.practiceName = "Harbour Practice";
    data.groupName = "Tidewater circle";
    data.kind = "support group";
    data.participant = participant;
    data.code = "SB-GRP001";
    data.held = 8;
    data.attended = attended;
    for (int i = 0; i < attended; ++i) {
        data.datesAttended.push_back(
            Date{std::chrono::sys_days{D(2026, 9, 1)} + std::chrono::weeks{i}});
    }
    data.enrolledOn = D(2026, 8, 25);
    data.leftOn = D(2026, 10, 30);
    data.facilitators = {"Ilse Marrow"};
    data.issuedOn = D(2026, 11, 25);
    return data;
}

BOOST_AUTO_TEST_CASE(
    a_certificate_names_the_participant_counts_the_meetings_and_says_what_it_covers) {
    TempDir dir;
    const auto file = dir / "c.pdf";
    BOOST_TEST(WriteCertificates(CertificateLayout(), {Certificate("Maelis Tórrand", 6)}, file) ==
               1);
    const auto text = LayoutText(file);
    for (const char* expected :
         {"Certificate of attendance", "Maelis Tórrand attended 6 of the 8 meetings",
          "Tidewater circle", "2026-08-25 to 2026-10-30", "2026-09-01", "2026-10-06",
          "records attendance only", "does not describe or assess", "Facilitator: Ilse Marrow",
          "Issued on", "2026-11-25"}) {
        BOOST_TEST(text.find(expected) != std::string::npos, expected);
    }
    BOOST_TEST(text.find("2026-10-13") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(several_certificates_take_one_page_each) {
    TempDir dir;
    const auto file = dir / "all.pdf";
    const int pages =
        WriteCertificates(CertificateLayout(),
                          {Certificate("Maelis Tórrand", 6), Certificate("SB-GRP002", 0),
                           Certificate("Quill Ardenne", 8)},
                          file);
    BOOST_TEST(pages == 3);
    BOOST_TEST(test::PdfPages(file) == 3);
    BOOST_TEST(test::PdfPageText(file, 2).find("SB-GRP002 attended 0 of the 8") !=
               std::string::npos);
    BOOST_TEST(test::PdfPageText(file, 2).find("No meetings were attended") != std::string::npos);
    BOOST_TEST(test::PdfPageText(file, 3).find("Quill Ardenne") != std::string::npos);
    BOOST_TEST(test::PdfPageText(file, 3).find("Maelis") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

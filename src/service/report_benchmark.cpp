#include "service/report_benchmark.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

#include "report/bare_pages.h"
#include "report/chart.h"
#include "report/practice_logo.h"
#include "report/progress_report.h"
#include "report/report_template.h"

namespace securebase::service {

namespace {

Date Day(int offset) {
    return Date{std::chrono::sys_days{std::chrono::year{2026} / 1 / 1} + std::chrono::days{offset}};
}

report::ReportData BusyClient() {
    report::ReportData data;
    data.practiceName = "Benchmark Practice";
    data.practitioner = "Bench Practitioner, MA";
    data.reportDate = Day(330);
    data.period = {Day(0), Day(330)};
    data.clientCode = "SB-BENCH1";
    data.logoPng = report::DefaultLogoPng();  // every report carries one
    data.identity = {{"Name", "Invented Client"}};
    data.status = "active";
    data.careDates = "admitted 2026-01-01";
    data.sessions = {88, 8, 4};
    report::InstrumentResults results;
    results.title = "Relationship Patterns Inventory";
    results.subscales = {"Attachment anxiety", "Attachment avoidance", "Disorganization"};
    results.classifies = true;
    std::vector<report::DatedValue> anxiety;
    for (int i = 0; i < 20; ++i) {
        const double score = 6.0 - i * 0.15;
        results.rows.push_back({Day(i * 16),
                                {"5.25", "4.50", "3.10"},
                                "Anxious (preoccupied)",
                                i ? "Attachment anxiety: improved" : "baseline"});
        anxiety.push_back({Day(i * 16), score});
    }
    for (int s = 0; s < 3; ++s) {
        report::LineChartInput input;
        input.title = results.subscales[static_cast<size_t>(s)];
        input.yRange = {{1.0, 7.0}};
        input.references = {{4.0, "cut-off"}};
        input.series = {{input.title, anxiety}};
        results.charts.push_back(report::BuildLineChart(input));
    }
    data.assessments.push_back(results);
    report::HomeworkResults homework;
    homework.title = "Trigger log";
    homework.schedule = "daily from 2026-01-01";
    homework.adherence = "250 of 330 done (76 %)";
    homework.entriesInPeriod = 500;
    report::LineChartInput trend;
    trend.title = "Trigger log: intensity before, after";
    trend.yRange = {{0.0, 10.0}};
    for (const char* label : {"Intensity before", "Intensity after"}) {
        report::NamedSeries series{label, {}};
        for (int i = 0; i < 250; ++i) series.values.push_back({Day(i), (i * 7) % 11 * 1.0});
        trend.series.push_back(series);
    }
    homework.charts.push_back(report::BuildLineChart(trend));
    data.homework.push_back(homework);
    data.goals = {{"Ask for reassurance once, then wait", "active", 60}};
    data.summary = "Invented summary text for the benchmark.";
    return data;
}

template <typename F>
double Milliseconds(F&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

}  // namespace

ReportBenchmark RunReportBenchmark(const std::filesystem::path& folder, int batch) {
    const auto layout = report::LoadReportTemplate("progress");
    const auto data = BusyClient();
    ReportBenchmark result;
    std::vector<double> singles;
    for (int run = 0; run < 5; ++run) {
        const auto file = folder / ("single-" + std::to_string(run) + ".pdf");
        singles.push_back(Milliseconds(
            [&] { result.pagesPerReport = report::WriteProgressReport(layout, data, file); }));
    }
    std::sort(singles.begin(), singles.end());
    result.msPerReport = singles[singles.size() / 2];
    const std::clock_t cpuStart = std::clock();
    const double batchMs = Milliseconds([&] {
        for (int i = 0; i < batch; ++i) {
            report::WriteProgressReport(layout, data,
                                        folder / ("batch-" + std::to_string(i) + ".pdf"));
        }
    });
    result.batchMsPerReport = batchMs / std::max(batch, 1);
    result.batchCpuMsPerReport =
        1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / std::max(batch, 1);
    result.pagesPerSecond = result.pagesPerReport * batch / (batchMs / 1000.0);
    std::vector<double> floors;
    for (int run = 0; run < 5; ++run) {
        floors.push_back(Milliseconds([&] {
            report::WriteBarePages(result.pagesPerReport, report::DefaultLogoPng(),
                                   folder / ("floor-" + std::to_string(run) + ".pdf"));
        }));
    }
    std::sort(floors.begin(), floors.end());
    result.floorMsPerReport = floors[floors.size() / 2];
    result.ratioToFloor = result.msPerReport / std::max(result.floorMsPerReport, 1e-6);
    return result;
}

std::string FormatReportBenchmark(const ReportBenchmark& r) {
    char text[512];
    std::snprintf(text, sizeof text,
                  "report: one progress report (100 sessions, 20 administrations, 500 entries) "
                  "%.1f ms, %d pages; batch %.1f ms/report (%.1f ms processor), %.0f pages/s; "
                  "bare libharu floor %.1f ms for the same pages; ratio %.2f (target: < 100 ms, "
                  "ratio < 2)\n",
                  r.msPerReport, r.pagesPerReport, r.batchMsPerReport, r.batchCpuMsPerReport,
                  r.pagesPerSecond, r.floorMsPerReport, r.ratioToFloor);
    return text;
}

}  // namespace securebase::service

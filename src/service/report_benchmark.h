#pragma once

#include <filesystem>
#include <string>

namespace securebase::service {

struct ReportBenchmark {
    double msPerReport = 0.0;  // one report of a busy client, median of the runs
    int pagesPerReport = 0;
    double batchMsPerReport = 0.0;  // over a batch of `batch` reports
    // Processor time per report in the batch: on a machine shared with other work the wall
    // clock above also counts waiting for a core.
    double batchCpuMsPerReport = 0.0;
    double pagesPerSecond = 0.0;
    double floorMsPerReport = 0.0;  // the same number of pages drawn with bare libharu
    double ratioToFloor = 0.0;

    // Issue 5's targets: under 100 ms for one report and within twice the bare-libharu floor.
    bool MeetsTargets() const { return msPerReport < 100.0 && ratioToFloor < 2.0; }
};

// Lays out the report of an invented client with 100 sessions, 20 administrations and 500
// homework entries (the layout and drawing cost; gathering from the vault is measured by the
// vault benchmark), then a batch of `batch` of them, and the bare-libharu floor, in `folder`.
ReportBenchmark RunReportBenchmark(const std::filesystem::path& folder, int batch = 200);

std::string FormatReportBenchmark(const ReportBenchmark& result);

}  // namespace securebase::service

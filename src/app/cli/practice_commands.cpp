// demo, bench: an invented practice, and how fast the encrypted vault answers
#include <unistd.h>

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/json_output.h"
#include "app/cli/text_table.h"
#include "service/benchmark.h"
#include "service/demo_assessments.h"
#include "service/demo_groups.h"
#include "service/demo_homework.h"
#include "service/demo_practice.h"

namespace securebase::cli {
namespace {

// A progress line rewritten in place, only when a person is watching standard error.
void ShowProgress(const std::string& line) {
    if (::isatty(STDERR_FILENO) != 1) return;
    std::cerr << "\r\033[K" << line << std::flush;
}

void EndProgress() {
    if (::isatty(STDERR_FILENO) == 1) std::cerr << "\r\033[K" << std::flush;
}

std::string Fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

std::string Verdict(const service::BenchmarkFigure& figure) {
    std::string target;
    if (figure.targetMs)
        target =
            "< " + Fixed(*figure.targetMs, 0) + " ms " + (figure.MeetsTarget() ? "PASS" : "MISS");
    if (figure.ratioTargeted) {
        if (!target.empty()) target += ", ";
        target += "ratio < " + Fixed(service::kRatioTarget, 1) + " " +
                  (figure.MeetsRatio() ? "PASS" : "MISS");
    }
    return target.empty() ? "(by design: key derivation)" : target;
}

void PrintReportJson(std::ostream& out, const service::BenchmarkReport& report) {
    auto json = NewJsonObject();
    json->set("engine", report.engine);
    json->set("clients", report.clients);
    json->set("sessions", report.sessions);
    json->set("notes", report.notes);
    json->set("kdfIterations", report.kdfIterations);
    json->set("loadEncryptedSeconds", report.loadEncryptedSeconds);
    json->set("loadPlainSeconds", report.loadPlainSeconds);
    json->set("ratioTarget", service::kRatioTarget);
    Poco::JSON::Array::Ptr figures = new Poco::JSON::Array;
    for (const auto& figure : report.figures) {
        auto item = NewJsonObject();
        item->set("key", figure.key);
        item->set("label", figure.label);
        item->set("clients", figure.clients);
        item->set("encryptedMs", figure.encryptedMs);
        item->set("plainMs", figure.plainMs);
        item->set("ratio", figure.Ratio());
        item->set("targetMs",
                  figure.targetMs ? Poco::Dynamic::Var(*figure.targetMs) : Poco::Dynamic::Var());
        item->set("ratioTargeted", figure.ratioTargeted);
        item->set("pass", figure.MeetsTarget() && figure.MeetsRatio());
        figures->add(item);
    }
    json->set("figures", figures);
    if (report.reports) {
        const auto& r = *report.reports;
        auto reports = NewJsonObject();
        reports->set("msPerReport", r.msPerReport);
        reports->set("pagesPerReport", r.pagesPerReport);
        reports->set("batchMsPerReport", r.batchMsPerReport);
        reports->set("batchCpuMsPerReport", r.batchCpuMsPerReport);
        reports->set("pagesPerSecond", r.pagesPerSecond);
        reports->set("floorMsPerReport", r.floorMsPerReport);
        reports->set("ratioToFloor", r.ratioToFloor);
        reports->set("pass", r.MeetsTargets());
        json->set("reports", reports);
    }
    json->set("pass", report.AllTargetsMet());
    PrintJson(out, json);
}

void PrintReportText(std::ostream& out, const service::BenchmarkReport& report) {
    out << report.engine << "; " << report.clients << " clients, " << report.sessions
        << " sessions, " << report.notes << " notes; passphrase slot " << report.kdfIterations
        << " PBKDF2-HMAC-SHA512 iterations\n"
        << "loaded in " << Fixed(report.loadEncryptedSeconds, 1) << " s encrypted, "
        << Fixed(report.loadPlainSeconds, 1) << " s unencrypted\n\n";
    TextTable table;
    table.AddRow({"FIGURE", "CLIENTS", "ENCRYPTED", "UNENCRYPTED", "RATIO", "TARGET"});
    for (const auto& figure : report.figures)
        table.AddRow({figure.label, std::to_string(figure.clients),
                      Fixed(figure.encryptedMs, 2) + " ms", Fixed(figure.plainMs, 2) + " ms",
                      Fixed(figure.Ratio(), 2), Verdict(figure)});
    table.Print(out);
    if (report.reports) out << "\n" << service::FormatReportBenchmark(*report.reports);
    out << "\n" << (report.AllTargetsMet() ? "all targets met" : "some targets missed") << "\n";
}

}  // namespace

int Demo(CommandContext& context) {
    context.ExpectAtMost(0);
    service::DemoOptions options;
    options.clients = static_cast<size_t>(context.NumberOption("clients", 1, 100000).value_or(25));
    options.sessions =
        static_cast<size_t>(context.NumberOption("sessions", 0, 10000000).value_or(0));
    options.seed =
        static_cast<std::uint64_t>(context.NumberOption("seed", 0, 1LL << 62).value_or(1));
    options.progress = [](size_t done, size_t total) {
        ShowProgress("demo: " + std::to_string(done) + " of " + std::to_string(total) + " clients");
    };
    auto vault = context.OpenVault();
    const auto summary = service::LoadDemoPractice(vault->Records(), options);
    EndProgress();
    context.Out() << "demo practice (seed " << options.seed << "): " << summary.clients
                  << " clients, " << summary.sessions << " sessions, " << summary.notes
                  << " notes (" << summary.signedNotes << " signed)\n";
    const auto assessed =
        service::LoadDemoAssessments(vault->Records(), vault->Assessing(), options);
    context.Out() << "demo assessments: " << assessed.administrations << " administrations; "
                  << assessed.reliablyImproved << " clients improved reliably, "
                  << assessed.noReliableChange << " without reliable change (RCI from "
                  << service::kDemoNormsSource << ")\n";
    const auto homework = service::LoadDemoHomework(vault->Records(), vault->Homework(), options);
    context.Out() << "demo homework: " << homework.assignments << " assignments ("
                  << homework.paused << " paused, " << homework.ended << " ended), "
                  << homework.entries << " entries, " << homework.goals << " goals\n";
    const auto groups = service::LoadDemoGroups(
        vault->Records(), vault->Groups(), vault->GroupAssignments(), vault->Homework(), options);
    context.Out() << "demo groups: " << groups.groups << " groups, " << groups.meetings
                  << " meetings, " << groups.checkins << " check-ins, "
                  << groups.homeworkAssignments << " meeting homework assignments with "
                  << groups.homeworkEntries << " entries\n";
    return 0;
}

int Bench(CommandContext& context) {
    context.ExpectAtMost(0);
    service::BenchmarkOptions options;
    options.clients =
        static_cast<size_t>(context.NumberOption("clients", 1, 1000000).value_or(5000));
    options.sessions =
        static_cast<size_t>(context.NumberOption("sessions", 0, 100000000).value_or(100000));
    options.scale = context.Has("scale");
    options.reportBatch =
        static_cast<int>(context.NumberOption("report-batch", 0, 100000).value_or(200));
    if (auto seed = context.NumberOption("seed", 0, 1LL << 62))
        options.seed = static_cast<std::uint64_t>(*seed);
    options.progress = [](std::string_view stage) { ShowProgress("bench: " + std::string(stage)); };
    const auto report = service::RunBenchmark(options);
    EndProgress();
    if (context.Json())
        PrintReportJson(context.Out(), report);
    else
        PrintReportText(context.Out(), report);
    return 0;
}

}  // namespace securebase::cli

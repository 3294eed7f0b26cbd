// report progress | report batch | homework worksheet | instrument blank: documents as PDF.
#include <algorithm>
#include <array>
#include <atomic>
#include <iostream>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/record_input.h"
#include "core/error.h"
#include "report/instrument_blank.h"
#include "report/practice_logo.h"
#include "report/worksheet.h"
#include "service/instrument_folders.h"

namespace securebase::cli {
namespace {

constexpr int kDefaultPeriodDays = 90;

struct Period {
    Date from;
    Date to;
};

Period PeriodOf(const CommandContext& context) {
    const Date to = context.DateOption("to", Today());
    const Date from = context.DateOption(
        "from", Date{std::chrono::sys_days{to} - std::chrono::days{kDefaultPeriodDays}});
    return {from, to};
}

std::filesystem::path OutPath(const CommandContext& context) {
    const auto out = context.Option("out");
    if (!out || out->empty()) throw Error(ErrorCode::Usage, "give --out: where to write the PDF");
    return *out;
}

int ReportProgress(CommandContext& context) {
    service::ProgressRequest request;
    request.client = context.Argument(0, "the client (ID or CODE)");
    context.ExpectAtMost(1);
    const auto [from, to] = PeriodOf(context);
    request.from = from;
    request.to = to;
    request.templateName = context.Option("template").value_or("progress");
    request.deidentify = context.Has("deidentify");
    if (const auto file = context.Option("summary-file")) request.summary = ReadTextFile(*file);
    const auto out = OutPath(context);
    auto vault = context.OpenVault();
    const int pages = vault->Reporting().Write(request, out);
    context.Out() << "wrote " << out.string() << " (" << pages << (pages == 1 ? " page" : " pages")
                  << ")\n";
    return 0;
}

int ReportBatch(CommandContext& context) {
    service::BatchRequest request;
    context.ExpectAtMost(0);
    request.folder = OutPath(context);
    const auto [from, to] = PeriodOf(context);
    request.from = from;
    request.to = to;
    request.templateName = context.Option("template").value_or("progress");
    request.deidentify = context.Has("deidentify");
    if (const auto status = context.Option("status")) {
        request.status = ParseClientStatus(*status);
        if (!request.status) {
            throw Error(ErrorCode::Usage, "--status takes waitlist, active or discharged");
        }
    }
    auto vault = context.OpenVault();
    // Progress goes to standard error so that standard output carries only the summary.
    const auto outcome = vault->Reporting().Batch(request, [](const service::BatchProgress& p) {
        std::cerr << "\r" << p.done << "/" << p.total << " " << p.clientCode << "        "
                  << std::flush;
        if (p.done == p.total) std::cerr << "\n";
    });
    auto& out = context.Out();
    out << "written: " << outcome.written.size() << " (" << outcome.pages << " pages) in "
        << request.folder.string() << "\n";
    out << "skipped: " << outcome.skipped.size() << "\n";
    for (const auto& skipped : outcome.skipped) {
        out << "  " << skipped.clientCode << ": " << skipped.reason << "\n";
    }
    return 0;
}

// Pages to fill in: a week of days for daily work, the chosen days of a week, else one page (or
// three for a log kept whenever something happens).
int Copies(const service::AssignmentSummary& summary) {
    const auto& recurrence = summary.assignment.schedule.recurrence;
    if (summary.homeworkTemplate.layout == homework::WorksheetLayout::PagePerEntry) return 3;
    switch (recurrence.kind) {
        case RecurrenceKind::Daily:
            return 7;
        case RecurrenceKind::Weekdays:
            return static_cast<int>(std::max<size_t>(recurrence.weekdays.size(), 1));
        case RecurrenceKind::Weekly:
        case RecurrenceKind::Once:
            return 1;
    }
    return 1;
}

int HomeworkWorksheet(CommandContext& context) {
    const Id assignmentId = context.IdArgument(0, "ASSIGNMENT");
    context.ExpectAtMost(1);
    const auto out = OutPath(context);
    if (std::filesystem::exists(out)) {
        throw Error(ErrorCode::Refused, out.string() + " exists already: choose another name.");
    }
    auto vault = context.OpenVault();
    const auto summary = vault->Homework().GetAssignment(assignmentId);
    const auto client = vault->Records().GetClient(summary.assignment.clientId);
    report::WorksheetInfo info;
    const auto settings = vault->Records().Settings();
    info.practiceName = settings.practiceName;
    info.logoPng = report::PracticeLogoPng(settings);
    // The code by default: a worksheet travels home with the client and may be seen by others.
    info.clientLabel = context.Has("full-name") ? client.name.Display() : client.code;
    info.instructions = summary.assignment.instructions;
    info.copies = Copies(summary);
    const int pages = report::WriteWorksheet(summary.homeworkTemplate, info, out);
    vault->Records().RecordAudit(AuditAction::Export, "assignment", assignmentId);
    context.Out() << "wrote " << out.string() << " (" << pages << (pages == 1 ? " page" : " pages")
                  << ")\n";
    return 0;
}

int InstrumentBlank(CommandContext& context) {
    const auto instrumentId = context.Argument(0, "the instrument ID");
    context.ExpectAtMost(1);
    const auto out = OutPath(context);
    if (std::filesystem::exists(out)) {
        throw Error(ErrorCode::Refused, out.string() + " exists already: choose another name.");
    }
    const auto catalog = service::LoadInstrumentCatalog(service::InstrumentFolders());
    const auto found = std::find_if(catalog.instruments.begin(), catalog.instruments.end(),
                                    [&](const auto& i) { return i.id == instrumentId; });
    if (found == catalog.instruments.end()) {
        throw Error(ErrorCode::NotFound, "no instrument " + instrumentId +
                                             ": see `instrument list` for the installed ones");
    }
    // A blank opens no vault, so it carries the default logo rather than the practice's own.
    const int pages =
        report::WriteInstrumentBlank(*found, "", std::string(report::DefaultLogoPng()), out);
    context.Out() << "wrote " << out.string() << " (" << pages << " pages)\n";
    return 0;
}

}  // namespace

std::span<const Command> ReportCommands() {
    static constexpr std::array<Command, 4> kCommands{{
        {"report progress",
         "ID|CODE --out F.pdf [--from D] [--to D] [--template NAME] [--deidentify] "
         "[--summary-file F]",
         "a progress report as PDF: sessions, assessments with charts and reliable change, "
         "homework, goals, summary (period defaults to the last 90 days)",
         ReportProgress},
        {"report batch",
         "--out DIR [--status S] [--from D] [--to D] [--template NAME] [--deidentify]",
         "one progress report per client into DIR (CODE.pdf), with progress on standard error "
         "and a summary of what was written and skipped",
         ReportBatch},
        {"homework worksheet", "ASSIGNMENT --out F.pdf [--full-name]",
         "a printable worksheet for an assignment, with the client code unless --full-name",
         HomeworkWorksheet},
        {"instrument blank", "ID --out F.pdf",
         "a printable blank of an instrument for paper administration", InstrumentBlank},
    }};
    return kCommands;
}

}  // namespace securebase::cli

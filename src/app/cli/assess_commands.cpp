// assess record | list | show | history | export-fhir
#include <algorithm>

#include "app/cli/answers_input.h"
#include "app/cli/assessment_commands.h"
#include "app/cli/assessment_history.h"
#include "app/cli/assessment_output.h"
#include "app/cli/command_context.h"
#include "app/cli/export_output.h"
#include "app/cli/json_output.h"
#include "app/cli/text_table.h"
#include "core/error.h"

namespace securebase::cli {
namespace {

// Paper keys are typed from a form; the other instruments were read out in an interview.
AdministrationMode ModeOption(const CommandContext& context, const assess::Instrument& instrument) {
    const auto text = context.Option("mode");
    if (!text)
        return instrument.kind == assess::InstrumentKind::PaperKey ? AdministrationMode::Paper
                                                                   : AdministrationMode::Interview;
    const auto mode = ParseAdministrationMode(*text);
    if (mode == AdministrationMode::Paper || mode == AdministrationMode::Interview) return *mode;
    throw Error(ErrorCode::Invalid,
                "--mode takes paper or interview; client mode is the desktop app's full-screen "
                "window");
}

// --date D: the day a paper form was filled in, taken as midday; today means now.
std::optional<Timestamp> GivenAt(const CommandContext& context) {
    if (!context.Has("date")) return std::nullopt;
    const Date day = context.DateOption("date", Today());
    if (day == Today()) return Now();
    return Timestamp{std::chrono::sys_days{day}} + std::chrono::hours{12};
}

// The headline of an administration in one cell: its classification, else its subscale scores.
std::string Result(const service::AdministrationReport& report) {
    if (!report.scores) return "not scored: " + report.notScored;
    const auto& classification = report.scores->classification;
    if (classification && classification->classified) return classification->label;
    std::string text;
    for (const auto& score : report.scores->subscales)
        text += (text.empty() ? "" : ", ") + score.subscale + " " +
                (score.valid ? Fixed2(*score.score) : "not scored");
    return text;
}

int PrintAdministration(const CommandContext& context, const service::AdministrationReport& report,
                        const assess::Instrument* instrument) {
    if (context.Json())
        PrintJson(context.Out(), ReportJson(report, instrument));
    else
        PrintReport(context.Out(), report, instrument);
    return 0;
}

void PrintDisclaimers(std::ostream& out,
                      const std::vector<service::AdministrationReport>& history) {
    std::vector<std::string> shown;
    for (const auto& report : history) {
        if (report.disclaimer.empty()) continue;
        if (std::find(shown.begin(), shown.end(), report.disclaimer) != shown.end()) continue;
        shown.push_back(report.disclaimer);
        out << "NOTE (" << report.administration.instrumentId << "): " << report.disclaimer << "\n";
    }
    if (!shown.empty()) out << "\n";
}

}  // namespace

int AssessRecord(CommandContext& context) {
    RefuseAnswersInArgv(context);
    context.ExpectAtMost(2);
    const std::string& which = context.Argument(0, "client ID or CODE");
    const std::string& instrumentId = context.Argument(1, "instrument ID");
    const assess::Answers answers = ReadAnswers(context);
    auto vault = context.OpenVault();
    auto& assessing = vault->Assessing();
    const assess::Instrument instrument = assessing.GetInstrument(instrumentId);
    const AdministrationMode mode = ModeOption(context, instrument);
    const Client client = vault->Records().FindClient(which);
    const auto report = assessing.Record(client.id, instrument.id, answers, mode, GivenAt(context));
    return PrintAdministration(context, report, &instrument);
}

int AssessList(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    const Client client = vault->Records().FindClient(which);
    const auto history = vault->Assessing().History(client.id);
    if (context.Json()) {
        const auto catalog = vault->Assessing().ListInstruments();
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& report : history)
            json->add(
                ReportJson(report, FindInstrument(catalog, report.administration.instrumentId)));
        PrintJson(context.Out(), json);
        return 0;
    }
    PrintDisclaimers(context.Out(), history);
    TextTable table;
    table.AddRow({"ID", "DATE", "INSTRUMENT", "MODE", "STATUS", "RESULT"});
    for (const auto& report : history) {
        const auto& administration = report.administration;
        table.AddRow(
            {std::to_string(administration.id),
             FormatTimestamp(administration.completedAt.value_or(administration.startedAt)),
             administration.instrumentId, ToString(administration.mode),
             ToString(administration.status), Result(report)});
    }
    table.Print(context.Out());
    context.Out() << history.size() << " administrations for client " << client.code << "\n";
    return 0;
}

int AssessShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id id = context.IdArgument(0, "ADMINISTRATION");
    auto vault = context.OpenVault();
    const auto report = vault->Assessing().Show(id);
    const auto catalog = vault->Assessing().ListInstruments();
    const auto* instrument = FindInstrument(catalog, report.administration.instrumentId);
    return PrintAdministration(context, report, instrument);
}

int AssessHistory(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    const Client client = vault->Records().FindClient(which);
    const auto history = vault->Assessing().History(client.id);
    const auto catalog = vault->Assessing().ListInstruments();
    if (context.Json())
        PrintJson(context.Out(), HistoryJson(client.id, history, catalog));
    else
        PrintHistory(context.Out(), history, catalog);
    return 0;
}

int AssessExportFhir(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id id = context.IdArgument(0, "ADMINISTRATION");
    auto vault = context.OpenVault();
    WriteExport(context, vault->Assessing().ExportResponse(id));
    return 0;
}

}  // namespace securebase::cli

// instrument list | show | validate | import-fhir | export-fhir
#include <Poco/JSON/Parser.h>

#include "app/cli/assessment_commands.h"
#include "app/cli/command_context.h"
#include "app/cli/export_output.h"
#include "app/cli/json_output.h"
#include "app/cli/text_table.h"
#include "assess/fhir_questionnaire.h"
#include "assess/instrument_loader.h"
#include "assess/instrument_writer.h"
#include "core/error.h"
#include "service/assessments.h"
#include "service/instrument_folders.h"
#include "service/instrument_import.h"

namespace securebase::cli {
namespace {

Poco::JSON::Object::Ptr Summary(const assess::Instrument& instrument) {
    auto json = NewJsonObject();
    json->set("id", instrument.id);
    json->set("version", instrument.version);
    json->set("title", instrument.title);
    json->set("kind", std::string(assess::ToString(instrument.kind)));
    json->set("items", static_cast<int>(instrument.items.size()));
    json->set("validated", instrument.validated);
    json->set("disclaimer", instrument.disclaimer.empty()
                                ? Poco::Dynamic::Var()
                                : Poco::Dynamic::Var(instrument.disclaimer));
    return json;
}

// The disclaimer goes first: whoever reads on must already know what the scores are not.
void PrintDisclaimer(std::ostream& out, const assess::Instrument& instrument) {
    if (!instrument.disclaimer.empty()) out << "NOTE: " << instrument.disclaimer << "\n";
}

[[noreturn]] void UnknownInstrument(const std::string& id) {
    throw Error(ErrorCode::NotFound, "no instrument with id '" + id +
                                         "'; run `instrument list` to see the ones installed");
}

}  // namespace

int InstrumentList(CommandContext& context) {
    context.ExpectAtMost(0);
    const service::InstrumentCatalog catalog =
        service::LoadInstrumentCatalog(service::InstrumentFolders());
    if (context.Json()) {
        auto json = NewJsonObject();
        Poco::JSON::Array::Ptr instruments = new Poco::JSON::Array;
        for (const auto& instrument : catalog.instruments) instruments->add(Summary(instrument));
        Poco::JSON::Array::Ptr failures = new Poco::JSON::Array;
        for (const auto& failure : catalog.failures) {
            auto item = NewJsonObject();
            item->set("file", failure.file.string());
            item->set("error", failure.message);
            failures->add(item);
        }
        json->set("instruments", instruments);
        json->set("failures", failures);
        PrintJson(context.Out(), json);
        return 0;
    }
    TextTable table;
    table.AddRow({"ID", "VERSION", "KIND", "ITEMS", "TITLE"});
    for (const auto& instrument : catalog.instruments)
        table.AddRow({instrument.id, instrument.version, assess::ToString(instrument.kind),
                      std::to_string(instrument.items.size()), instrument.title});
    table.Print(context.Out());
    for (const auto& instrument : catalog.instruments)
        if (!instrument.disclaimer.empty())
            context.Out() << "\nNOTE (" << instrument.id << "): " << instrument.disclaimer << "\n";
    for (const auto& failure : catalog.failures)
        context.Out() << "\nnot loaded: " << failure.message << "\n";
    return 0;
}

int InstrumentShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& id = context.Argument(0, "instrument ID");
    const service::InstrumentCatalog catalog =
        service::LoadInstrumentCatalog(service::InstrumentFolders());
    for (const auto& instrument : catalog.instruments) {
        if (instrument.id != id) continue;
        if (context.Json()) {
            PrintJson(context.Out(),
                      Poco::JSON::Parser().parse(assess::SerializeInstrument(instrument)));
            return 0;
        }
        PrintDisclaimer(context.Out(), instrument);
        context.Out() << instrument.title << " (" << instrument.id << " " << instrument.version
                      << ", " << assess::ToString(instrument.kind) << ")\n";
        if (!instrument.description.empty()) context.Out() << instrument.description << "\n";
        if (!instrument.copyright.empty())
            context.Out() << "Copyright: " << instrument.copyright << "\n";
        if (!instrument.usage.empty()) context.Out() << "Usage: " << instrument.usage << "\n";
        if (!instrument.scoringNotes.empty())
            context.Out() << "Scoring: " << instrument.scoringNotes << "\n";
        TextTable items;
        items.AddRow({"ITEM", "SCALE", "REVERSED", "TEXT"});
        for (const auto& item : instrument.items)
            items.AddRow({item.id, item.scale, item.reverse ? "yes" : "", item.text});
        context.Out() << "\n";
        items.Print(context.Out());
        TextTable subscales;
        subscales.AddRow({"SUBSCALE", "RULE", "ITEMS", "MAX MISSING", "BETTER", "NORMS"});
        for (const auto& subscale : instrument.subscales)
            subscales.AddRow({subscale.id, assess::ToString(subscale.rule),
                              std::to_string(subscale.items.size()),
                              std::to_string(subscale.maxMissing),
                              assess::ToString(subscale.better),
                              subscale.norms ? subscale.norms->source : "none"});
        context.Out() << "\n";
        subscales.Print(context.Out());
        return 0;
    }
    UnknownInstrument(id);
}

int InstrumentValidate(CommandContext& context) {
    context.ExpectAtMost(1);
    const assess::Instrument instrument = assess::LoadInstrument(context.Argument(0, "FILE"));
    if (context.Json()) {
        auto json = Summary(instrument);
        json->set("valid", true);
        PrintJson(context.Out(), json);
        return 0;
    }
    PrintDisclaimer(context.Out(), instrument);
    context.Out() << "valid: " << instrument.id << " " << instrument.version << ", "
                  << instrument.items.size() << " items, " << instrument.subscales.size()
                  << " subscales\n";
    return 0;
}

int InstrumentImportFhir(CommandContext& context) {
    context.ExpectAtMost(1);
    const assess::Instrument instrument = service::ImportFhirInstrument(
        context.Argument(0, "FHIR Questionnaire FILE"), service::InstrumentFolders());
    if (context.Json()) {
        auto json = Summary(instrument);
        json->set("folder", service::InstrumentFolders().back().string());
        PrintJson(context.Out(), json);
        return 0;
    }
    PrintDisclaimer(context.Out(), instrument);
    context.Out() << "imported: " << instrument.id << " " << instrument.version << ", "
                  << instrument.items.size() << " items, " << instrument.subscales.size()
                  << " subscales, into " << service::InstrumentFolders().back().string() << "\n";
    return 0;
}

int InstrumentExportFhir(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& id = context.Argument(0, "instrument ID");
    const service::InstrumentCatalog catalog =
        service::LoadInstrumentCatalog(service::InstrumentFolders());
    for (const auto& instrument : catalog.instruments)
        if (instrument.id == id) {
            WriteExport(context, assess::ExportQuestionnaire(instrument));
            return 0;
        }
    UnknownInstrument(id);
}

}  // namespace securebase::cli

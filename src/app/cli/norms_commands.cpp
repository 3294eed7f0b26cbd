// assess norms set | list
#include <array>

#include "app/cli/assessment_commands.h"
#include "app/cli/assessment_output.h"
#include "app/cli/command_context.h"
#include "app/cli/json_output.h"
#include "app/cli/record_input.h"
#include "app/cli/text_table.h"
#include "core/error.h"

namespace securebase::cli {
namespace {

constexpr std::array<PromptField, 3> kNormsPrompts{{
    {"sd", "Standard deviation"},
    {"reliability", "Reliability (0 to 1, e.g. test-retest or alpha)"},
    {"source", "Published source (citation)"},
}};

double Number(const Poco::JSON::Object& fields, const std::string& key) {
    if (!fields.has(key))
        throw Error(ErrorCode::Invalid, key + ": missing; give sd, reliability and source");
    try {
        return fields.get(key).convert<double>();
    } catch (const Poco::Exception&) {
        throw Error(ErrorCode::Invalid, key + ": must be a number");
    }
}

// Where the norms a subscale's reliable change uses come from: the practitioner's entry wins over
// the instrument file, as in scoring.
struct NormsRow {
    std::string instrumentId;
    std::string subscaleId;
    std::optional<double> sd;
    std::optional<double> reliability;
    std::string source;
    std::string origin;  // "practitioner", "instrument file" or "none"
};

std::vector<NormsRow> Rows(const service::InstrumentCatalog& catalog,
                           const std::vector<PractitionerNorms>& entered) {
    std::vector<NormsRow> rows;
    for (const auto& instrument : catalog.instruments)
        for (const auto& subscale : instrument.subscales) {
            NormsRow row{instrument.id, subscale.id, std::nullopt, std::nullopt, "", "none"};
            if (subscale.norms) {
                const auto* source = instrument.FindSource(subscale.norms->source);
                row = {instrument.id,
                       subscale.id,
                       subscale.norms->sd,
                       subscale.norms->reliability,
                       source ? source->citation : subscale.norms->source,
                       "instrument file"};
            }
            for (const auto& norms : entered)
                if (norms.instrumentId == instrument.id && norms.subscaleId == subscale.id)
                    row = {instrument.id,     subscale.id,  norms.sd,
                           norms.reliability, norms.source, "practitioner"};
            rows.push_back(std::move(row));
        }
    return rows;
}

}  // namespace

int NormsSet(CommandContext& context) {
    context.ExpectAtMost(2);
    PractitionerNorms norms;
    norms.instrumentId = context.Argument(0, "INSTRUMENT");
    norms.subscaleId = context.Argument(1, "SUBSCALE");
    const auto fields = ReadRecord(context, kNormsPrompts);
    for (const auto& [key, value] : *fields)
        if (key != "sd" && key != "reliability" && key != "source")
            throw Error(ErrorCode::Invalid,
                        key + ": unknown field; give sd, reliability and source");
    norms.sd = Number(*fields, "sd");
    norms.reliability = Number(*fields, "reliability");
    norms.source = fields->optValue<std::string>("source", "");
    auto vault = context.OpenVault();
    vault->Assessing().SetNorms(norms);
    if (context.Json()) {
        auto json = NewJsonObject();
        json->set("instrumentId", norms.instrumentId);
        json->set("subscale", norms.subscaleId);
        json->set("sd", norms.sd);
        json->set("reliability", norms.reliability);
        json->set("source", norms.source);
        PrintJson(context.Out(), json);
        return 0;
    }
    context.Out() << "norms set for " << norms.instrumentId << " " << norms.subscaleId << ": SD "
                  << Fixed2(norms.sd) << ", reliability " << Fixed2(norms.reliability) << " ("
                  << norms.source << ")\n";
    return 0;
}

int NormsList(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    const auto catalog = vault->Assessing().ListInstruments();
    const auto rows = Rows(catalog, vault->Assessing().EnteredNorms());
    if (context.Json()) {
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& row : rows) {
            auto item = NewJsonObject();
            item->set("instrumentId", row.instrumentId);
            item->set("subscale", row.subscaleId);
            item->set("sd", row.sd ? Poco::Dynamic::Var(*row.sd) : Poco::Dynamic::Var());
            item->set("reliability", row.reliability ? Poco::Dynamic::Var(*row.reliability)
                                                     : Poco::Dynamic::Var());
            item->set("source",
                      row.source.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(row.source));
            item->set("from", row.origin);
            json->add(item);
        }
        PrintJson(context.Out(), json);
        return 0;
    }
    TextTable table;
    table.AddRow({"INSTRUMENT", "SUBSCALE", "SD", "RELIABILITY", "FROM", "SOURCE"});
    for (const auto& row : rows)
        table.AddRow({row.instrumentId, row.subscaleId, row.sd ? Fixed2(*row.sd) : "",
                      row.reliability ? Fixed2(*row.reliability) : "", row.origin, row.source});
    table.Print(context.Out());
    context.Out() << "\nWithout norms a change is shown raw, with no reliable change index. Set "
                     "them with `assess norms set INSTRUMENT SUBSCALE` and their published "
                     "source.\n";
    return 0;
}

}  // namespace securebase::cli

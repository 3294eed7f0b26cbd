#include "app/cli/assessment_history.h"

#include <algorithm>
#include <iterator>
#include <sstream>

#include <Poco/JSON/Array.h>

#include "app/cli/assessment_output.h"
#include "app/cli/json_output.h"
#include "app/cli/text_table.h"

namespace securebase::cli {
namespace {

using Report = service::AdministrationReport;

// The scored administrations of one instrument version, oldest first.
struct Series {
    std::string instrumentId;
    std::string version;
    const assess::Instrument* instrument = nullptr;
    std::string disclaimer;
    std::vector<const Report*> reports;
};

std::vector<Series> ScoredSeries(const std::vector<Report>& history,
                                 const service::InstrumentCatalog& catalog) {
    std::vector<Series> all;
    for (const auto& report : history) {
        if (!report.scores) continue;
        const auto& administration = report.administration;
        auto found = std::find_if(all.begin(), all.end(), [&](const Series& series) {
            return series.instrumentId == administration.instrumentId &&
                   series.version == administration.instrumentVersion;
        });
        if (found == all.end()) {
            all.push_back({administration.instrumentId,
                           administration.instrumentVersion,
                           FindInstrument(catalog, administration.instrumentId),
                           report.disclaimer,
                           {}});
            found = std::prev(all.end());
        }
        found->reports.push_back(&report);
    }
    return all;
}

const assess::SubscaleChange* ChangeOf(const std::vector<assess::SubscaleChange>& changes,
                                       const std::string& subscale) {
    for (const auto& change : changes)
        if (change.subscale == subscale) return &change;
    return nullptr;
}

std::string Day(const Administration& administration) {
    return FormatTimestamp(administration.completedAt.value_or(administration.startedAt))
        .substr(0, 10);
}

std::string VerdictCell(const assess::SubscaleChange* change) {
    if (!change) return "";
    if (!change->change) return "not compared";
    if (!change->change->verdict) return "no RCI: no norms";
    return assess::ToString(*change->change->verdict);
}

void PrintSubscale(std::ostream& out, const Series& series, const assess::Subscale& subscale) {
    out << "  " << subscale.name << " (" << subscale.id << ", " << assess::ToString(subscale.better)
        << " is better)\n";
    TextTable table;
    table.AddRow({"DATE", "ADMINISTRATION", "SCORE", "CHANGE", "RCI", "VERDICT"});
    for (const Report* report : series.reports) {
        const auto* score = report->scores->Find(subscale.id);
        const auto* change = ChangeOf(report->sinceLast, subscale.id);
        const bool compared = change && change->change;
        table.AddRow({Day(report->administration), std::to_string(report->administration.id),
                      score && score->valid ? Fixed2(*score->score) : "not scored",
                      compared ? Fixed2(change->change->difference) : "",
                      compared && change->change->rci ? Fixed2(*change->change->rci) : "",
                      VerdictCell(change)});
    }
    std::ostringstream rows;
    table.Print(rows);
    std::istringstream lines(rows.str());
    for (std::string line; std::getline(lines, line);) out << "    " << line << "\n";
    if (const auto* overall = ChangeOf(series.reports.back()->sinceBaseline, subscale.id))
        out << "    Since baseline: " << ChangeText(*overall) << "\n";
}

Poco::JSON::Object::Ptr SubscaleJson(const Series& series, const assess::Subscale& subscale) {
    auto json = NewJsonObject();
    json->set("id", subscale.id);
    json->set("name", subscale.name);
    json->set("better", std::string(assess::ToString(subscale.better)));
    Poco::JSON::Array::Ptr points = new Poco::JSON::Array;
    for (const Report* report : series.reports) {
        const auto* score = report->scores->Find(subscale.id);
        const auto* change = ChangeOf(report->sinceLast, subscale.id);
        auto point = NewJsonObject();
        point->set("administrationId", report->administration.id);
        point->set("at", FormatTimestamp(report->administration.completedAt.value_or(
                             report->administration.startedAt)));
        point->set("valid", score && score->valid);
        point->set("score", score && score->valid ? Poco::Dynamic::Var(*score->score)
                                                  : Poco::Dynamic::Var());
        point->set("sinceLast",
                   change ? Poco::Dynamic::Var(ChangeJson(*change)) : Poco::Dynamic::Var());
        points->add(point);
    }
    json->set("points", points);
    const auto* overall = ChangeOf(series.reports.back()->sinceBaseline, subscale.id);
    json->set("sinceBaseline",
              overall ? Poco::Dynamic::Var(ChangeJson(*overall)) : Poco::Dynamic::Var());
    return json;
}

}  // namespace

void PrintHistory(std::ostream& out, const std::vector<Report>& history,
                  const service::InstrumentCatalog& catalog) {
    if (history.empty()) {
        out << "no administrations yet\n";
        return;
    }
    bool first = true;
    for (const auto& series : ScoredSeries(history, catalog)) {
        if (!first) out << "\n";
        first = false;
        if (!series.disclaimer.empty()) out << "NOTE: " << series.disclaimer << "\n";
        out << (series.instrument ? series.instrument->title : series.instrumentId) << " ("
            << series.instrumentId << " " << series.version << ")\n";
        // The file went away since it was scored: there is nothing to name the subscales by.
        if (!series.instrument) continue;
        for (const auto& subscale : series.instrument->subscales)
            PrintSubscale(out, series, subscale);
    }
    for (const auto& report : history)
        if (!report.scores)
            out << "\nNot scored: administration " << report.administration.id << " ("
                << report.administration.instrumentId << "): " << report.notScored << "\n";
}

Poco::JSON::Object::Ptr HistoryJson(Id clientId, const std::vector<Report>& history,
                                    const service::InstrumentCatalog& catalog) {
    auto json = NewJsonObject();
    json->set("clientId", clientId);
    Poco::JSON::Array::Ptr instruments = new Poco::JSON::Array;
    for (const auto& series : ScoredSeries(history, catalog)) {
        auto item = NewJsonObject();
        item->set("instrumentId", series.instrumentId);
        item->set("instrumentVersion", series.version);
        item->set("title", series.instrument ? Poco::Dynamic::Var(series.instrument->title)
                                             : Poco::Dynamic::Var());
        item->set("disclaimer", series.disclaimer.empty() ? Poco::Dynamic::Var()
                                                          : Poco::Dynamic::Var(series.disclaimer));
        Poco::JSON::Array::Ptr subscales = new Poco::JSON::Array;
        if (series.instrument)
            for (const auto& subscale : series.instrument->subscales)
                subscales->add(SubscaleJson(series, subscale));
        item->set("subscales", subscales);
        instruments->add(item);
    }
    json->set("instruments", instruments);
    Poco::JSON::Array::Ptr notScored = new Poco::JSON::Array;
    for (const auto& report : history) {
        if (report.scores) continue;
        auto item = NewJsonObject();
        item->set("administrationId", report.administration.id);
        item->set("instrumentId", report.administration.instrumentId);
        item->set("reason", report.notScored);
        notScored->add(item);
    }
    json->set("notScored", notScored);
    return json;
}

}  // namespace securebase::cli

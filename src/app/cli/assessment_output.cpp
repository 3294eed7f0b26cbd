#include "app/cli/assessment_output.h"

#include <cstdio>

#include <Poco/JSON/Array.h>

#include "app/cli/json_output.h"
#include "app/cli/text_table.h"

namespace securebase::cli {
namespace {

Poco::Dynamic::Var OrNull(const std::optional<double>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var OrNull(const std::string& text) {
    return text.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(text);
}

Poco::Dynamic::Var OrNull(const std::optional<Id>& id) {
    return id ? Poco::Dynamic::Var(*id) : Poco::Dynamic::Var();
}

Poco::JSON::Array::Ptr Strings(const std::vector<std::string>& values) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& value : values) array->add(value);
    return array;
}

std::vector<std::string> InvalidSubscales(const assess::ScoreResult& scores) {
    std::vector<std::string> invalid;
    for (const auto& subscale : scores.subscales)
        if (!subscale.valid) invalid.push_back(subscale.subscale);
    return invalid;
}

std::string Joined(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& value : values) text += (text.empty() ? "" : ", ") + value;
    return text;
}

Poco::JSON::Array::Ptr ChangesJson(const std::vector<assess::SubscaleChange>& changes) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& change : changes) array->add(ChangeJson(change));
    return array;
}

void PrintScores(std::ostream& out, const assess::ScoreResult& scores,
                 const assess::Instrument* instrument) {
    TextTable table;
    table.AddRow({"SUBSCALE", "SCORE", "ANSWERED", "BAND"});
    for (const auto& subscale : scores.subscales) {
        const int items = subscale.answered + subscale.missing;
        table.AddRow({SubscaleName(instrument, subscale.subscale),
                      subscale.valid ? Fixed2(*subscale.score) : "not scored",
                      std::to_string(subscale.answered) + " of " + std::to_string(items),
                      subscale.band});
    }
    table.Print(out);
    for (const auto& subscale : scores.subscales)
        if (!subscale.valid)
            out << "Not scored: " << SubscaleName(instrument, subscale.subscale) << " has "
                << subscale.missing << " unanswered items and allows at most "
                << subscale.maxMissing << ".\n";
    if (scores.classification) {
        const auto& result = *scores.classification;
        out << "\n"
            << (instrument && instrument->classification ? instrument->classification->name
                                                         : "Classification")
            << ": " << (result.classified ? result.label : "not classified") << "\n";
        if (!result.explanation.empty()) out << "  " << result.explanation << "\n";
    }
    out << "\nUnanswered items: "
        << (scores.unanswered.empty() ? "none" : Joined(scores.unanswered)) << "\n";
}

void PrintChanges(std::ostream& out, const char* heading, const std::optional<Id>& otherId,
                  const std::vector<assess::SubscaleChange>& changes,
                  const assess::Instrument* instrument) {
    if (!otherId) return;
    out << heading << " (administration " << *otherId << "):\n";
    for (const auto& change : changes)
        out << "  " << SubscaleName(instrument, change.subscale) << ": " << ChangeText(change)
            << "\n";
}

}  // namespace

const assess::Instrument* FindInstrument(const service::InstrumentCatalog& catalog,
                                         const std::string& instrumentId) {
    for (const auto& instrument : catalog.instruments)
        if (instrument.id == instrumentId) return &instrument;
    return nullptr;
}

std::string Fixed2(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string SubscaleName(const assess::Instrument* instrument, const std::string& subscaleId) {
    if (instrument)
        if (const auto* subscale = instrument->FindSubscale(subscaleId)) return subscale->name;
    return subscaleId;
}

std::string ChangeText(const assess::SubscaleChange& change) {
    if (!change.change) return change.reason;
    const auto& reliable = *change.change;
    return Fixed2(reliable.before) + " -> " + Fixed2(reliable.after) + ". " + reliable.explanation;
}

Poco::JSON::Object::Ptr ChangeJson(const assess::SubscaleChange& change) {
    auto json = NewJsonObject();
    json->set("subscale", change.subscale);
    json->set("compared", change.change.has_value());
    const auto& reliable = change.change;
    json->set("before", reliable ? Poco::Dynamic::Var(reliable->before) : Poco::Dynamic::Var());
    json->set("after", reliable ? Poco::Dynamic::Var(reliable->after) : Poco::Dynamic::Var());
    json->set("difference",
              reliable ? Poco::Dynamic::Var(reliable->difference) : Poco::Dynamic::Var());
    json->set("sDiff", reliable ? OrNull(reliable->sDiff) : Poco::Dynamic::Var());
    json->set("rci", reliable ? OrNull(reliable->rci) : Poco::Dynamic::Var());
    json->set("verdict", reliable && reliable->verdict
                             ? Poco::Dynamic::Var(std::string(assess::ToString(*reliable->verdict)))
                             : Poco::Dynamic::Var());
    json->set("normsSource", reliable ? OrNull(reliable->normsSource) : Poco::Dynamic::Var());
    json->set("explanation", reliable ? reliable->explanation : change.reason);
    return json;
}

void PrintReport(std::ostream& out, const service::AdministrationReport& report,
                 const assess::Instrument* instrument) {
    // The disclaimer goes first: whoever reads on must already know what the scores are not.
    if (!report.disclaimer.empty()) out << "NOTE: " << report.disclaimer << "\n\n";
    const Administration& administration = report.administration;
    out << "Administration " << administration.id << ": "
        << (instrument ? instrument->title : administration.instrumentId) << " ("
        << administration.instrumentId << " " << administration.instrumentVersion << "), client "
        << administration.clientId << ", " << ToString(administration.mode) << ", "
        << ToString(administration.status) << " "
        << FormatTimestamp(administration.completedAt.value_or(administration.startedAt)) << "\n\n";
    if (!report.scores) {
        out << "Not scored: " << report.notScored << "\n";
        return;
    }
    PrintScores(out, *report.scores, instrument);
    out << "\n";
    if (!report.baselineId)
        out << "Baseline: this is the client's first scored administration of this version.\n";
    PrintChanges(out, "Since baseline", report.baselineId, report.sinceBaseline, instrument);
    PrintChanges(out, "Since last", report.previousId, report.sinceLast, instrument);
}

Poco::JSON::Object::Ptr ReportJson(const service::AdministrationReport& report,
                                   const assess::Instrument* instrument) {
    const Administration& administration = report.administration;
    auto json = NewJsonObject();
    json->set("id", administration.id);
    json->set("clientId", administration.clientId);
    json->set("instrumentId", administration.instrumentId);
    json->set("instrumentVersion", administration.instrumentVersion);
    json->set("title", instrument ? Poco::Dynamic::Var(instrument->title) : Poco::Dynamic::Var());
    json->set("disclaimer", OrNull(report.disclaimer));
    json->set("mode", std::string(ToString(administration.mode)));
    json->set("status", std::string(ToString(administration.status)));
    json->set("startedAt", FormatTimestamp(administration.startedAt));
    json->set("completedAt", administration.completedAt
                                 ? Poco::Dynamic::Var(FormatTimestamp(*administration.completedAt))
                                 : Poco::Dynamic::Var());
    auto answers = NewJsonObject();
    for (const auto& [item, value] : administration.answers) answers->set(item, value);
    json->set("answers", answers);
    json->set("scored", report.scores.has_value());
    json->set("notScored", OrNull(report.notScored));
    Poco::JSON::Array::Ptr subscales = new Poco::JSON::Array;
    Poco::Dynamic::Var classification;
    if (report.scores) {
        for (const auto& score : report.scores->subscales) {
            auto item = NewJsonObject();
            item->set("id", score.subscale);
            item->set("name", SubscaleName(instrument, score.subscale));
            item->set("valid", score.valid);
            item->set("score", OrNull(score.score));
            item->set("answered", score.answered);
            item->set("missing", score.missing);
            item->set("maxMissing", score.maxMissing);
            item->set("band", OrNull(score.band));
            subscales->add(item);
        }
        if (const auto& result = report.scores->classification) {
            auto item = NewJsonObject();
            item->set("classified", result->classified);
            item->set("label", OrNull(result->label));
            item->set("explanation", result->explanation);
            item->set("beside", Strings(instrument && instrument->classification
                                            ? instrument->classification->reportBeside
                                            : std::vector<std::string>{}));
            classification = item;
        }
    }
    json->set("subscales", subscales);
    json->set("invalidSubscales", Strings(report.scores ? InvalidSubscales(*report.scores)
                                                        : std::vector<std::string>{}));
    json->set("unanswered",
              Strings(report.scores ? report.scores->unanswered : std::vector<std::string>{}));
    json->set("classification", classification);
    json->set("baselineId", OrNull(report.baselineId));
    json->set("sinceBaseline", ChangesJson(report.sinceBaseline));
    json->set("previousId", OrNull(report.previousId));
    json->set("sinceLast", ChangesJson(report.sinceLast));
    return json;
}

}  // namespace securebase::cli

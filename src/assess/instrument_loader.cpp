#include "assess/instrument_loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "assess/instrument_validator.h"
#include "assess/json_fields.h"
#include "core/error.h"

namespace securebase::assess {

namespace {

Source ReadSource(const JsonFields& json) {
    json.AllowOnly({"id", "citation"});
    return {json.String("id"), json.String("citation")};
}

ResponseScale ReadScale(const JsonFields& json) {
    json.AllowOnly({"id", "min", "max", "options"});
    ResponseScale scale{json.String("id"), json.OptionalInt("min"), json.OptionalInt("max"), {}};
    for (const auto& option : json.OptionalChildren("options")) {
        option.AllowOnly({"value", "label", "system", "code"});
        scale.options.push_back({option.Int("value"), option.String("label"),
                                 option.StringOr("system", ""), option.StringOr("code", "")});
    }
    return scale;
}

Norms ReadNorms(const JsonFields& json) {
    json.AllowOnly({"mean", "sd", "reliability", "source"});
    return {json.OptionalNumber("mean"), json.Number("sd"), json.Number("reliability"),
            json.StringOr("source", "")};
}

Cutoffs ReadCutoffs(const JsonFields& json) {
    json.AllowOnly({"source", "bands"});
    Cutoffs cutoffs{json.StringOr("source", ""), {}};
    for (const auto& band : json.Children("bands")) {
        band.AllowOnly({"from", "label"});
        cutoffs.bands.push_back({band.Number("from"), band.String("label")});
    }
    return cutoffs;
}

Subscale ReadSubscale(const JsonFields& json) {
    json.AllowOnly({"id", "name", "items", "reverseItems", "scoring", "maxMissing", "better",
                    "norms", "cutoffs"});
    Subscale subscale;
    subscale.id = json.String("id");
    subscale.name = json.String("name");
    subscale.items = json.OptionalStrings("items");
    subscale.reverseItems = json.OptionalStrings("reverseItems");
    auto rule = ParseScoringRule(json.String("scoring"));
    if (!rule) json.Fail("scoring", "must be \"mean\" or \"sum\"");
    subscale.rule = *rule;
    subscale.maxMissing = json.Int("maxMissing");
    auto better = ParseBetter(json.String("better"));
    if (!better) json.Fail("better", "must be \"lower\" or \"higher\"");
    subscale.better = *better;
    if (auto norms = json.OptionalChild("norms")) subscale.norms = ReadNorms(*norms);
    if (auto cutoffs = json.OptionalChild("cutoffs")) subscale.cutoffs = ReadCutoffs(*cutoffs);
    return subscale;
}

Condition ReadCondition(const JsonFields& json) {
    json.AllowOnly({"subscale", "below", "atLeast"});
    Condition condition{json.String("subscale"), Comparison::Below, 0.0};
    if (json.Has("below") == json.Has("atLeast")) {
        json.Fail("", "give exactly one of \"below\" and \"atLeast\"");
    }
    if (json.Has("below")) {
        condition.threshold = json.Number("below");
    } else {
        condition.comparison = Comparison::AtLeast;
        condition.threshold = json.Number("atLeast");
    }
    return condition;
}

Classification ReadClassification(const JsonFields& json) {
    json.AllowOnly({"name", "source", "convention", "reportBeside", "rules"});
    Classification classification;
    classification.name = json.String("name");
    classification.source = json.StringOr("source", "");
    classification.convention = json.StringOr("convention", "");
    classification.reportBeside = json.OptionalStrings("reportBeside");
    for (const auto& ruleJson : json.Children("rules")) {
        ruleJson.AllowOnly({"label", "explanation", "when"});
        ClassificationRule rule{ruleJson.String("label"), ruleJson.StringOr("explanation", ""), {}};
        for (const auto& condition : ruleJson.Children("when")) {
            rule.when.push_back(ReadCondition(condition));
        }
        classification.rules.push_back(std::move(rule));
    }
    return classification;
}

// Items may name their subscales instead of (or as well as) the subscale listing its items;
// both end up in Subscale::items so scoring has one list to read.
void AddItemMemberships(const std::vector<JsonFields>& itemsJson, Instrument& instrument) {
    for (size_t i = 0; i < itemsJson.size(); ++i) {
        const auto memberships = itemsJson[i].OptionalStrings("subscales");
        for (size_t m = 0; m < memberships.size(); ++m) {
            auto subscale =
                std::find_if(instrument.subscales.begin(), instrument.subscales.end(),
                             [&](const Subscale& each) { return each.id == memberships[m]; });
            if (subscale == instrument.subscales.end()) {
                itemsJson[i].Fail("subscales[" + std::to_string(m) + "]",
                                  "unknown subscale \"" + memberships[m] + "\"");
            }
            const auto& itemId = instrument.items[i].id;
            if (std::find(subscale->items.begin(), subscale->items.end(), itemId) ==
                subscale->items.end()) {
                subscale->items.push_back(itemId);
            }
        }
    }
}

Instrument ReadInstrument(const JsonFields& json) {
    json.AllowOnly({"format", "id", "version", "title", "description", "kind", "administration",
                    "usage", "copyright", "scoringNotes", "scoringSource", "validated",
                    "disclaimer", "sources", "scales", "items", "subscales", "classification"});
    if (json.Int("format") != kInstrumentFormat) {
        json.Fail("format", "this SecureBase reads format " + std::to_string(kInstrumentFormat) +
                                ": update SecureBase or convert the file");
    }
    Instrument instrument;
    instrument.id = json.String("id");
    instrument.version = json.String("version");
    instrument.title = json.String("title");
    instrument.description = json.StringOr("description", "");
    auto kind = ParseInstrumentKind(json.String("kind"));
    if (!kind) json.Fail("kind", "must be \"self-report\", \"paper-key\" or \"check-in\"");
    instrument.kind = *kind;
    instrument.administration = json.StringOr("administration", "");
    instrument.usage = json.StringOr("usage", "");
    instrument.copyright = json.StringOr("copyright", "");
    instrument.scoringNotes = json.StringOr("scoringNotes", "");
    instrument.scoringSource = json.StringOr("scoringSource", "");
    instrument.validated = json.Bool("validated");
    instrument.disclaimer = json.StringOr("disclaimer", "");
    for (const auto& source : json.OptionalChildren("sources")) {
        instrument.sources.push_back(ReadSource(source));
    }
    for (const auto& scale : json.Children("scales")) {
        instrument.scales.push_back(ReadScale(scale));
    }
    const auto itemsJson = json.Children("items");
    for (const auto& item : itemsJson) {
        item.AllowOnly({"id", "text", "scale", "reverse", "subscales"});
        instrument.items.push_back({item.String("id"), item.String("text"), item.String("scale"),
                                    item.BoolOr("reverse", false)});
    }
    for (const auto& subscale : json.Children("subscales")) {
        instrument.subscales.push_back(ReadSubscale(subscale));
    }
    AddItemMemberships(itemsJson, instrument);
    if (auto classification = json.OptionalChild("classification")) {
        instrument.classification = ReadClassification(*classification);
    }
    return instrument;
}

}  // namespace

Instrument ParseInstrument(const std::string& json, const std::string& origin) {
    Instrument instrument;
    try {
        instrument = ReadInstrument(JsonFields::Parse(json));
    } catch (const Error& e) {
        throw Error(e.Code(), origin + ": " + e.what());
    }
    RequireValid(instrument, origin);
    return instrument;
}

Instrument LoadInstrument(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(ErrorCode::Io, file.string() +
                                       ": cannot read the file: check it exists and "
                                       "is readable");
    }
    std::ostringstream text;
    text << in.rdbuf();
    return ParseInstrument(text.str(), file.string());
}

InstrumentFolder LoadInstrumentFolder(const std::filesystem::path& folder) {
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    if (error) {
        throw Error(ErrorCode::Io,
                    folder.string() + ": cannot list the folder: " + error.message());
    }
    std::sort(files.begin(), files.end());
    InstrumentFolder result;
    for (const auto& file : files) {
        try {
            auto instrument = LoadInstrument(file);
            auto clash =
                std::find_if(result.instruments.begin(), result.instruments.end(),
                             [&](const Instrument& each) { return each.id == instrument.id; });
            if (clash != result.instruments.end()) {
                result.failures.push_back(
                    {file, file.string() + ": id: \"" + instrument.id +
                               "\" is already used by another file in this folder"});
                continue;
            }
            result.instruments.push_back(std::move(instrument));
        } catch (const Error& e) {
            result.failures.push_back({file, e.what()});
        }
    }
    return result;
}

}  // namespace securebase::assess

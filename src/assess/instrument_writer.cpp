#include "assess/instrument_writer.h"

#include "assess/instrument_loader.h"
#include "assess/json_writer.h"

namespace securebase::assess {

namespace {

void SetIfAny(JsonObjectPtr object, const std::string& key, const std::string& value) {
    if (!value.empty()) object->set(key, value);
}

JsonArrayPtr Strings(const std::vector<std::string>& values) {
    auto array = NewJsonArray();
    for (const auto& value : values) array->add(value);
    return array;
}

JsonObjectPtr ScaleJson(const ResponseScale& scale) {
    auto json = NewJsonObject();
    json->set("id", scale.id);
    if (scale.min) json->set("min", *scale.min);
    if (scale.max) json->set("max", *scale.max);
    auto options = NewJsonArray();
    for (const auto& option : scale.options) {
        auto optionJson = NewJsonObject();
        optionJson->set("value", option.value);
        optionJson->set("label", option.label);
        SetIfAny(optionJson, "system", option.system);
        SetIfAny(optionJson, "code", option.code);
        options->add(optionJson);
    }
    if (!scale.options.empty()) json->set("options", options);
    return json;
}

JsonObjectPtr SubscaleJson(const Subscale& subscale) {
    auto json = NewJsonObject();
    json->set("id", subscale.id);
    json->set("name", subscale.name);
    json->set("items", Strings(subscale.items));
    if (!subscale.reverseItems.empty()) json->set("reverseItems", Strings(subscale.reverseItems));
    json->set("scoring", std::string(ToString(subscale.rule)));
    json->set("maxMissing", subscale.maxMissing);
    json->set("better", std::string(ToString(subscale.better)));
    if (subscale.norms) {
        auto norms = NewJsonObject();
        if (subscale.norms->mean) norms->set("mean", *subscale.norms->mean);
        norms->set("sd", subscale.norms->sd);
        norms->set("reliability", subscale.norms->reliability);
        norms->set("source", subscale.norms->source);
        json->set("norms", norms);
    }
    if (subscale.cutoffs) {
        auto cutoffs = NewJsonObject();
        cutoffs->set("source", subscale.cutoffs->source);
        auto bands = NewJsonArray();
        for (const auto& band : subscale.cutoffs->bands) {
            auto bandJson = NewJsonObject();
            bandJson->set("from", band.from);
            bandJson->set("label", band.label);
            bands->add(bandJson);
        }
        cutoffs->set("bands", bands);
        json->set("cutoffs", cutoffs);
    }
    return json;
}

JsonObjectPtr ClassificationJson(const Classification& classification) {
    auto json = NewJsonObject();
    json->set("name", classification.name);
    SetIfAny(json, "source", classification.source);
    SetIfAny(json, "convention", classification.convention);
    if (!classification.reportBeside.empty()) {
        json->set("reportBeside", Strings(classification.reportBeside));
    }
    auto rules = NewJsonArray();
    for (const auto& rule : classification.rules) {
        auto ruleJson = NewJsonObject();
        ruleJson->set("label", rule.label);
        SetIfAny(ruleJson, "explanation", rule.explanation);
        auto when = NewJsonArray();
        for (const auto& condition : rule.when) {
            auto conditionJson = NewJsonObject();
            conditionJson->set("subscale", condition.subscale);
            conditionJson->set(condition.comparison == Comparison::Below ? "below" : "atLeast",
                               condition.threshold);
            when->add(conditionJson);
        }
        ruleJson->set("when", when);
        rules->add(ruleJson);
    }
    json->set("rules", rules);
    return json;
}

}  // namespace

std::string SerializeInstrument(const Instrument& instrument) {
    auto json = NewJsonObject();
    json->set("format", kInstrumentFormat);
    json->set("id", instrument.id);
    json->set("version", instrument.version);
    json->set("title", instrument.title);
    SetIfAny(json, "description", instrument.description);
    json->set("kind", std::string(ToString(instrument.kind)));
    SetIfAny(json, "administration", instrument.administration);
    SetIfAny(json, "usage", instrument.usage);
    SetIfAny(json, "copyright", instrument.copyright);
    SetIfAny(json, "scoringNotes", instrument.scoringNotes);
    json->set("validated", instrument.validated);
    SetIfAny(json, "disclaimer", instrument.disclaimer);
    SetIfAny(json, "scoringSource", instrument.scoringSource);
    if (!instrument.sources.empty()) {
        auto sources = NewJsonArray();
        for (const auto& source : instrument.sources) {
            auto sourceJson = NewJsonObject();
            sourceJson->set("id", source.id);
            sourceJson->set("citation", source.citation);
            sources->add(sourceJson);
        }
        json->set("sources", sources);
    }
    auto scales = NewJsonArray();
    for (const auto& scale : instrument.scales) scales->add(ScaleJson(scale));
    json->set("scales", scales);
    auto items = NewJsonArray();
    for (const auto& item : instrument.items) {
        auto itemJson = NewJsonObject();
        itemJson->set("id", item.id);
        itemJson->set("text", item.text);
        itemJson->set("scale", item.scale);
        if (item.reverse) itemJson->set("reverse", true);
        items->add(itemJson);
    }
    json->set("items", items);
    auto subscales = NewJsonArray();
    for (const auto& subscale : instrument.subscales) subscales->add(SubscaleJson(subscale));
    json->set("subscales", subscales);
    if (instrument.classification) {
        json->set("classification", ClassificationJson(*instrument.classification));
    }
    return Stringify(json);
}

}  // namespace securebase::assess

#include "assess/fhir_questionnaire.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "assess/fhir_common.h"
#include "assess/instrument_validator.h"
#include "assess/json_fields.h"
#include "assess/json_writer.h"
#include "core/error.h"

namespace securebase::assess {

namespace {

std::optional<JsonFields> FindExtension(const JsonFields& element, const std::string& url) {
    for (const auto& extension : element.OptionalChildren("extension")) {
        if (extension.StringOr("url", "") == url) return extension;
    }
    return std::nullopt;
}

std::optional<double> ExtensionNumber(const JsonFields& element, const std::string& url) {
    auto extension = FindExtension(element, url);
    if (!extension) return std::nullopt;
    for (const char* key : {"valueDecimal", "valueInteger"}) {
        if (extension->Has(key)) return extension->Number(key);
    }
    extension->Fail("", "needs a valueDecimal or valueInteger");
}

std::string Identifier(const std::string& text) {
    std::string id;
    for (char c : text) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '/';
        id += allowed ? c : '_';
    }
    return id;
}

class QuestionnaireReader {
public:
    Instrument Read(const JsonFields& root) {
        const auto resourceType = root.StringOr("resourceType", "");
        if (resourceType != "Questionnaire") {
            root.Fail("resourceType", resourceType.empty() ? "missing: this is not a FHIR resource"
                                                           : "this is a \"" + resourceType +
                                                                 "\", not a FHIR Questionnaire");
        }
        m_in.id = Identifier(root.StringOr("name", root.StringOr("id", "")));
        m_in.version = root.StringOr("version", "1");
        m_in.title = root.StringOr("title", root.StringOr("name", m_in.id));
        m_in.description = root.StringOr("description", "");
        m_in.copyright = root.StringOr("copyright", "");
        m_in.kind = InstrumentKind::SelfReport;
        m_in.validated = false;
        m_in.disclaimer =
            "Imported from a FHIR Questionnaire" +
            (root.Has("url") ? " (" + root.String("url") + ")" : std::string()) +
            ". SecureBase cannot tell whether it is validated: check its source before relying on "
            "its scores.";
        for (const auto& item : root.OptionalChildren("item")) ReadItem(item);
        ReadSubscales(root);
        return std::move(m_in);
    }

private:
    void ReadItem(const JsonFields& item) {
        const auto type = item.String("type");
        if (type == "group" || type == "display") {
            for (const auto& child : item.OptionalChildren("item")) ReadItem(child);
            return;
        }
        if (type == "integer" || type == "decimal" || type == "quantity") {
            if (item.BoolOr("readOnly", false) ||
                FindExtension(item, fhir::kCalculatedExpressionUrl)) {
                m_totalId = item.String("linkId");
                m_totalName = item.StringOr("text", "Total score");
                return;
            }
        }
        if (type != "choice" && type != "coding") {
            item.Fail("type", "item type \"" + type +
                                  "\" cannot be scored: SecureBase imports choice items whose "
                                  "answerOption carries ordinalValue, itemWeight or valueInteger");
        }
        if (!item.Has("answerOption")) {
            item.Fail("answerOption",
                      "is required (answerValueSet is not supported): list the "
                      "options with their scores");
        }
        Item imported{Identifier(item.String("linkId")),
                      item.StringOr("text", item.String("linkId")), "",
                      FindExtension(item, fhir::kReverseKeyedUrl).has_value()};
        imported.scale = ScaleFor(ReadOptions(item, imported.reverse));
        m_in.items.push_back(std::move(imported));
        for (const auto& child : item.OptionalChildren("item")) ReadItem(child);
    }

    static int Weight(const JsonFields& option) {
        std::optional<double> weight;
        for (const char* url : {fhir::kOrdinalValueUrl, fhir::kItemWeightUrl}) {
            if (!weight) weight = ExtensionNumber(option, url);
            if (!weight && option.Has("valueCoding")) {
                weight = ExtensionNumber(option.Child("valueCoding"), url);
            }
        }
        if (!weight && option.Has("valueInteger")) weight = option.Int("valueInteger");
        if (!weight) {
            option.Fail("",
                        "has no score: add an ordinalValue or itemWeight extension, or use "
                        "valueInteger");
        }
        if (std::trunc(*weight) != *weight) {
            option.Fail("", "score " + std::to_string(*weight) +
                                " is not a whole number; SecureBase scores whole numbers only");
        }
        return static_cast<int>(*weight);
    }

    // A reverse-keyed item exported by SecureBase carries reversed scores; its answers are
    // recovered by reflecting them back over the option range.
    static std::vector<ScaleOption> ReadOptions(const JsonFields& item, bool reverse) {
        std::vector<ScaleOption> options;
        for (const auto& option : item.Children("answerOption")) {
            ScaleOption read{Weight(option), "", "", ""};
            if (option.Has("valueCoding")) {
                const auto coding = option.Child("valueCoding");
                read.system = coding.StringOr("system", "");
                read.code = coding.StringOr("code", "");
                read.label = coding.StringOr("display", read.code);
            } else {
                read.label = option.StringOr("valueString", std::to_string(read.value));
            }
            options.push_back(std::move(read));
        }
        if (reverse && !options.empty()) {
            auto [low, high] =
                std::minmax_element(options.begin(), options.end(),
                                    [](const auto& a, const auto& b) { return a.value < b.value; });
            const int reflect = low->value + high->value;
            for (auto& option : options) option.value = reflect - option.value;
        }
        std::sort(options.begin(), options.end(),
                  [](const auto& a, const auto& b) { return a.value < b.value; });
        return options;
    }

    // Items with the same options share one scale. Options that cover every whole number from
    // the lowest to the highest make an ordinal scale, which reverse keying needs.
    std::string ScaleFor(std::vector<ScaleOption> options) {
        auto same = std::find_if(m_in.scales.begin(), m_in.scales.end(), [&](const auto& scale) {
            return std::equal(scale.options.begin(), scale.options.end(), options.begin(),
                              options.end(), [](const auto& a, const auto& b) {
                                  return a.value == b.value && a.label == b.label &&
                                         a.system == b.system && a.code == b.code;
                              });
        });
        if (same != m_in.scales.end()) return same->id;
        ResponseScale scale{"scale" + std::to_string(m_in.scales.size() + 1), {}, {}, options};
        const bool contiguous =
            options.size() >= 2 &&
            std::adjacent_find(options.begin(), options.end(), [](const auto& a, const auto& b) {
                return b.value != a.value + 1;
            }) == options.end();
        if (contiguous) {
            scale.min = options.front().value;
            scale.max = options.back().value;
        }
        m_in.scales.push_back(std::move(scale));
        return m_in.scales.back().id;
    }

    void ReadSubscales(const JsonFields& root) {
        for (const auto& extension : root.OptionalChildren("extension")) {
            if (extension.StringOr("url", "") != fhir::kSubscaleUrl) continue;
            m_in.subscales.push_back(ReadSubscale(extension));
        }
        if (!m_in.subscales.empty()) return;
        Subscale total;
        total.id = m_totalId.empty() ? "total" : Identifier(m_totalId);
        total.name = m_totalName.empty() ? "Total score" : m_totalName;
        total.rule = ScoringRule::Sum;
        total.maxMissing = 0;
        total.better = Better::Lower;
        for (const auto& item : m_in.items) total.items.push_back(item.id);
        m_in.subscales.push_back(std::move(total));
        m_in.scoringNotes =
            "Imported: one total score, the sum of all scored items, with no missing answer "
            "tolerated and lower scores taken as better. Check both against the instrument's "
            "source.";
    }

    static Subscale ReadSubscale(const JsonFields& extension) {
        Subscale subscale;
        std::optional<ScoringRule> rule;
        std::optional<Better> better;
        for (const auto& part : extension.Children("extension")) {
            const auto url = part.String("url");
            if (url == "id") subscale.id = part.String("valueString");
            if (url == "name") subscale.name = part.String("valueString");
            if (url == "item") subscale.items.push_back(Identifier(part.String("valueString")));
            if (url == "reverseItem") {
                subscale.reverseItems.push_back(Identifier(part.String("valueString")));
            }
            if (url == "maxMissing") subscale.maxMissing = part.Int("valueInteger");
            if (url == "scoring") {
                rule = ParseScoringRule(part.String("valueCode"));
                if (!rule) part.Fail("valueCode", "must be \"mean\" or \"sum\"");
            }
            if (url == "better") {
                better = ParseBetter(part.String("valueCode"));
                if (!better) part.Fail("valueCode", "must be \"lower\" or \"higher\"");
            }
        }
        if (!rule || !better) extension.Fail("", "a subscale needs its scoring and better parts");
        subscale.rule = *rule;
        subscale.better = *better;
        return subscale;
    }

    Instrument m_in;
    std::string m_totalId;
    std::string m_totalName;
};

JsonObjectPtr Part(const std::string& url, const std::string& type,
                   const Poco::Dynamic::Var& value) {
    auto part = NewJsonObject();
    part->set("url", url);
    part->set(type, value);
    return part;
}

JsonObjectPtr SubscaleExtension(const Subscale& subscale) {
    auto parts = NewJsonArray();
    parts->add(Part("id", "valueString", subscale.id));
    parts->add(Part("name", "valueString", subscale.name));
    parts->add(Part("scoring", "valueCode", std::string(ToString(subscale.rule))));
    parts->add(Part("maxMissing", "valueInteger", subscale.maxMissing));
    parts->add(Part("better", "valueCode", std::string(ToString(subscale.better))));
    for (const auto& item : subscale.items) parts->add(Part("item", "valueString", item));
    for (const auto& item : subscale.reverseItems) {
        parts->add(Part("reverseItem", "valueString", item));
    }
    auto extension = NewJsonObject();
    extension->set("url", std::string(fhir::kSubscaleUrl));
    extension->set("extension", parts);
    return extension;
}

JsonObjectPtr AnswerOption(const ResponseScale& scale, const Item& item, int value) {
    const auto* known = scale.OptionFor(value);
    auto coding = NewJsonObject();
    if (known && !known->system.empty()) coding->set("system", known->system);
    coding->set("code", known && !known->code.empty() ? known->code : std::to_string(value));
    coding->set("display", known ? known->label : std::to_string(value));
    auto extensions = NewJsonArray();
    extensions->add(
        Part(fhir::kOrdinalValueUrl, "valueDecimal", fhir::OrdinalOf(scale, item, value)));
    auto option = NewJsonObject();
    option->set("extension", extensions);
    option->set("valueCoding", coding);
    return option;
}

JsonObjectPtr QuestionnaireItem(const Instrument& instrument, const Item& item) {
    const auto& scale = instrument.ScaleOf(item);
    auto options = NewJsonArray();
    if (scale.IsOrdinal()) {
        for (int value = *scale.min; value <= *scale.max; ++value) {
            options->add(AnswerOption(scale, item, value));
        }
    } else {
        for (const auto& option : scale.options) {
            options->add(AnswerOption(scale, item, option.value));
        }
    }
    auto exported = NewJsonObject();
    if (item.reverse) {
        auto extensions = NewJsonArray();
        extensions->add(Part(fhir::kReverseKeyedUrl, "valueBoolean", true));
        exported->set("extension", extensions);
    }
    exported->set("linkId", item.id);
    exported->set("text", item.text);
    exported->set("type", std::string("choice"));
    exported->set("answerOption", options);
    return exported;
}

}  // namespace

Instrument ImportQuestionnaire(const std::string& json, const std::string& origin) {
    Instrument instrument;
    try {
        instrument = QuestionnaireReader().Read(JsonFields::Parse(json));
    } catch (const Error& e) {
        throw Error(e.Code(), origin + ": " + e.what());
    }
    RequireValid(instrument, origin);
    return instrument;
}

std::string ExportQuestionnaire(const Instrument& instrument) {
    auto questionnaire = NewJsonObject();
    questionnaire->set("resourceType", std::string("Questionnaire"));
    questionnaire->set("id", fhir::ToFhirId(instrument.id));
    auto extensions = NewJsonArray();
    for (const auto& subscale : instrument.subscales) extensions->add(SubscaleExtension(subscale));
    questionnaire->set("extension", extensions);
    questionnaire->set("url", fhir::CanonicalOf(instrument));
    questionnaire->set("version", instrument.version);
    questionnaire->set("name", instrument.id);
    questionnaire->set("title", instrument.title);
    questionnaire->set("status", std::string("active"));
    if (!instrument.description.empty()) questionnaire->set("description", instrument.description);
    if (!instrument.copyright.empty()) questionnaire->set("copyright", instrument.copyright);
    auto items = NewJsonArray();
    for (const auto& item : instrument.items) items->add(QuestionnaireItem(instrument, item));
    questionnaire->set("item", items);
    return Stringify(questionnaire);
}

}  // namespace securebase::assess

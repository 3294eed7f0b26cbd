#include "assess/fhir_response.h"

#include <cmath>

#include "assess/fhir_common.h"
#include "assess/json_writer.h"

namespace securebase::assess {

namespace {

JsonObjectPtr ClientReference(const std::string& clientCode) {
    auto identifier = NewJsonObject();
    identifier->set("system", std::string(fhir::kClientCodeSystem));
    identifier->set("value", clientCode);
    auto reference = NewJsonObject();
    reference->set("identifier", identifier);
    return reference;
}

JsonObjectPtr CodeableConcept(const std::string& system, const std::string& code,
                              const std::string& text) {
    auto coding = NewJsonObject();
    coding->set("system", system);
    coding->set("code", code);
    auto codings = NewJsonArray();
    codings->add(coding);
    auto codeable = NewJsonObject();
    codeable->set("coding", codings);
    codeable->set("text", text);
    return codeable;
}

// Four decimals are finer than any scale step and keep the JSON readable.
double Rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

JsonObjectPtr ScoreComponent(const Subscale& subscale, const SubscaleScore& score) {
    auto component = NewJsonObject();
    component->set("code", CodeableConcept(fhir::kSubscaleSystem, subscale.id, subscale.name));
    if (score.valid) {
        auto quantity = NewJsonObject();
        quantity->set("value", Rounded(*score.score));
        component->set("valueQuantity", quantity);
    } else {
        auto reason = CodeableConcept(
            "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-performed",
            "Not scored: " + std::to_string(score.missing) + " items unanswered, at most " +
                std::to_string(score.maxMissing) + " allowed");
        component->set("dataAbsentReason", reason);
    }
    return component;
}

JsonObjectPtr ScoresObservation(const Instrument& instrument, const ScoreResult& scores,
                                const ResponseContext& context) {
    auto observation = NewJsonObject();
    observation->set("resourceType", std::string("Observation"));
    observation->set("id", std::string("scores"));
    observation->set("status", std::string(context.complete ? "final" : "preliminary"));
    observation->set("code", CodeableConcept(fhir::kInstrumentSystem, instrument.id,
                                             instrument.title + " scores"));
    observation->set("subject", ClientReference(context.clientCode));
    observation->set("effectiveDateTime", FormatTimestamp(context.authored));
    auto derivedFrom = NewJsonArray();
    auto container = NewJsonObject();
    container->set("reference", std::string("#"));
    derivedFrom->add(container);
    observation->set("derivedFrom", derivedFrom);
    if (!instrument.disclaimer.empty()) {
        auto note = NewJsonObject();
        note->set("text", instrument.disclaimer);
        auto notes = NewJsonArray();
        notes->add(note);
        observation->set("note", notes);
    }
    auto components = NewJsonArray();
    for (const auto& subscale : instrument.subscales) {
        if (const auto* score = scores.Find(subscale.id)) {
            components->add(ScoreComponent(subscale, *score));
        }
    }
    if (instrument.classification && scores.classification && scores.classification->classified) {
        auto component = NewJsonObject();
        auto code = NewJsonObject();
        code->set("text", instrument.classification->name);
        component->set("code", code);
        component->set("valueString",
                       scores.classification->label + ". " + scores.classification->explanation);
        components->add(component);
    }
    observation->set("component", components);
    return observation;
}

JsonObjectPtr ResponseItem(const Instrument& instrument, const Item& item, int value) {
    const auto& scale = instrument.ScaleOf(item);
    const auto* option = scale.OptionFor(value);
    auto coding = NewJsonObject();
    if (option && !option->system.empty()) coding->set("system", option->system);
    coding->set("code", option && !option->code.empty() ? option->code : std::to_string(value));
    coding->set("display", option ? option->label : std::to_string(value));
    auto ordinal = NewJsonObject();
    ordinal->set("url", std::string(fhir::kOrdinalValueUrl));
    ordinal->set("valueDecimal", fhir::OrdinalOf(scale, item, value));
    auto extensions = NewJsonArray();
    extensions->add(ordinal);
    coding->set("extension", extensions);
    auto answer = NewJsonObject();
    answer->set("valueCoding", coding);
    auto answerList = NewJsonArray();
    answerList->add(answer);
    auto responseItem = NewJsonObject();
    responseItem->set("linkId", item.id);
    responseItem->set("text", item.text);
    responseItem->set("answer", answerList);
    return responseItem;
}

}  // namespace

std::string ExportQuestionnaireResponse(const Instrument& instrument, const Answers& answers,
                                        const ScoreResult& scores, const ResponseContext& context) {
    RequireValidAnswers(instrument, answers);
    auto response = NewJsonObject();
    response->set("resourceType", std::string("QuestionnaireResponse"));
    if (!context.administrationId.empty()) {
        response->set("id", fhir::ToFhirId(context.administrationId));
    }
    auto contained = NewJsonArray();
    contained->add(ScoresObservation(instrument, scores, context));
    response->set("contained", contained);
    response->set("questionnaire", fhir::CanonicalOf(instrument) + "|" + instrument.version);
    response->set("status", std::string(context.complete ? "completed" : "in-progress"));
    response->set("subject", ClientReference(context.clientCode));
    response->set("authored", FormatTimestamp(context.authored));
    auto items = NewJsonArray();
    for (const auto& item : instrument.items) {
        if (auto answer = answers.find(item.id); answer != answers.end()) {
            items->add(ResponseItem(instrument, item, answer->second));
        }
    }
    response->set("item", items);
    return Stringify(response);
}

}  // namespace securebase::assess

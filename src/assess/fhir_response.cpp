#include "assess/fhir_response.h"

#include <cmath>

#include "assess/fhir_common.h"

namespace securebase::assess {

namespace {

using fhir::NewArray;
using fhir::NewObject;
using fhir::ObjectPtr;

ObjectPtr ClientReference(const std::string& clientCode) {
    auto identifier = NewObject();
    identifier->set("system", std::string(fhir::kClientCodeSystem));
    identifier->set("value", clientCode);
    auto reference = NewObject();
    reference->set("identifier", identifier);
    return reference;
}

ObjectPtr CodeableConcept(const std::string& system, const std::string& code,
                          const std::string& text) {
    auto coding = NewObject();
    coding->set("system", system);
    coding->set("code", code);
    auto codings = NewArray();
    codings->add(coding);
    auto codeable = NewObject();
    codeable->set("coding", codings);
    codeable->set("text", text);
    return codeable;
}

// Four decimals are finer than any scale step and keep the JSON readable.
double Rounded(double value) { return std::round(value * 10000.0) / 10000.0; }

ObjectPtr ScoreComponent(const Subscale& subscale, const SubscaleScore& score) {
    auto component = NewObject();
    component->set("code", CodeableConcept(fhir::kSubscaleSystem, subscale.id, subscale.name));
    if (score.valid) {
        auto quantity = NewObject();
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

ObjectPtr ScoresObservation(const Instrument& instrument, const ScoreResult& scores,
                            const ResponseContext& context) {
    auto observation = NewObject();
    observation->set("resourceType", std::string("Observation"));
    observation->set("id", std::string("scores"));
    observation->set("status", std::string(context.complete ? "final" : "preliminary"));
    observation->set("code", CodeableConcept(fhir::kInstrumentSystem, instrument.id,
                                             instrument.title + " scores"));
    observation->set("subject", ClientReference(context.clientCode));
    observation->set("effectiveDateTime", FormatTimestamp(context.authored));
    auto derivedFrom = NewArray();
    auto container = NewObject();
    container->set("reference", std::string("#"));
    derivedFrom->add(container);
    observation->set("derivedFrom", derivedFrom);
    if (!instrument.disclaimer.empty()) {
        auto note = NewObject();
        note->set("text", instrument.disclaimer);
        auto notes = NewArray();
        notes->add(note);
        observation->set("note", notes);
    }
    auto components = NewArray();
    for (const auto& subscale : instrument.subscales) {
        if (const auto* score = scores.Find(subscale.id)) {
            components->add(ScoreComponent(subscale, *score));
        }
    }
    if (instrument.classification && scores.classification && scores.classification->classified) {
        auto component = NewObject();
        auto code = NewObject();
        code->set("text", instrument.classification->name);
        component->set("code", code);
        component->set("valueString",
                       scores.classification->label + ". " + scores.classification->explanation);
        components->add(component);
    }
    observation->set("component", components);
    return observation;
}

ObjectPtr ResponseItem(const Instrument& instrument, const Item& item, int value) {
    const auto& scale = instrument.ScaleOf(item);
    const auto* option = scale.OptionFor(value);
    auto coding = NewObject();
    if (option && !option->system.empty()) coding->set("system", option->system);
    coding->set("code", option && !option->code.empty() ? option->code : std::to_string(value));
    coding->set("display", option ? option->label : std::to_string(value));
    auto ordinal = NewObject();
    ordinal->set("url", std::string(fhir::kOrdinalValueUrl));
    ordinal->set("valueDecimal", fhir::OrdinalOf(scale, item, value));
    auto extensions = NewArray();
    extensions->add(ordinal);
    coding->set("extension", extensions);
    auto answer = NewObject();
    answer->set("valueCoding", coding);
    auto answerList = NewArray();
    answerList->add(answer);
    auto responseItem = NewObject();
    responseItem->set("linkId", item.id);
    responseItem->set("text", item.text);
    responseItem->set("answer", answerList);
    return responseItem;
}

}  // namespace

std::string ExportQuestionnaireResponse(const Instrument& instrument, const Answers& answers,
                                        const ScoreResult& scores, const ResponseContext& context) {
    RequireValidAnswers(instrument, answers);
    auto response = NewObject();
    response->set("resourceType", std::string("QuestionnaireResponse"));
    if (!context.administrationId.empty()) {
        response->set("id", fhir::ToFhirId(context.administrationId));
    }
    auto contained = NewArray();
    contained->add(ScoresObservation(instrument, scores, context));
    response->set("contained", contained);
    response->set("questionnaire", fhir::CanonicalOf(instrument) + "|" + instrument.version);
    response->set("status", std::string(context.complete ? "completed" : "in-progress"));
    response->set("subject", ClientReference(context.clientCode));
    response->set("authored", FormatTimestamp(context.authored));
    auto items = NewArray();
    for (const auto& item : instrument.items) {
        if (auto answer = answers.find(item.id); answer != answers.end()) {
            items->add(ResponseItem(instrument, item, answer->second));
        }
    }
    response->set("item", items);
    return fhir::Stringify(response);
}

}  // namespace securebase::assess

#pragma once

#include <string>

#include "assess/instrument.h"

// What the FHIR Questionnaire and QuestionnaireResponse code share: the URIs SecureBase uses and
// how ids and values are mapped. Private to src/assess.
namespace securebase::assess::fhir {

inline constexpr const char* kOrdinalValueUrl =
    "http://hl7.org/fhir/StructureDefinition/ordinalValue";
inline constexpr const char* kItemWeightUrl = "http://hl7.org/fhir/StructureDefinition/itemWeight";
inline constexpr const char* kCalculatedExpressionUrl =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";

// SecureBase's own extensions and code systems. URNs, because SecureBase publishes no
// StructureDefinition server; another FHIR system ignores extensions it does not know.
inline constexpr const char* kSubscaleUrl = "urn:securebase:fhir:subscale";
inline constexpr const char* kReverseKeyedUrl = "urn:securebase:fhir:reverse-keyed";
inline constexpr const char* kInstrumentSystem = "urn:securebase:instrument";
inline constexpr const char* kSubscaleSystem = "urn:securebase:subscale";
inline constexpr const char* kClientCodeSystem = "urn:securebase:client-code";

// A FHIR `id` allows only letters, digits, '-' and '.', at most 64 characters.
std::string ToFhirId(const std::string& text);

// The canonical URL of an instrument as exported: a Questionnaire's `url`, and what a
// QuestionnaireResponse's `questionnaire` points to.
std::string CanonicalOf(const Instrument& instrument);

// The value an option carries in FHIR: the item's scored value (reversed where the item is).
int OrdinalOf(const ResponseScale& scale, const Item& item, int value);

}  // namespace securebase::assess::fhir

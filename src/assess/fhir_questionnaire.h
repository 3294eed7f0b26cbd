#pragma once

#include <string>

#include "assess/instrument.h"

namespace securebase::assess {

// Reads an HL7 FHIR R4 Questionnaire into an instrument, so a clinic can bring instruments made
// elsewhere. Groups are flattened; each `choice` item needs answerOption entries scored by the
// ordinalValue or itemWeight extension (on the option or its valueCoding), or valueInteger.
// Without SecureBase's subscale extensions, all scored items form one `sum` subscale named after
// a calculated total item when there is one. The result is validated like a forms/ file.
// Throws Error(Invalid) "origin: path: message", also for JSON that is not a Questionnaire.
Instrument ImportQuestionnaire(const std::string& json, const std::string& origin);

// Writes the instrument as a FHIR R4 Questionnaire: choice items whose options carry the scored
// value as ordinalValue (reverse keying applied, so any FHIR scorer sums them correctly), and the
// subscales as SecureBase extensions so that importing it again gives the same scoring.
std::string ExportQuestionnaire(const Instrument& instrument);

}  // namespace securebase::assess

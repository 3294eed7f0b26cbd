#pragma once

#include <string>

#include "assess/instrument.h"
#include "assess/scoring.h"
#include "core/date_time.h"

namespace securebase::assess {

// What a FHIR QuestionnaireResponse says about one administration besides its answers. The client
// appears only as an opaque code (the de-identified client code), never by name.
struct ResponseContext {
    std::string administrationId;  // becomes the resource id; may be empty
    std::string clientCode;
    Timestamp authored{};
    bool complete = true;  // "completed", else "in-progress"
};

// An administration as a FHIR R4 QuestionnaireResponse. Answers are `valueCoding`s with the
// option's scored value as ordinalValue; the subscale scores, the classification and the
// instrument's disclaimer travel in a contained Observation derived from the response.
// Throws Error(Invalid) for answers that do not fit the instrument.
std::string ExportQuestionnaireResponse(const Instrument& instrument, const Answers& answers,
                                        const ScoreResult& scores, const ResponseContext& context);

}  // namespace securebase::assess

#pragma once

#include <string>
#include <vector>

#include "assess/instrument.h"

namespace securebase::assess {

// One rule an instrument breaks, at a field path such as `items[3].scale`.
struct Problem {
    std::string path;
    std::string message;
};

// Every rule an instrument definition must keep, whatever it was read from (a forms/ file, a FHIR
// Questionnaire): a broken instrument would score clients wrongly without anyone noticing.
std::vector<Problem> Validate(const Instrument& instrument);

// Throws Error(Invalid) listing every problem, each line "origin: path: message".
void RequireValid(const Instrument& instrument, const std::string& origin);

// Norms typed in by the practitioner at runtime; throws Error(Invalid) naming the bad field.
void RequireValidNorms(const Norms& norms);

// The lowest and highest score a subscale can take, from its scoring rule and item scales.
struct ScoreRange {
    double low = 0.0;
    double high = 0.0;
};
ScoreRange RangeOf(const Instrument& instrument, const Subscale& subscale);

}  // namespace securebase::assess

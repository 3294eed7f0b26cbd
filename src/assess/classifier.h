#pragma once

#include <vector>

#include "assess/instrument.h"
#include "assess/scoring.h"

namespace securebase::assess {

// Applies the instrument's classification rules to its subscale scores. Classifies only when every
// subscale the rules read is valid; the explanation always says why.
ClassificationResult Classify(const Instrument& instrument, const Classification& classification,
                              const std::vector<SubscaleScore>& scores);

}  // namespace securebase::assess

#pragma once

#include <string>

#include "assess/instrument.h"

namespace securebase::assess {

// The instrument as a forms/instruments file (format kInstrumentFormat), so an instrument imported
// from FHIR can be saved beside the shipped ones and edited by hand. Subscale membership is written
// on the subscales; ParseInstrument reads the text back to an equal instrument.
std::string SerializeInstrument(const Instrument& instrument);

}  // namespace securebase::assess

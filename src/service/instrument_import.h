#pragma once

#include <filesystem>
#include <vector>

#include "assess/instrument.h"

namespace securebase::service {

// Brings a FHIR R4 Questionnaire into the clinic's own instruments: converts and validates it,
// then writes it as <id>.json into the last of `folders` (the clinic folder, as
// InstrumentFolders() orders them). Invalid for a file that is not a valid Questionnaire, Refused
// when an instrument with its id is already installed in any folder, so an import never replaces
// what earlier administrations were scored with.
assess::Instrument ImportFhirInstrument(const std::filesystem::path& questionnaire,
                                        const std::vector<std::filesystem::path>& folders);

}  // namespace securebase::service

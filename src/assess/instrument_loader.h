#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "assess/instrument.h"

namespace securebase::assess {

// The version of the forms/instruments file format this build reads (the `format` field).
inline constexpr int kInstrumentFormat = 1;

// Parses and validates one instrument definition. `origin` names where the text came from (the
// file path) and starts every error line: `forms/instruments/x.json: items[3].scale: ...`.
// Throws Error(Invalid) for a malformed or invalid definition.
Instrument ParseInstrument(const std::string& json, const std::string& origin);

// Throws Error(Io) when the file cannot be read, Error(Invalid) as ParseInstrument.
Instrument LoadInstrument(const std::filesystem::path& file);

struct LoadFailure {
    std::filesystem::path file;
    std::string message;
};

struct InstrumentFolder {
    std::vector<Instrument> instruments;  // in file name order
    std::vector<LoadFailure> failures;    // a bad file is reported here; the others still load
};

// Every *.json in the folder. A second file with an id already loaded is a failure.
InstrumentFolder LoadInstrumentFolder(const std::filesystem::path& folder);

}  // namespace securebase::assess

#pragma once

#include <string>

#include "core/homework_values.h"

namespace securebase::storage {

// How homework_entries.values_json holds an entry's values: a JSON object by field key whose
// every value names its kind, {"int": 7}, {"real": 2.5}, {"bool": true}, {"text": "..."},
// {"list": ["..."]}, {"time": 450} (minutes since midnight), {"steps": [{"key": {...}}]}. The
// values then read back exactly without the template, and SQL can still reach one
// (json_extract(values_json, '$.intensity.int')).
std::string EncodeEntryValues(const EntryValues& values);
// Throws Error(Damaged) for text this encoding never writes.
EntryValues DecodeEntryValues(const std::string& json);

}  // namespace securebase::storage

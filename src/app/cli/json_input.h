#pragma once

#include <vector>

#include <Poco/JSON/Object.h>

#include "core/client.h"
#include "core/practice_settings.h"
#include "core/session.h"

namespace securebase::cli {

// The JSON a user feeds to the CLI, mapped onto domain values, with the field names of the --json
// output. Each function throws Invalid naming the first unknown or mistyped member (never its
// value).

// Sets the members present in `fields`; the others keep their value. status, waitlistedOn and
// admittedOn are accepted only when allowStatus (a new client); later changes go through
// discharge / activate.
void ApplyClientFields(const Poco::JSON::Object& fields, Client& client, bool allowStatus);

// The fields of a note in `format`, starting from `existing` (the note being edited, if any).
std::vector<NoteField> NoteFieldsFrom(const Poco::JSON::Object& fields, NoteFormat format,
                                      std::vector<NoteField> existing);

void ApplySettingsFields(const Poco::JSON::Object& fields, PracticeSettings& settings);

}  // namespace securebase::cli

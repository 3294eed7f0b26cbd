#pragma once

#include <optional>
#include <ostream>
#include <vector>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "core/audit.h"
#include "core/client.h"
#include "core/practice_settings.h"
#include "core/session.h"

namespace securebase::cli {

// The --json shapes. Field names are stable: scripts depend on them. Dates are ISO 8601, absent
// optional values are null, members keep the order written here.
Poco::JSON::Object::Ptr ToJson(const Client& client);
Poco::JSON::Object::Ptr ToJson(const ClientSummary& summary);
Poco::JSON::Object::Ptr ToJson(const Session& session);
Poco::JSON::Object::Ptr ToJson(const ProgressNote& note);
Poco::JSON::Object::Ptr ToJson(const ProcessNote& note);
Poco::JSON::Object::Ptr ToJson(const AuditEntry& entry);
Poco::JSON::Object::Ptr ToJson(const PracticeSettings& settings);

template <typename T>
Poco::JSON::Array::Ptr ToJsonArray(const std::vector<T>& items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& item : items) array->add(ToJson(item));
    return array;
}

Poco::JSON::Object::Ptr NewJsonObject();

// Pretty-printed, followed by a newline.
void PrintJson(std::ostream& out, const Poco::Dynamic::Var& value);

}  // namespace securebase::cli

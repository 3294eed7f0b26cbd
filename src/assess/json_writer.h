#pragma once

#include <string>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

// Builders for the JSON SecureBase writes (instrument files, FHIR resources). Private to
// src/assess.
namespace securebase::assess {

using JsonObjectPtr = Poco::JSON::Object::Ptr;
using JsonArrayPtr = Poco::JSON::Array::Ptr;

JsonObjectPtr NewJsonObject();  // keeps keys in insertion order, so files read top-down
JsonArrayPtr NewJsonArray();
std::string Stringify(const JsonObjectPtr& object);  // two-space indent, final newline

}  // namespace securebase::assess

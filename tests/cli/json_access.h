#pragma once

#include <string>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "cli/cli_runner.h"

namespace securebase::test {

inline Poco::JSON::Object::Ptr JsonObject(const std::string& text) {
    return ParseJson(text).extract<Poco::JSON::Object::Ptr>();
}

inline Poco::JSON::Array::Ptr JsonArray(const std::string& text) {
    return ParseJson(text).extract<Poco::JSON::Array::Ptr>();
}

}  // namespace securebase::test

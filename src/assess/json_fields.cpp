#include "assess/json_fields.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include "core/error.h"

namespace securebase::assess {

using Poco::JSON::Array;
using Poco::JSON::Object;

JsonFields::JsonFields(Object::Ptr object, std::string path)
    : m_object(std::move(object)), m_path(std::move(path)) {}

JsonFields JsonFields::Parse(const std::string& text) {
    Poco::Dynamic::Var root;
    try {
        root = Poco::JSON::Parser().parse(text);
    } catch (const Poco::Exception& e) {
        throw Error(ErrorCode::Invalid, "not valid JSON: " + e.message());
    }
    if (root.type() != typeid(Object::Ptr)) {
        throw Error(ErrorCode::Invalid, "the top level must be a JSON object");
    }
    return JsonFields(root.extract<Object::Ptr>(), "");
}

bool JsonFields::Has(const std::string& key) const {
    return m_object->has(key) && !m_object->isNull(key);
}

std::string JsonFields::PathOf(const std::string& key) const {
    return m_path.empty() ? key : m_path + "." + key;
}

void JsonFields::Fail(const std::string& key, const std::string& message) const {
    throw Error(ErrorCode::Invalid, (key.empty() ? m_path : PathOf(key)) + ": " + message);
}

Poco::Dynamic::Var JsonFields::Get(const std::string& key) const {
    if (!Has(key)) Fail(key, "is required");
    return m_object->get(key);
}

std::string JsonFields::String(const std::string& key) const {
    auto value = Get(key);
    if (!value.isString()) Fail(key, "must be a string");
    return value.extract<std::string>();
}

std::string JsonFields::StringOr(const std::string& key, const std::string& fallback) const {
    return Has(key) ? String(key) : fallback;
}

double JsonFields::Number(const std::string& key) const {
    auto value = Get(key);
    if (!value.isNumeric() || value.isBoolean()) Fail(key, "must be a number");
    return value.convert<double>();
}

std::optional<double> JsonFields::OptionalNumber(const std::string& key) const {
    if (!Has(key)) return std::nullopt;
    return Number(key);
}

int JsonFields::Int(const std::string& key) const {
    const double number = Number(key);
    if (std::trunc(number) != number || std::abs(number) > std::numeric_limits<int>::max()) {
        Fail(key, "must be a whole number");
    }
    return static_cast<int>(number);
}

std::optional<int> JsonFields::OptionalInt(const std::string& key) const {
    if (!Has(key)) return std::nullopt;
    return Int(key);
}

bool JsonFields::Bool(const std::string& key) const {
    auto value = Get(key);
    if (!value.isBoolean()) Fail(key, "must be true or false");
    return value.extract<bool>();
}

bool JsonFields::BoolOr(const std::string& key, bool fallback) const {
    return Has(key) ? Bool(key) : fallback;
}

JsonFields JsonFields::Child(const std::string& key) const {
    auto value = Get(key);
    if (value.type() != typeid(Object::Ptr)) Fail(key, "must be an object");
    return JsonFields(value.extract<Object::Ptr>(), PathOf(key));
}

std::optional<JsonFields> JsonFields::OptionalChild(const std::string& key) const {
    if (!Has(key)) return std::nullopt;
    return Child(key);
}

std::vector<JsonFields> JsonFields::Children(const std::string& key) const {
    auto value = Get(key);
    if (value.type() != typeid(Array::Ptr)) Fail(key, "must be an array");
    auto array = value.extract<Array::Ptr>();
    std::vector<JsonFields> objects;
    for (unsigned i = 0; i < array->size(); ++i) {
        const auto path = PathOf(key) + "[" + std::to_string(i) + "]";
        auto object = array->getObject(i);
        if (!object) throw Error(ErrorCode::Invalid, path + ": must be an object");
        objects.emplace_back(object, path);
    }
    return objects;
}

std::vector<JsonFields> JsonFields::OptionalChildren(const std::string& key) const {
    return Has(key) ? Children(key) : std::vector<JsonFields>{};
}

std::vector<std::string> JsonFields::OptionalStrings(const std::string& key) const {
    if (!Has(key)) return {};
    auto value = Get(key);
    if (value.type() != typeid(Array::Ptr)) Fail(key, "must be an array of strings");
    auto array = value.extract<Array::Ptr>();
    std::vector<std::string> strings;
    for (unsigned i = 0; i < array->size(); ++i) {
        auto element = array->get(i);
        if (!element.isString()) {
            Fail(key + "[" + std::to_string(i) + "]", "must be a string");
        }
        strings.push_back(element.extract<std::string>());
    }
    return strings;
}

void JsonFields::AllowOnly(std::initializer_list<const char*> keys) const {
    std::vector<std::string> names;
    m_object->getNames(names);
    for (const auto& name : names) {
        if (name == "$comment") continue;
        if (std::none_of(keys.begin(), keys.end(),
                         [&name](const char* key) { return name == key; })) {
            Fail(name, "unknown field (misspelt?)");
        }
    }
}

}  // namespace securebase::assess

#include "homework/json_reader.h"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

namespace securebase::homework {

bool IsObject(const Poco::Dynamic::Var& value) {
    return value.type() == typeid(Poco::JSON::Object::Ptr);
}

bool IsArray(const Poco::Dynamic::Var& value) {
    return value.type() == typeid(Poco::JSON::Array::Ptr);
}

std::optional<Poco::Dynamic::Var> ParseJson(const std::string& text,
                                            std::vector<Problem>& problems) {
    try {
        Poco::JSON::Parser parser;
        return std::optional<Poco::Dynamic::Var>(std::in_place, parser.parse(text));
    } catch (const Poco::Exception& error) {
        problems.push_back({"", "is not valid JSON (" + error.message() + "); fix the syntax"});
    }
    return std::nullopt;
}

JsonReader::JsonReader(Poco::JSON::Object::Ptr object, std::string path,
                       std::vector<Problem>& problems)
    : m_object(std::move(object)), m_path(std::move(path)), m_problems(problems) {}

std::string JsonReader::PathOf(const std::string& name) const {
    return m_path.empty() ? name : m_path + "." + name;
}

const Poco::Dynamic::Var* JsonReader::Member(const std::string& name) {
    m_asked.insert(name);
    for (const auto& member : *m_object)
        if (member.first == name) return member.second.isEmpty() ? nullptr : &member.second;
    return nullptr;
}

void JsonReader::WrongType(const std::string& name, const char* expected) {
    m_problems.push_back({PathOf(name), std::string("must be ") + expected});
}

std::string JsonReader::String(const std::string& name) {
    const auto* value = Member(name);
    if (!value) return {};
    if (!value->isString()) {
        WrongType(name, "a string in double quotes");
        return {};
    }
    return value->extract<std::string>();
}

std::optional<long long> JsonReader::Integer(const std::string& name) {
    const auto* value = Member(name);
    if (!value) return std::nullopt;
    if (!value->isInteger()) {
        WrongType(name, "a whole number");
        return std::nullopt;
    }
    return value->convert<long long>();
}

std::optional<double> JsonReader::Number(const std::string& name) {
    const auto* value = Member(name);
    if (!value) return std::nullopt;
    if (!value->isNumeric() || value->isBoolean()) {
        WrongType(name, "a number");
        return std::nullopt;
    }
    return value->convert<double>();
}

bool JsonReader::Boolean(const std::string& name) {
    const auto* value = Member(name);
    if (!value) return false;
    if (!value->isBoolean()) {
        WrongType(name, "true or false");
        return false;
    }
    return value->extract<bool>();
}

Poco::JSON::Array::Ptr JsonReader::Array(const std::string& name) {
    const auto* value = Member(name);
    if (!value) return {};
    if (!IsArray(*value)) {
        WrongType(name, "a list in square brackets");
        return {};
    }
    return value->extract<Poco::JSON::Array::Ptr>();
}

Poco::JSON::Object::Ptr JsonReader::Object(const std::string& name) {
    const auto* value = Member(name);
    if (!value) return {};
    if (!IsObject(*value)) {
        WrongType(name, "an object in curly braces");
        return {};
    }
    return value->extract<Poco::JSON::Object::Ptr>();
}

void JsonReader::RejectUnknown() {
    for (const auto& [name, value] : *m_object)
        if (!m_asked.contains(name))
            m_problems.push_back({PathOf(name), "is not a known property; check its spelling"});
}

}  // namespace securebase::homework

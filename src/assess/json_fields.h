#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace securebase::assess {

// Typed reads from one JSON object that know their field path, so every complaint about a file
// can say where it is: `items[3].scale: must be a string`. Failures throw Error(Invalid) with the
// path first; the caller prefixes the file name.
class JsonFields {
public:
    JsonFields(Poco::JSON::Object::Ptr object, std::string path);

    // Throws Error(Invalid) "not valid JSON: ..." or "the top level must be a JSON object".
    static JsonFields Parse(const std::string& text);

    bool Has(const std::string& key) const;
    std::string PathOf(const std::string& key) const;

    std::string String(const std::string& key) const;
    std::string StringOr(const std::string& key, const std::string& fallback) const;
    int Int(const std::string& key) const;
    std::optional<int> OptionalInt(const std::string& key) const;
    double Number(const std::string& key) const;
    std::optional<double> OptionalNumber(const std::string& key) const;
    bool Bool(const std::string& key) const;
    bool BoolOr(const std::string& key, bool fallback) const;
    JsonFields Child(const std::string& key) const;
    std::optional<JsonFields> OptionalChild(const std::string& key) const;
    std::vector<JsonFields> Children(const std::string& key) const;          // required array
    std::vector<JsonFields> OptionalChildren(const std::string& key) const;  // empty when absent
    std::vector<std::string> OptionalStrings(const std::string& key) const;

    // A misspelt field would otherwise be ignored silently and change scoring without a word.
    void AllowOnly(std::initializer_list<const char*> keys) const;

    [[noreturn]] void Fail(const std::string& key, const std::string& message) const;

private:
    Poco::Dynamic::Var Get(const std::string& key) const;

    Poco::JSON::Object::Ptr m_object;
    std::string m_path;
};

}  // namespace securebase::assess

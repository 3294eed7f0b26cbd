#pragma once

// Internal to src/homework: reads a Poco JSON object member by member, recording a Problem with
// the member's path for every wrong type and every member it was not asked about, so one pass
// reports everything that is wrong with a file.

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "homework/problem.h"

namespace securebase::homework {

bool IsObject(const Poco::Dynamic::Var& value);
bool IsArray(const Poco::Dynamic::Var& value);

// Parses text as JSON; on a syntax error adds a Problem at path "" and returns nothing.
std::optional<Poco::Dynamic::Var> ParseJson(const std::string& text,
                                            std::vector<Problem>& problems);

class JsonReader {
public:
    JsonReader(Poco::JSON::Object::Ptr object, std::string path, std::vector<Problem>& problems);

    std::string String(const std::string& name);
    std::optional<long long> Integer(const std::string& name);
    std::optional<double> Number(const std::string& name);
    bool Boolean(const std::string& name);
    Poco::JSON::Array::Ptr Array(const std::string& name);
    Poco::JSON::Object::Ptr Object(const std::string& name);

    // Reports every member none of the calls above asked for: a misspelt "requried" must not
    // silently turn into an optional field.
    void RejectUnknown();

    std::string PathOf(const std::string& name) const;

private:
    const Poco::Dynamic::Var* Member(const std::string& name);
    void WrongType(const std::string& name, const char* expected);

    Poco::JSON::Object::Ptr m_object;
    std::string m_path;
    std::vector<Problem>& m_problems;
    std::set<std::string> m_asked;
};

}  // namespace securebase::homework

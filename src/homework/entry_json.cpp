#include "homework/entry_json.h"

#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "homework/json_reader.h"

namespace securebase::homework {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

Var ToVar(const std::vector<std::string>& items) {
    Array::Ptr array = new Array;
    for (const auto& item : items) array->add(item);
    return array;
}

template <typename V>
Var ToVar(const V& value) {
    return std::visit(
        [](const auto& alternative) -> Var {
            using T = std::decay_t<decltype(alternative)>;
            if constexpr (std::is_same_v<T, TimeOfDay>) {
                return FormatTimeOfDay(alternative);
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                return ToVar(alternative);
            } else if constexpr (std::is_same_v<T, StepRows>) {
                Array::Ptr rows = new Array;
                for (const auto& row : alternative) {
                    Object::Ptr object = new Object;
                    for (const auto& [key, cell] : row) object->set(key, ToVar(cell));
                    rows->add(object);
                }
                return rows;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return static_cast<Poco::Int64>(alternative);
            } else {
                return alternative;
            }
        },
        value);
}

// A JSON value as a scalar value; an array of strings counts as scalar (a list).
std::optional<ScalarValue> ToScalar(const Var& json, const FieldSpec* spec) {
    if (json.isBoolean()) return json.extract<bool>();
    // JSON writes 12.0 as 12: a number field reads back as the double it was.
    if (spec && spec->type == FieldType::Number && json.isNumeric()) return json.convert<double>();
    if (json.isInteger()) return static_cast<std::int64_t>(json.convert<Poco::Int64>());
    if (json.isNumeric()) return json.convert<double>();
    if (json.isString()) {
        auto text = json.extract<std::string>();
        if (spec && spec->type == FieldType::TimeOfDay)
            if (auto time = ParseTimeOfDay(text)) return *time;
        return text;
    }
    if (IsArray(json)) {
        std::vector<std::string> items;
        auto array = json.extract<Array::Ptr>();
        for (size_t i = 0; i < array->size(); ++i) {
            auto item = array->get(static_cast<unsigned>(i));
            if (!item.isString()) return std::nullopt;
            items.push_back(item.extract<std::string>());
        }
        return items;
    }
    return std::nullopt;
}

FieldValue Widen(ScalarValue scalar) {
    return std::visit([](auto&& alternative) -> FieldValue { return std::move(alternative); },
                      std::move(scalar));
}

void Unusable(std::vector<Problem>& problems, const std::string& path) {
    problems.push_back({path, "holds a kind of value no field can take; check the entry"});
}

std::optional<StepRows> ToRows(const Var& json, const FieldSpec& spec, const std::string& path,
                               std::vector<Problem>& problems) {
    auto array = json.extract<Array::Ptr>();
    StepRows rows;
    for (size_t i = 0; i < array->size(); ++i) {
        const auto rowPath = path + "[" + std::to_string(i + 1) + "]";
        auto item = array->get(static_cast<unsigned>(i));
        if (!IsObject(item)) return std::nullopt;
        StepRow row;
        for (const auto& [key, cell] : *item.extract<Object::Ptr>()) {
            if (cell.isEmpty()) continue;
            if (auto scalar = ToScalar(cell, spec.FindStepField(key)))
                row.emplace(key, std::move(*scalar));
            else
                Unusable(problems, rowPath + "." + key);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

std::string EntryValuesToJson(const EntryValues& values) {
    Object::Ptr root = new Object;
    for (const auto& [key, value] : values) root->set(key, ToVar(value));
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(root, out);
    return out.str();
}

EntryValuesParse ParseEntryValues(const HomeworkTemplate& homeworkTemplate,
                                  const std::string& json) {
    EntryValuesParse result;
    auto root = ParseJson(json, result.problems);
    if (!root) return result;
    if (!IsObject(*root)) {
        result.problems.push_back({"", "must be one JSON object of values by field key"});
        return result;
    }
    for (const auto& [key, value] : *root->extract<Object::Ptr>()) {
        if (value.isEmpty()) continue;
        const auto* spec = homeworkTemplate.FindField(key);
        if (spec && spec->type == FieldType::Steps && IsArray(value)) {
            if (auto rows = ToRows(value, *spec, key, result.problems))
                result.values.emplace(key, std::move(*rows));
            else
                Unusable(result.problems, key);
        } else if (auto scalar = ToScalar(value, spec)) {
            result.values.emplace(key, Widen(std::move(*scalar)));
        } else {
            Unusable(result.problems, key);
        }
    }
    return result;
}

}  // namespace securebase::homework

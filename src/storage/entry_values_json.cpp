#include "storage/entry_values_json.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "core/error.h"

namespace securebase::storage {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

[[noreturn]] void Unreadable() {
    throw Error(ErrorCode::Damaged,
                "the vault holds unreadable homework entry values; run verify and restore a "
                "backup if it fails");
}

Poco::Dynamic::Var Strings(const std::vector<std::string>& items) {
    Array::Ptr array = new Array;
    for (const auto& item : items) array->add(item);
    return array;
}

template <typename Variant>
Object::Ptr Tagged(const Variant& value);

Poco::Dynamic::Var Rows(const StepRows& rows) {
    Array::Ptr array = new Array;
    for (const auto& row : rows) {
        Object::Ptr cells = new Object;
        for (const auto& [key, cell] : row) cells->set(key, Tagged(cell));
        array->add(cells);
    }
    return array;
}

template <typename Variant>
Object::Ptr Tagged(const Variant& value) {
    Object::Ptr tagged = new Object;
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>)
                tagged->set("bool", v);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                tagged->set("int", static_cast<Poco::Int64>(v));
            else if constexpr (std::is_same_v<T, double>)
                tagged->set("real", v);
            else if constexpr (std::is_same_v<T, std::string>)
                tagged->set("text", v);
            else if constexpr (std::is_same_v<T, std::vector<std::string>>)
                tagged->set("list", Strings(v));
            else if constexpr (std::is_same_v<T, TimeOfDay>)
                tagged->set("time", static_cast<Poco::Int64>(v.sinceMidnight.count()));
            else
                tagged->set("steps", Rows(v));
        },
        value);
    return tagged;
}

std::vector<std::string> StringsOf(const Array::Ptr& array) {
    if (!array) Unreadable();
    std::vector<std::string> items;
    for (const auto& item : *array) items.push_back(item.extract<std::string>());
    return items;
}

// The one member of a tagged value: its kind and what it holds.
std::pair<std::string, Poco::Dynamic::Var> Member(const Poco::Dynamic::Var& var) {
    if (var.type() != typeid(Object::Ptr)) Unreadable();
    const auto object = var.extract<Object::Ptr>();
    if (object->size() != 1) Unreadable();
    const auto& [kind, value] = *object->begin();
    return {kind, value};
}

ScalarValue DecodeScalar(const Poco::Dynamic::Var& var) {
    const auto [kind, value] = Member(var);
    if (kind == "bool") return value.convert<bool>();
    if (kind == "int") return std::int64_t{value.convert<Poco::Int64>()};
    if (kind == "real") return value.convert<double>();
    if (kind == "text") return value.extract<std::string>();
    if (kind == "list") return StringsOf(value.extract<Array::Ptr>());
    if (kind == "time") return TimeOfDay{std::chrono::minutes{value.convert<Poco::Int64>()}};
    Unreadable();
}

FieldValue DecodeField(const Poco::Dynamic::Var& var) {
    const auto [kind, value] = Member(var);
    if (kind != "steps")
        return std::visit([](auto&& scalar) -> FieldValue { return std::move(scalar); },
                          DecodeScalar(var));
    if (value.type() != typeid(Array::Ptr)) Unreadable();
    StepRows rows;
    for (const auto& row : *value.extract<Array::Ptr>()) {
        if (row.type() != typeid(Object::Ptr)) Unreadable();
        StepRow cells;
        for (const auto& [key, cell] : *row.extract<Object::Ptr>())
            cells.emplace(key, DecodeScalar(cell));
        rows.push_back(std::move(cells));
    }
    return rows;
}

}  // namespace

std::string EncodeEntryValues(const EntryValues& values) {
    Object object;
    for (const auto& [key, value] : values) object.set(key, Tagged(value));
    std::ostringstream out;
    object.stringify(out);
    return out.str();
}

EntryValues DecodeEntryValues(const std::string& json) {
    try {
        const Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(json);
        if (parsed.type() != typeid(Object::Ptr)) Unreadable();
        EntryValues values;
        for (const auto& [key, value] : *parsed.extract<Object::Ptr>())
            values.emplace(key, DecodeField(value));
        return values;
    } catch (const Poco::Exception&) {
        Unreadable();
    } catch (const std::bad_cast&) {
        Unreadable();
    }
}

}  // namespace securebase::storage

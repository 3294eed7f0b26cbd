#include "homework/template_json.h"

#include <Poco/JSON/Stringifier.h>

#include <sstream>

#include "homework/json_reader.h"
#include "homework/template_validator.h"

namespace securebase::homework {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

size_t Count(JsonReader& reader, const std::string& name, std::vector<Problem>& problems) {
    auto value = reader.Integer(name);
    if (!value) return 0;
    if (*value < 0) {
        problems.push_back({reader.PathOf(name), "must be 0 or more"});
        return 0;
    }
    return static_cast<size_t>(*value);
}

std::vector<ChoiceOption> ReadOptions(const Array::Ptr& array, const std::string& path,
                                      std::vector<Problem>& problems) {
    std::vector<ChoiceOption> options;
    for (size_t i = 0; array && i < array->size(); ++i) {
        const auto itemPath = path + "[" + std::to_string(i) + "]";
        auto item = array->get(static_cast<unsigned>(i));
        if (!IsObject(item)) {
            problems.push_back({itemPath, "must be an object with a key and a label"});
            continue;
        }
        JsonReader reader(item.extract<Object::Ptr>(), itemPath, problems);
        ChoiceOption option;
        option.key = reader.String("key");
        option.label = reader.String("label");
        reader.RejectUnknown();
        options.push_back(std::move(option));
    }
    return options;
}

std::vector<FieldSpec> ReadFields(const Array::Ptr& array, const std::string& path,
                                  std::vector<Problem>& problems);

FieldSpec ReadField(const Object::Ptr& object, const std::string& path,
                    std::vector<Problem>& problems) {
    JsonReader reader(object, path, problems);
    FieldSpec field;
    field.key = reader.String("key");
    field.label = reader.String("label");
    field.help = reader.String("help");
    const auto typeName = reader.String("type");
    if (auto type = ParseFieldType(typeName)) {
        field.type = *type;
    } else {
        problems.push_back(
            {reader.PathOf("type"),
             typeName.empty()
                 ? std::string("is missing; use one of ") + FieldTypeNames()
                 : "\"" + typeName + "\" is not a field type; use one of " + FieldTypeNames()});
    }
    field.required = reader.Boolean("required");
    field.trend = reader.Boolean("trend");
    if (auto anchors = reader.Object("anchors")) {
        JsonReader anchorReader(anchors, reader.PathOf("anchors"), problems);
        field.lowAnchor = anchorReader.String("low");
        field.highAnchor = anchorReader.String("high");
        anchorReader.RejectUnknown();
    }
    field.options = ReadOptions(reader.Array("options"), reader.PathOf("options"), problems);
    field.unit = reader.String("unit");
    field.minimum = reader.Number("min").value_or(0);
    field.maximum = reader.Number("max").value_or(0);
    field.minItems = Count(reader, "minItems", problems);
    field.maxItems = Count(reader, "maxItems", problems);
    field.stepFields = ReadFields(reader.Array("fields"), reader.PathOf("fields"), problems);
    reader.RejectUnknown();
    return field;
}

std::vector<FieldSpec> ReadFields(const Array::Ptr& array, const std::string& path,
                                  std::vector<Problem>& problems) {
    std::vector<FieldSpec> fields;
    for (size_t i = 0; array && i < array->size(); ++i) {
        auto item = array->get(static_cast<unsigned>(i));
        if (!IsObject(item)) {
            problems.push_back({path + "[" + std::to_string(i) + "]", "must be a field object"});
            continue;
        }
        auto object = item.extract<Object::Ptr>();
        // Name the field by its key when it has a usable one: "fields.intensity" finds faster.
        std::string key = object->has("key") && object->get("key").isString()
                              ? object->getValue<std::string>("key")
                              : std::string();
        fields.push_back(ReadField(object, FieldPath(path, i, key), problems));
    }
    return fields;
}

Object::Ptr Ordered() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

void SetIfNotEmpty(Object& object, const char* name, const std::string& value) {
    if (!value.empty()) object.set(name, value);
}

Array::Ptr FieldsToJson(const std::vector<FieldSpec>& fields) {
    Array::Ptr array = new Array;
    for (const auto& field : fields) {
        auto object = Ordered();
        object->set("key", field.key);
        object->set("label", field.label);
        SetIfNotEmpty(*object, "help", field.help);
        object->set("type", std::string(ToString(field.type)));
        if (field.required) object->set("required", true);
        if (field.trend) object->set("trend", true);
        if (!field.lowAnchor.empty() || !field.highAnchor.empty()) {
            auto anchors = Ordered();
            anchors->set("low", field.lowAnchor);
            anchors->set("high", field.highAnchor);
            object->set("anchors", anchors);
        }
        if (!field.options.empty()) {
            Array::Ptr options = new Array;
            for (const auto& option : field.options) {
                auto item = Ordered();
                item->set("key", option.key);
                item->set("label", option.label);
                options->add(item);
            }
            object->set("options", options);
        }
        SetIfNotEmpty(*object, "unit", field.unit);
        if (field.minimum != 0 || field.maximum != 0) {
            object->set("min", field.minimum);
            object->set("max", field.maximum);
        }
        if (field.minItems != 0) object->set("minItems", static_cast<Poco::UInt64>(field.minItems));
        if (field.maxItems != 0) object->set("maxItems", static_cast<Poco::UInt64>(field.maxItems));
        if (!field.stepFields.empty()) object->set("fields", FieldsToJson(field.stepFields));
        array->add(object);
    }
    return array;
}

}  // namespace

TemplateParse ParseTemplate(const std::string& json) {
    TemplateParse result;
    auto& problems = result.problems;
    auto root = ParseJson(json, problems);
    if (!root) return result;
    if (!IsObject(*root)) {
        problems.push_back({"", "must be one JSON object with id, version, title and fields"});
        return result;
    }
    JsonReader reader(root->extract<Object::Ptr>(), "", problems);
    HomeworkTemplate t;
    t.id = reader.String("id");
    t.version = static_cast<int>(reader.Integer("version").value_or(0));
    t.title = reader.String("title");
    t.purpose = reader.String("purpose");
    t.instructions = reader.String("instructions");
    t.notice = reader.String("notice");
    t.basedOn = reader.String("basedOn");
    const auto layout = reader.String("layout");
    if (auto parsed = ParseWorksheetLayout(layout))
        t.layout = *parsed;
    else
        problems.push_back({"layout", "must be \"page_per_day\" or \"page_per_entry\""});
    t.fields = ReadFields(reader.Array("fields"), "fields", problems);
    reader.RejectUnknown();
    if (!problems.empty()) return result;

    problems = ValidateTemplate(t);
    if (problems.empty()) result.value = std::move(t);
    return result;
}

std::string ToJson(const HomeworkTemplate& t) {
    auto root = Ordered();
    root->set("id", t.id);
    root->set("version", t.version);
    root->set("title", t.title);
    root->set("purpose", t.purpose);
    root->set("instructions", t.instructions);
    SetIfNotEmpty(*root, "notice", t.notice);
    SetIfNotEmpty(*root, "basedOn", t.basedOn);
    root->set("layout", std::string(ToString(t.layout)));
    root->set("fields", FieldsToJson(t.fields));
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(root, out, 2);
    out << '\n';
    return out.str();
}

}  // namespace securebase::homework

#include "homework/template_validator.h"

#include <set>

#include "core/text.h"

namespace securebase::homework {
namespace {

class Checker {
public:
    void Require(const std::string& path, const std::string& text, const char* what) {
        if (Trim(text).empty()) Add(path, std::string("is empty; write ") + what);
    }

    std::vector<Problem> Take() { return std::move(m_problems); }

    void Add(const std::string& path, std::string message) {
        m_problems.push_back({path, std::move(message)});
    }

    void Fields(const std::string& parent, const std::vector<FieldSpec>& fields, bool nested) {
        if (fields.empty()) Add(parent, "has no fields; add at least one");
        std::set<std::string> keys;
        for (size_t i = 0; i < fields.size(); ++i) {
            const auto& field = fields[i];
            const auto path = FieldPath(parent, i, field.key);
            if (!IsValidKey(field.key))
                Add(path + ".key", "must be lower_snake (a-z, 0-9, _), start with a letter");
            else if (!keys.insert(field.key).second)
                Add(path + ".key", "is used by an earlier field; keys must be unique");
            Field(path, field, nested);
        }
    }

private:
    void Field(const std::string& path, const FieldSpec& field, bool nested) {
        Require(path + ".label", field.label, "what the client sees as the field's name");
        const auto type = field.type;
        if (field.trend && !IsNumeric(type))
            Add(path + ".trend", "only rating and number fields can be charted");
        if (type == FieldType::Rating) {
            Require(path + ".anchors.low", field.lowAnchor, "what a rating of 0 means");
            Require(path + ".anchors.high", field.highAnchor, "what a rating of 10 means");
        } else if (!field.lowAnchor.empty() || !field.highAnchor.empty()) {
            Add(path + ".anchors", "apply only to rating fields");
        }
        if (type == FieldType::Choice || type == FieldType::MultiChoice) {
            Options(path + ".options", field.options);
        } else if (!field.options.empty()) {
            Add(path + ".options", "apply only to choice and multi_choice fields");
        }
        if (type == FieldType::Number) {
            Require(path + ".unit", field.unit, "the unit, such as \"minutes\"");
            if (!(field.minimum < field.maximum)) Add(path + ".max", "must be greater than min");
        } else if (!field.unit.empty() || field.minimum != 0 || field.maximum != 0) {
            Add(path + ".unit", "unit, min and max apply only to number fields");
        }
        if (type == FieldType::List || type == FieldType::Steps) {
            if (field.maxItems != 0 && field.maxItems < field.minItems)
                Add(path + ".maxItems", "must not be less than minItems");
        } else if (field.minItems != 0 || field.maxItems != 0) {
            Add(path + ".minItems", "minItems and maxItems apply only to list and steps fields");
        }
        if (type == FieldType::Steps) {
            if (nested)
                Add(path + ".type", "a step cannot hold steps of its own");
            else
                Fields(path + ".fields", field.stepFields, true);
        } else if (!field.stepFields.empty()) {
            Add(path + ".fields", "sub-fields apply only to steps fields");
        }
    }

    void Options(const std::string& path, const std::vector<ChoiceOption>& options) {
        if (options.size() < 2) Add(path, "needs at least two options to choose from");
        std::set<std::string> keys;
        for (size_t i = 0; i < options.size(); ++i) {
            const auto optionPath = path + "[" + std::to_string(i) + "]";
            if (!IsValidKey(options[i].key))
                Add(optionPath + ".key", "must be lower_snake (a-z, 0-9, _), start with a letter");
            else if (!keys.insert(options[i].key).second)
                Add(optionPath + ".key", "is used by an earlier option; keys must be unique");
            Require(optionPath + ".label", options[i].label, "the option's wording");
        }
    }

    std::vector<Problem> m_problems;
};

}  // namespace

bool IsValidKey(std::string_view key) {
    if (key.empty() || key.size() > 64 || key[0] < 'a' || key[0] > 'z') return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

std::string FieldPath(const std::string& parent, size_t index, const std::string& key) {
    if (IsValidKey(key)) return parent + "." + key;
    return parent + "[" + std::to_string(index) + "]";
}

std::vector<Problem> ValidateTemplate(const HomeworkTemplate& t) {
    Checker check;
    if (!IsValidKey(t.id))
        check.Add("id", "must be lower_snake (a-z, 0-9, _), start with a letter");
    if (t.version < 1) check.Add("version", "must be 1 or more");
    check.Require("title", t.title, "a short name for the exercise");
    check.Require("purpose", t.purpose, "one line on what the exercise is for");
    check.Require("instructions", t.instructions, "what the client is asked to do");
    if (!t.basedOn.empty() && !IsValidKey(t.basedOn))
        check.Add("basedOn", "must be the id of the template this one was copied from");
    check.Fields("fields", t.fields, false);
    return check.Take();
}

}  // namespace securebase::homework

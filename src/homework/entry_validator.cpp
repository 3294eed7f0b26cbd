#include "homework/entry_validator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/text.h"

namespace securebase::homework {
namespace {

std::string FormatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string Named(const FieldSpec& field) { return "\"" + field.label + "\""; }

const char* Expected(FieldType type) {
    switch (type) {
        case FieldType::Text:
        case FieldType::LongText:
            return "text";
        case FieldType::Rating:
            return "a whole number from 0 to 10";
        case FieldType::Choice:
            return "one of its options";
        case FieldType::MultiChoice:
            return "a list of its options";
        case FieldType::List:
            return "a list of short texts";
        case FieldType::YesNo:
            return "yes or no";
        case FieldType::TimeOfDay:
            return "a time of day such as 07:30";
        case FieldType::Number:
            return "a number";
        case FieldType::Steps:
            return "a list of steps";
    }
    return "a value";
}

template <typename V>
bool IsBlank(const V& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return Trim(*text).empty();
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) return list->empty();
    if constexpr (std::is_same_v<V, FieldValue>) {
        if (const auto* rows = std::get_if<StepRows>(&value)) return rows->empty();
    }
    return false;
}

class EntryChecker {
public:
    explicit EntryChecker(std::vector<Problem>& problems) : m_problems(problems) {}

    template <typename V>
    void Fields(const std::vector<FieldSpec>& fields, const std::map<std::string, V>& values,
                const std::string& prefix) {
        for (const auto& [key, value] : values) {
            const bool known = std::any_of(fields.begin(), fields.end(),
                                           [&](const FieldSpec& f) { return f.key == key; });
            if (!known) Add(prefix + key, "is not a field of this template; remove it");
        }
        for (const auto& field : fields) {
            auto it = values.find(field.key);
            if (it == values.end() || IsBlank(it->second)) {
                if (field.required)
                    Add(prefix + field.key, Named(field) + " is required; fill it in");
                continue;
            }
            CheckValue(field, it->second, prefix + field.key);
        }
    }

private:
    void Add(const std::string& path, std::string message) {
        m_problems.push_back({path, std::move(message)});
    }

    void WrongType(const FieldSpec& field, const std::string& path) {
        Add(path, Named(field) + " expects " + Expected(field.type));
    }

    template <typename V>
    void CheckValue(const FieldSpec& field, const V& value, const std::string& path) {
        switch (field.type) {
            case FieldType::Text:
            case FieldType::LongText:
                return Text(field, value, path);
            case FieldType::Rating:
                return Rating(field, value, path);
            case FieldType::Choice:
                return Choice(field, value, path);
            case FieldType::MultiChoice:
                return MultiChoice(field, value, path);
            case FieldType::List:
                return List(field, value, path);
            case FieldType::YesNo:
                if (!std::holds_alternative<bool>(value)) WrongType(field, path);
                return;
            case FieldType::TimeOfDay:
                return Time(field, value, path);
            case FieldType::Number:
                return Number(field, value, path);
            case FieldType::Steps:
                return Steps(field, value, path);
        }
    }

    template <typename V>
    void Text(const FieldSpec& field, const V& value, const std::string& path) {
        const auto* text = std::get_if<std::string>(&value);
        if (!text) return WrongType(field, path);
        if (!IsValidUtf8(*text)) Add(path, Named(field) + " is not valid UTF-8 text");
    }

    template <typename V>
    void Rating(const FieldSpec& field, const V& value, const std::string& path) {
        const auto* rating = std::get_if<std::int64_t>(&value);
        if (!rating || *rating < kRatingMin || *rating > kRatingMax)
            Add(path, Named(field) + " must be a whole number from 0 to 10");
    }

    template <typename V>
    void Choice(const FieldSpec& field, const V& value, const std::string& path) {
        const auto* key = std::get_if<std::string>(&value);
        if (!key) return WrongType(field, path);
        if (!field.FindOption(*key))
            Add(path, Named(field) + " must be one of its options; pick one from the list");
    }

    template <typename V>
    void MultiChoice(const FieldSpec& field, const V& value, const std::string& path) {
        const auto* keys = std::get_if<std::vector<std::string>>(&value);
        if (!keys) return WrongType(field, path);
        std::set<std::string> seen;
        for (const auto& key : *keys) {
            if (!field.FindOption(key))
                Add(path, Named(field) + " holds a choice that is not one of its options");
            else if (!seen.insert(key).second)
                Add(path, Named(field) + " holds the same option twice; keep one");
        }
    }

    template <typename V>
    void List(const FieldSpec& field, const V& value, const std::string& path) {
        const auto* items = std::get_if<std::vector<std::string>>(&value);
        if (!items) return WrongType(field, path);
        for (size_t i = 0; i < items->size(); ++i) {
            if (Trim((*items)[i]).empty())
                Add(path + "[" + std::to_string(i + 1) + "]",
                    Named(field) + " item " + std::to_string(i + 1) +
                        " is empty; write something or remove it");
            else if (!IsValidUtf8((*items)[i]))
                Add(path + "[" + std::to_string(i + 1) + "]", "is not valid UTF-8 text");
        }
        Count(field, items->size(), "items", path);
    }

    template <typename V>
    void Time(const FieldSpec& field, const V& value, const std::string& path) {
        const auto* time = std::get_if<TimeOfDay>(&value);
        if (!time || time->sinceMidnight.count() < 0 || time->sinceMidnight.count() >= 24 * 60)
            WrongType(field, path);
    }

    template <typename V>
    void Number(const FieldSpec& field, const V& value, const std::string& path) {
        const auto number = AsNumber(value);
        if (!number) return WrongType(field, path);
        if (!std::isfinite(*number) || *number < field.minimum || *number > field.maximum)
            Add(path, Named(field) + " must be between " + FormatNumber(field.minimum) + " and " +
                          FormatNumber(field.maximum) + " " + field.unit);
    }

    template <typename V>
    void Steps(const FieldSpec& field, const V& value, const std::string& path) {
        if constexpr (std::is_same_v<V, FieldValue>) {
            const auto* rows = std::get_if<StepRows>(&value);
            if (!rows) return WrongType(field, path);
            for (size_t i = 0; i < rows->size(); ++i)
                Fields(field.stepFields, (*rows)[i], path + "[" + std::to_string(i + 1) + "].");
            Count(field, rows->size(), "steps", path);
        } else {
            WrongType(field, path);
        }
    }

    void Count(const FieldSpec& field, size_t count, const char* what, const std::string& path) {
        if (count < field.minItems)
            Add(path,
                Named(field) + " needs at least " + std::to_string(field.minItems) + " " + what);
        if (field.maxItems != 0 && count > field.maxItems)
            Add(path,
                Named(field) + " takes at most " + std::to_string(field.maxItems) + " " + what);
    }

    std::vector<Problem>& m_problems;
};

}  // namespace

std::vector<Problem> ValidateEntry(const HomeworkTemplate& homeworkTemplate,
                                   const EntryValues& values) {
    std::vector<Problem> problems;
    EntryChecker(problems).Fields(homeworkTemplate.fields, values, "");
    return problems;
}

}  // namespace securebase::homework

#include "homework/field_text.h"

#include <charconv>
#include <cstdio>

#include "core/text.h"

namespace securebase::homework {
namespace {

std::optional<std::int64_t> ParseWhole(std::string_view text) {
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<double> ParseReal(std::string_view text) {
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// An option by its key, or by its label typed in any case.
std::string OptionKey(const FieldSpec& field, const std::string& text) {
    for (const auto& option : field.options)
        if (option.key == text || ToLower(option.label) == ToLower(text)) return option.key;
    return text;
}

std::string OptionLabel(const FieldSpec& field, const std::string& key) {
    const auto* option = field.FindOption(key);
    return option ? option->label : key;
}

std::string FormatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

template <typename V>
std::string Format(const FieldSpec& field, const V& value) {
    return std::visit(
        [&](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, bool>) {
                return v ? "yes" : "no";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return field.type == FieldType::Number ? std::to_string(v) + " " + field.unit
                                                       : std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
                return field.type == FieldType::Number ? FormatNumber(v) + " " + field.unit
                                                       : FormatNumber(v);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return field.type == FieldType::Choice ? OptionLabel(field, v) : v;
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                std::vector<std::string> items;
                for (const auto& item : v)
                    items.push_back(field.type == FieldType::MultiChoice ? OptionLabel(field, item)
                                                                         : item);
                return Join(items, "; ");
            } else if constexpr (std::is_same_v<T, TimeOfDay>) {
                return FormatTimeOfDay(v);
            } else {
                std::string text;
                for (size_t row = 0; row < v.size(); ++row) {
                    std::vector<std::string> cells;
                    for (const auto& sub : field.stepFields) {
                        auto cell = v[row].find(sub.key);
                        if (cell != v[row].end())
                            cells.push_back(sub.label + ": " + Format(sub, cell->second));
                    }
                    if (!text.empty()) text += "\n";
                    text += std::to_string(row + 1) + ". " + Join(cells, ", ");
                }
                return text;
            }
        },
        value);
}

}  // namespace

FieldValue ParseFieldText(const FieldSpec& field, std::string_view typed) {
    const auto text = Trim(typed);
    switch (field.type) {
        case FieldType::Rating:
            if (auto whole = ParseWhole(text)) return *whole;
            if (auto real = ParseReal(text)) return *real;
            break;
        case FieldType::Number:
            if (auto real = ParseReal(text)) return *real;
            break;
        case FieldType::YesNo: {
            const auto word = ToLower(text);
            if (word == "yes" || word == "y" || word == "true") return true;
            if (word == "no" || word == "n" || word == "false") return false;
            break;
        }
        case FieldType::TimeOfDay:
            if (auto time = ParseTimeOfDay(text)) return *time;
            break;
        case FieldType::Choice:
            return OptionKey(field, text);
        case FieldType::MultiChoice: {
            auto items = Split(text, ';');
            for (auto& item : items) item = OptionKey(field, item);
            return items;
        }
        case FieldType::List:
            return Split(text, ';');
        case FieldType::Text:
        case FieldType::Steps:
            break;
        case FieldType::LongText:
            return std::string(typed);  // keep its line breaks and indents
    }
    return text;
}

std::string FormatFieldValue(const FieldSpec& field, const FieldValue& value) {
    return Format(field, value);
}

}  // namespace securebase::homework

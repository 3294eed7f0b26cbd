#include "homework/field_type.h"

#include <array>
#include <utility>

namespace securebase::homework {
namespace {

constexpr std::array<std::pair<FieldType, const char*>, 10> kNames{{
    {FieldType::Text, "text"},
    {FieldType::LongText, "long_text"},
    {FieldType::Rating, "rating"},
    {FieldType::Choice, "choice"},
    {FieldType::MultiChoice, "multi_choice"},
    {FieldType::List, "list"},
    {FieldType::YesNo, "yes_no"},
    {FieldType::TimeOfDay, "time_of_day"},
    {FieldType::Number, "number"},
    {FieldType::Steps, "steps"},
}};

}  // namespace

const char* ToString(FieldType type) {
    for (const auto& [candidate, name] : kNames)
        if (candidate == type) return name;
    return "text";
}

std::optional<FieldType> ParseFieldType(std::string_view text) {
    for (const auto& [type, name] : kNames)
        if (text == name) return type;
    return std::nullopt;
}

const char* FieldTypeNames() {
    return "text, long_text, rating, choice, multi_choice, list, yes_no, time_of_day, number, "
           "steps";
}

bool IsNumeric(FieldType type) { return type == FieldType::Rating || type == FieldType::Number; }

}  // namespace securebase::homework

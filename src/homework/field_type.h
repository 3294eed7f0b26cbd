#pragma once

#include <optional>
#include <string_view>

namespace securebase::homework {

// What a field holds. The names are stored in template files and entries: never rename one.
enum class FieldType {
    Text,         // one line
    LongText,     // paragraphs
    Rating,       // whole number 0-10 with words for both ends
    Choice,       // one of the options
    MultiChoice,  // any of the options
    List,         // several short texts
    YesNo,
    TimeOfDay,
    Number,  // with a unit and a range
    Steps,   // a graded list of rows, each with its own sub-fields
};

inline constexpr int kRatingMin = 0;
inline constexpr int kRatingMax = 10;

const char* ToString(FieldType type);  // "text", "long_text", "rating", ...
std::optional<FieldType> ParseFieldType(std::string_view text);
const char* FieldTypeNames();    // "text, long_text, ..." for error messages
bool IsNumeric(FieldType type);  // rating and number: the ones that can be charted

}  // namespace securebase::homework

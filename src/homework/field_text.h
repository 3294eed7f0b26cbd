#pragma once

#include <string>
#include <string_view>

#include "homework/field_value.h"
#include "homework/homework_template.h"

namespace securebase::homework {

// What a person typed for a field (a CLI "key=value", a text box) as the value the field's type
// takes: "7" for a rating, "21:15" for a time, "yes"/"no", an option's key or label, items
// separated by ";" for lists and multi_choice. Text that does not read as that type is kept as
// text, so ValidateEntry names the field and what it expects; parsing itself never fails.
// Steps cannot be typed on one line: they come as JSON (entry_json.h).
FieldValue ParseFieldText(const FieldSpec& field, std::string_view text);

// A value as a person reads it: option labels rather than keys, "yes"/"no", "12.5 minutes",
// list items joined by "; ", one line per step row ("1. label: value, label: value").
std::string FormatFieldValue(const FieldSpec& field, const FieldValue& value);

}  // namespace securebase::homework

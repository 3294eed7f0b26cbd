#pragma once

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/date_time.h"
#include "homework/field_value.h"
#include "homework/homework_template.h"
#include "homework/template_library.h"

namespace securebase::homework::test {

inline Date D(const char* isoDate) {
    auto date = ParseDate(isoDate);
    if (!date) throw std::invalid_argument(std::string("bad test date ") + isoDate);
    return *date;
}

inline std::filesystem::path ShippedFolder() { return SECUREBASE_HOMEWORK_FORMS_DIR; }

inline HomeworkTemplate Shipped(const std::string& id) {
    return LoadTemplateFile(ShippedFolder() / (id + ".json"));
}

inline void WriteFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

// A value that keeps every rule of the field: the largest count a list or steps field allows
// (at least one), the top of each range, the first option.
inline ScalarValue SampleScalar(const FieldSpec& field) {
    switch (field.type) {
        case FieldType::Rating:
            return std::int64_t{kRatingMax};
        case FieldType::Number:
            return field.maximum;
        case FieldType::YesNo:
            return true;
        case FieldType::TimeOfDay:
            return TimeOfDay{std::chrono::minutes{7 * 60 + 30}};
        case FieldType::Choice:
            return field.options.front().key;
        case FieldType::MultiChoice:
            return std::vector<std::string>{field.options.front().key};
        case FieldType::List:
            return std::vector<std::string>(std::max<size_t>(field.minItems, 1),
                                            "a synthetic item");
        default:
            return std::string("Synthetic text for testing.");
    }
}

inline EntryValues SampleValues(const HomeworkTemplate& homeworkTemplate) {
    EntryValues values;
    for (const auto& field : homeworkTemplate.fields) {
        if (field.type == FieldType::Steps) {
            StepRow row;
            for (const auto& sub : field.stepFields) row.emplace(sub.key, SampleScalar(sub));
            values.emplace(field.key, StepRows(std::max<size_t>(field.minItems, 1), row));
        } else {
            values.emplace(field.key,
                           std::visit([](auto v) -> FieldValue { return v; }, SampleScalar(field)));
        }
    }
    return values;
}

}  // namespace securebase::homework::test

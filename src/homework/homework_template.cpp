#include "homework/homework_template.h"

#include <algorithm>

namespace securebase::homework {
namespace {

template <typename T>
const T* FindByKey(const std::vector<T>& items, std::string_view key) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.key == key; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const ChoiceOption* FieldSpec::FindOption(std::string_view optionKey) const {
    return FindByKey(options, optionKey);
}

const FieldSpec* FieldSpec::FindStepField(std::string_view stepKey) const {
    return FindByKey(stepFields, stepKey);
}

const FieldSpec* HomeworkTemplate::FindField(std::string_view key) const {
    return FindByKey(fields, key);
}

const char* ToString(WorksheetLayout layout) {
    return layout == WorksheetLayout::PagePerDay ? "page_per_day" : "page_per_entry";
}

std::optional<WorksheetLayout> ParseWorksheetLayout(std::string_view text) {
    if (text == "page_per_day") return WorksheetLayout::PagePerDay;
    if (text == "page_per_entry") return WorksheetLayout::PagePerEntry;
    return std::nullopt;
}

}  // namespace securebase::homework

#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/ids.h"
#include "homework/field_type.h"

namespace securebase::present {

// One field of the entry form, as the template describes it.
struct EntryFieldForm {
    std::string key;
    std::string label;
    std::string help;
    homework::FieldType type = homework::FieldType::Text;
    bool required = false;
    std::vector<std::string> options;  // choice, multi_choice: the labels in order
    std::string lowAnchor;             // rating: what 0 means
    std::string highAnchor;            // rating: what 10 means
    std::string unit;                  // number
    std::vector<std::string> columns;  // steps: the labels of each row's cells, in order
};

// The key under which problems with the day written are shown, beside the date.
inline constexpr const char* kWrittenOnKey = "writtenOn";

// What the form holds, as typed. An answer is one line, or several for a list (one item a
// line), a multi choice (one chosen label a line) and steps (one row a line, cells separated by
// "|"); yes/no is "yes" or "no"; a choice is its label; a field left blank is absent or empty.
struct EntryInput {
    std::string writtenOn;  // ISO date
    std::map<std::string, std::string> answers;
    std::string freeText;
};

// The entry form generated from an assignment's template.
class HomeworkEntryView {
public:
    virtual ~HomeworkEntryView() = default;
    virtual void ShowHeading(const std::string& title, const std::string& instructions) = 0;
    virtual void ShowFields(const std::vector<EntryFieldForm>& fields) = 0;
    virtual void ShowWrittenOn(const std::string& isoDate) = 0;
    virtual EntryInput Input() const = 0;
    // What is wrong, by field key (or kWrittenOnKey), shown next to each field; empty clears.
    virtual void ShowFieldProblems(const std::map<std::string, std::string>& problems) = 0;
    virtual void ShowError(const std::string& message) = 0;
    virtual void Close(Id entryId) = 0;
};

}  // namespace securebase::present

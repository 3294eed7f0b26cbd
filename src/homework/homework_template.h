#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "homework/field_type.h"

namespace securebase::homework {

// An option keeps a stable key apart from its wording, so rewording a template never changes
// what earlier entries mean.
struct ChoiceOption {
    std::string key;
    std::string label;
};

struct FieldSpec {
    std::string key;  // stable: entries are stored under it
    std::string label;
    std::string help;  // one line telling the client what belongs here
    FieldType type = FieldType::Text;
    bool required = false;
    bool trend = false;  // rating and number only: charted over time

    std::string lowAnchor;   // rating: what 0 means
    std::string highAnchor;  // rating: what 10 means

    std::vector<ChoiceOption> options;  // choice, multi_choice

    std::string unit;  // number
    double minimum = 0;
    double maximum = 0;

    size_t minItems = 0;  // list items or steps rows
    size_t maxItems = 0;  // 0: no upper limit

    std::vector<FieldSpec> stepFields;  // steps: the sub-fields of each row (never steps again)

    const ChoiceOption* FindOption(std::string_view optionKey) const;
    const FieldSpec* FindStepField(std::string_view stepKey) const;
};

// How a printed worksheet is laid out: a fresh page for each day (daily practice) or for each
// entry (a log written when something happens).
enum class WorksheetLayout { PagePerDay, PagePerEntry };

const char* ToString(WorksheetLayout layout);  // "page_per_day", "page_per_entry"
std::optional<WorksheetLayout> ParseWorksheetLayout(std::string_view text);

// A homework exercise as data (forms/homework/*.json): what it is for, what the client is asked
// to do, and the fields of one entry.
struct HomeworkTemplate {
    std::string id;  // lower_snake, unique in a library
    int version = 1;
    std::string title;
    std::string purpose;       // one line for the practitioner
    std::string instructions;  // addressed to the client, printed on the worksheet
    std::string notice;        // e.g. that this is a practice aid, not a validated measure
    std::string basedOn;       // id of the template this one was copied from, if any
    WorksheetLayout layout = WorksheetLayout::PagePerEntry;
    std::vector<FieldSpec> fields;

    const FieldSpec* FindField(std::string_view key) const;
};

}  // namespace securebase::homework

#pragma once

#include <string>
#include <vector>

namespace securebase::present {

// One field of the copy, as the practitioner can reword it.
struct TemplateFieldForm {
    std::string key;   // stable; not editable
    std::string type;  // how the field is answered, in words
    std::string label;
    std::string help;
    bool required = false;
    bool keep = true;  // unticked: the copy leaves the field out
};

// The kinds of field a practitioner can add to a copy, in the order the dialog offers them.
enum class NewFieldKind { Text, LongText, Rating, YesNo };

struct TemplateDraftForm {
    std::string title;
    std::string purpose;
    std::string instructions;
    std::vector<TemplateFieldForm> fields;
    std::string newFieldLabel;
    NewFieldKind newFieldKind = NewFieldKind::Text;
};

// The "Copy a template" dialog: pick a template, reword its copy, add or leave out fields, save
// it as the clinic's own.
class HomeworkTemplateView {
public:
    virtual ~HomeworkTemplateView() = default;
    virtual void ShowSources(const std::vector<std::string>& titles) = 0;
    virtual void ShowDraft(const TemplateDraftForm& draft) = 0;
    virtual TemplateDraftForm Draft() const = 0;
    virtual void ShowError(const std::string& message) = 0;
    virtual void Close(const std::string& savedTitle) = 0;
};

}  // namespace securebase::present

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "homework/homework_template.h"
#include "homework/problem.h"

namespace securebase::homework {

// Copy-and-edit of a template, for the practitioner's own wording. Edits go to a draft that may be
// invalid in between (a new field has no label yet); Problems() says what is wrong at any time and
// Result() hands out only a template that passes ValidateTemplate.
class TemplateEditor {
public:
    explicit TemplateEditor(HomeworkTemplate draft);

    // A draft of source under newId, titled "Copy of <title>", version 1, remembering source.id.
    static TemplateEditor CopyOf(const HomeworkTemplate& source, std::string newId);

    const HomeworkTemplate& Draft() const { return m_draft; }

    void SetTitle(std::string title) { m_draft.title = std::move(title); }
    void SetPurpose(std::string purpose) { m_draft.purpose = std::move(purpose); }
    void SetInstructions(std::string text) { m_draft.instructions = std::move(text); }
    void SetLayout(WorksheetLayout layout) { m_draft.layout = layout; }

    // Each throws Error(NotFound) when the draft has no field with that key.
    void SetFieldLabel(std::string_view key, std::string label);
    void SetFieldHelp(std::string_view key, std::string help);
    void SetFieldRequired(std::string_view key, bool required);
    void ReplaceField(std::string_view key, FieldSpec field);
    void RemoveField(std::string_view key);
    void MoveField(std::string_view key, size_t newIndex);  // clamped to the last position

    // Inserts before position (appends when position is past the end or absent).
    void AddField(FieldSpec field, std::optional<size_t> position = std::nullopt);

    std::vector<Problem> Problems() const;
    HomeworkTemplate Result() const;  // throws ProblemsError listing every problem

private:
    FieldSpec& Field(std::string_view key);
    size_t IndexOf(std::string_view key) const;

    HomeworkTemplate m_draft;
};

}  // namespace securebase::homework

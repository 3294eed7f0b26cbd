#include "homework/template_editor.h"

#include <algorithm>

#include "homework/template_validator.h"

namespace securebase::homework {

TemplateEditor::TemplateEditor(HomeworkTemplate draft) : m_draft(std::move(draft)) {}

TemplateEditor TemplateEditor::CopyOf(const HomeworkTemplate& source, std::string newId) {
    HomeworkTemplate copy = source;
    copy.id = std::move(newId);
    copy.version = 1;
    copy.title = "Copy of " + source.title;
    copy.basedOn = source.id;
    return TemplateEditor(std::move(copy));
}

size_t TemplateEditor::IndexOf(std::string_view key) const {
    const auto& fields = m_draft.fields;
    auto it = std::find_if(fields.begin(), fields.end(),
                           [&](const FieldSpec& field) { return field.key == key; });
    if (it == fields.end())
        throw Error(ErrorCode::NotFound, "template " + m_draft.id + " has no field \"" +
                                             std::string(key) + "\"; pick one of its fields");
    return static_cast<size_t>(it - fields.begin());
}

FieldSpec& TemplateEditor::Field(std::string_view key) { return m_draft.fields[IndexOf(key)]; }

void TemplateEditor::SetFieldLabel(std::string_view key, std::string label) {
    Field(key).label = std::move(label);
}

void TemplateEditor::SetFieldHelp(std::string_view key, std::string help) {
    Field(key).help = std::move(help);
}

void TemplateEditor::SetFieldRequired(std::string_view key, bool required) {
    Field(key).required = required;
}

void TemplateEditor::ReplaceField(std::string_view key, FieldSpec field) {
    Field(key) = std::move(field);
}

void TemplateEditor::RemoveField(std::string_view key) {
    m_draft.fields.erase(m_draft.fields.begin() + static_cast<std::ptrdiff_t>(IndexOf(key)));
}

void TemplateEditor::MoveField(std::string_view key, size_t newIndex) {
    const auto from = IndexOf(key);
    auto field = std::move(m_draft.fields[from]);
    m_draft.fields.erase(m_draft.fields.begin() + static_cast<std::ptrdiff_t>(from));
    const auto to = std::min(newIndex, m_draft.fields.size());
    m_draft.fields.insert(m_draft.fields.begin() + static_cast<std::ptrdiff_t>(to),
                          std::move(field));
}

void TemplateEditor::AddField(FieldSpec field, std::optional<size_t> position) {
    const auto at = std::min(position.value_or(m_draft.fields.size()), m_draft.fields.size());
    m_draft.fields.insert(m_draft.fields.begin() + static_cast<std::ptrdiff_t>(at),
                          std::move(field));
}

std::vector<Problem> TemplateEditor::Problems() const { return ValidateTemplate(m_draft); }

HomeworkTemplate TemplateEditor::Result() const {
    auto problems = Problems();
    if (!problems.empty())
        throw ProblemsError("the edited template " + m_draft.id + " is not valid",
                            std::move(problems));
    return m_draft;
}

}  // namespace securebase::homework

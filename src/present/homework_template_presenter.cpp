#include "present/homework_template_presenter.h"

#include <cctype>

#include "core/text.h"
#include "homework/problem.h"

namespace securebase::present {
namespace {

std::string TypeText(const homework::FieldSpec& field) {
    switch (field.type) {
        case homework::FieldType::Text:
            return "one line";
        case homework::FieldType::LongText:
            return "paragraphs";
        case homework::FieldType::Rating:
            return "rating 0\u201310";
        case homework::FieldType::Choice:
            return "one of " + std::to_string(field.options.size());
        case homework::FieldType::MultiChoice:
            return "any of " + std::to_string(field.options.size());
        case homework::FieldType::List:
            return "list";
        case homework::FieldType::YesNo:
            return "yes / no";
        case homework::FieldType::TimeOfDay:
            return "time";
        case homework::FieldType::Number:
            return "number";
        case homework::FieldType::Steps:
            return "steps";
    }
    return "";
}

// lower_snake from the wording: letters and digits kept, the rest joined by one "_".
std::string KeyFrom(const std::string& text, const char* fallback) {
    std::string key;
    for (const unsigned char c : text) {
        if (std::isalnum(c) && c < 0x80)
            key += static_cast<char>(std::tolower(c));
        else if (!key.empty() && key.back() != '_')
            key += '_';
    }
    while (!key.empty() && key.back() == '_') key.pop_back();
    if (key.empty() || !std::isalpha(static_cast<unsigned char>(key.front())))
        key = fallback + (key.empty() ? "" : "_" + key);
    return key.substr(0, 48);
}

homework::FieldSpec NewField(const std::string& key, const std::string& label, NewFieldKind kind) {
    homework::FieldSpec field;
    field.key = key;
    field.label = label;
    switch (kind) {
        case NewFieldKind::Text:
            field.type = homework::FieldType::Text;
            break;
        case NewFieldKind::LongText:
            field.type = homework::FieldType::LongText;
            break;
        case NewFieldKind::YesNo:
            field.type = homework::FieldType::YesNo;
            break;
        case NewFieldKind::Rating:
            field.type = homework::FieldType::Rating;
            field.lowAnchor = "not at all";
            field.highAnchor = "completely";
            field.trend = true;
            break;
    }
    return field;
}

}  // namespace

HomeworkTemplatePresenter::HomeworkTemplatePresenter(HomeworkTemplateView& view,
                                                     service::Homework& homework)
    : m_view(view), m_homework(homework) {}

void HomeworkTemplatePresenter::Start() {
    try {
        m_sources = m_homework.Templates().templates;
    } catch (const Error& error) {
        m_view.ShowError(error.what());
    }
    std::vector<std::string> titles;
    for (const auto& source : m_sources) titles.push_back(source.title);
    m_view.ShowSources(titles);
    if (!m_sources.empty()) OnSourceChosen(0);
}

void HomeworkTemplatePresenter::OnSourceChosen(size_t index) {
    if (index >= m_sources.size()) return;
    m_editor = homework::TemplateEditor::CopyOf(m_sources[index], m_sources[index].id + "_copy");
    m_view.ShowError("");
    Show();
}

void HomeworkTemplatePresenter::Show() {
    const auto& draft = m_editor->Draft();
    TemplateDraftForm form{draft.title, draft.purpose, draft.instructions, {}, "", {}};
    for (const auto& field : draft.fields)
        form.fields.push_back(
            {field.key, TypeText(field), field.label, field.help, field.required, true});
    m_view.ShowDraft(form);
}

void HomeworkTemplatePresenter::Apply(const TemplateDraftForm& form) {
    m_editor->SetTitle(Trim(form.title));
    m_editor->SetPurpose(Trim(form.purpose));
    m_editor->SetInstructions(Trim(form.instructions));
    for (const auto& field : form.fields) {
        if (!m_editor->Draft().FindField(field.key)) continue;
        if (!field.keep) {
            m_editor->RemoveField(field.key);
            continue;
        }
        m_editor->SetFieldLabel(field.key, Trim(field.label));
        m_editor->SetFieldHelp(field.key, Trim(field.help));
        m_editor->SetFieldRequired(field.key, field.required);
    }
}

void HomeworkTemplatePresenter::OnAddField() {
    if (!m_editor) return;
    const TemplateDraftForm form = m_view.Draft();
    const std::string label = Trim(form.newFieldLabel);
    if (label.empty()) {
        m_view.ShowError("Type the new field's question first.");
        return;
    }
    Apply(form);
    std::string key = KeyFrom(label, "field");
    for (int n = 2; m_editor->Draft().FindField(key); ++n)
        key = KeyFrom(label, "field") + "_" + std::to_string(n);
    m_editor->AddField(NewField(key, label, form.newFieldKind));
    m_view.ShowError("");
    Show();
}

std::string HomeworkTemplatePresenter::FreeId(const std::string& title) const {
    const service::HomeworkCatalog catalog = m_homework.Templates();
    const std::string base = KeyFrom(title, "clinic");
    std::string id = base;
    for (int n = 2; catalog.Find(id); ++n) id = base + "_" + std::to_string(n);
    return id;
}

void HomeworkTemplatePresenter::OnSave() {
    if (!m_editor) return;
    try {
        Apply(m_view.Draft());
        homework::HomeworkTemplate copy = m_editor->Draft();
        copy.id = FreeId(copy.title);
        const homework::HomeworkTemplate result = homework::TemplateEditor(copy).Result();
        m_homework.SaveClinicTemplate(result);
        m_view.Close(result.title);
    } catch (const homework::ProblemsError& error) {
        m_view.ShowError("Not saved: " + homework::Describe(error.Problems()) + ".");
        Show();
    } catch (const Error& error) {
        m_view.ShowError(error.what());
    }
}

}  // namespace securebase::present

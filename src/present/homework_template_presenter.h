#pragma once

#include <optional>
#include <vector>

#include "homework/template_editor.h"
#include "present/homework_template_view.h"
#include "service/homework.h"

namespace securebase::present {

// Copy-and-edit of a homework template into the clinic's own folder. Edits collect in a
// homework::TemplateEditor; only a copy that passes the template rules is written.
class HomeworkTemplatePresenter {
public:
    HomeworkTemplatePresenter(HomeworkTemplateView& view, service::Homework& homework);

    void Start();
    void OnSourceChosen(size_t index);
    void OnAddField();
    void OnSave();

private:
    void Apply(const TemplateDraftForm& form);
    void Show();
    std::string FreeId(const std::string& title) const;

    HomeworkTemplateView& m_view;
    service::Homework& m_homework;
    std::vector<homework::HomeworkTemplate> m_sources;
    std::optional<homework::TemplateEditor> m_editor;
};

}  // namespace securebase::present

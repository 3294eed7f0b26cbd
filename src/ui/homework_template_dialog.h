#pragma once

#include <vector>

#include "present/homework_template_presenter.h"
#include "present/homework_template_view.h"
#include "ui/homework_dialog.h"

class wxCheckBox;
class wxChoice;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// Copy a template, reword it, leave fields out or add simple ones, save it as the clinic's.
class HomeworkTemplateDialog : public HomeworkDialog, public present::HomeworkTemplateView {
public:
    HomeworkTemplateDialog(wxWindow* parent, service::Homework& homework, Done done);

    void ShowSources(const std::vector<std::string>& titles) override;
    void ShowDraft(const present::TemplateDraftForm& draft) override;
    present::TemplateDraftForm Draft() const override;
    void ShowError(const std::string& message) override;
    void Close(const std::string& savedTitle) override;

private:
    struct FieldRow {
        std::string key;
        std::string type;
        wxCheckBox* keep = nullptr;
        wxTextCtrl* label = nullptr;
        wxTextCtrl* help = nullptr;
        wxCheckBox* required = nullptr;
    };

    wxChoice* m_sources = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_purpose = nullptr;
    wxTextCtrl* m_instructions = nullptr;
    wxScrolledWindow* m_fields = nullptr;
    std::vector<FieldRow> m_rows;
    wxTextCtrl* m_newLabel = nullptr;
    wxChoice* m_newKind = nullptr;
    wxStaticText* m_error = nullptr;
    present::HomeworkTemplatePresenter m_presenter;
};

}  // namespace securebase::ui

#pragma once

#include <memory>
#include <vector>

#include "present/homework_entry_presenter.h"
#include "present/homework_entry_view.h"
#include "ui/homework_dialog.h"
#include "ui/homework_field_editor.h"

class wxDatePickerCtrl;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// The entry form, generated from the template the assignment froze: the day written (may be
// earlier than today), one editor per field with its problem beside it, and free text.
class HomeworkEntryDialog : public HomeworkDialog, public present::HomeworkEntryView {
public:
    HomeworkEntryDialog(wxWindow* parent, service::Homework& homework, Id assignmentId, Done done);

    void ShowHeading(const std::string& title, const std::string& instructions) override;
    void ShowFields(const std::vector<present::EntryFieldForm>& fields) override;
    void ShowWrittenOn(const std::string& isoDate) override;
    present::EntryInput Input() const override;
    void ShowFieldProblems(const std::map<std::string, std::string>& problems) override;
    void ShowError(const std::string& message) override;
    void Close(Id entryId) override;

private:
    wxStaticText* m_title = nullptr;
    wxStaticText* m_instructions = nullptr;
    wxDatePickerCtrl* m_writtenOn = nullptr;
    wxStaticText* m_writtenOnProblem = nullptr;
    wxScrolledWindow* m_form = nullptr;
    wxTextCtrl* m_freeText = nullptr;
    wxStaticText* m_error = nullptr;
    std::vector<std::unique_ptr<HomeworkFieldEditor>> m_editors;
    present::HomeworkEntryPresenter m_presenter;
};

}  // namespace securebase::ui

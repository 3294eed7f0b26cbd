#pragma once

#include <functional>

#include "present/homework_entry_view.h"
#include "service/homework.h"

namespace securebase::present {

// Recording what the client brought back for one assignment: a form made from the template as
// it was assigned, a day written (back-dating allowed), free text; saved through AddEntry, which
// checks everything, so a refused entry changes nothing and every problem shows by its field.
class HomeworkEntryPresenter {
public:
    HomeworkEntryPresenter(HomeworkEntryView& view, service::Homework& homework, Id assignmentId,
                           std::function<Date()> today = Today);

    void Start();
    void OnSave();

    const homework::HomeworkTemplate& Template() const { return m_template; }

private:
    EntryValues ValuesOf(const EntryInput& input) const;

    HomeworkEntryView& m_view;
    service::Homework& m_homework;
    Id m_assignmentId;
    std::function<Date()> m_today;
    homework::HomeworkTemplate m_template;
};

}  // namespace securebase::present

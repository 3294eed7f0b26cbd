#pragma once

#include <functional>
#include <optional>
#include <string>

#include "present/interview_view.h"
#include "service/assessments.h"

namespace securebase::present {

// Interview and paper-form entry: every accepted value is saved at once (a crash loses nothing)
// and the cursor moves to the next item; a value the scale does not offer is refused on its row.
class InterviewPresenter {
public:
    using Left = std::function<void(Id administrationId, bool completed)>;

    InterviewPresenter(InterviewView& view, service::Assessments& assessments, Id administrationId,
                       Left left);

    void Start();
    // What was typed on a row; empty clears the answer. True when saved.
    bool OnEntered(size_t row, const std::string& text);
    void OnSave();   // completes the administration and shows the result
    void OnLater();  // closes, keeping it in progress

    size_t AnsweredCount() const { return m_answers.size(); }

private:
    void ShowProgress();

    InterviewView& m_view;
    service::Assessments& m_assessments;
    Id m_id;
    Left m_left;
    std::optional<assess::Instrument> m_instrument;
    assess::Answers m_answers;
};

}  // namespace securebase::present

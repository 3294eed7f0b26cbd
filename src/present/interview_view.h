#pragma once

#include <string>
#include <vector>

namespace securebase::present {

struct InterviewRow {
    std::string number;      // "1"
    std::string text;        // the item as read aloud, or "Item 1" for a paper key
    std::string answer;      // the saved value, empty when unanswered
    std::string range;       // "1–7"
    bool singleKey = false;  // one digit answers it, so typing moves straight on
};

// The compact grid the practitioner types answers into while reading items aloud or copying a
// paper form.
class InterviewView {
public:
    virtual ~InterviewView() = default;
    virtual void ShowHeading(const std::string& title, const std::string& hint) = 0;
    virtual void ShowRows(const std::vector<InterviewRow>& rows) = 0;
    virtual void ShowAnswer(size_t row, const std::string& answer) = 0;
    virtual void ShowRowProblem(size_t row, const std::string& problem) = 0;  // empty clears
    virtual void FocusRow(size_t row) = 0;
    virtual void ShowProgress(const std::string& text) = 0;  // "30 of 36 answered"
    virtual void ShowMessage(const std::string& message) = 0;
    virtual void Close() = 0;
};

}  // namespace securebase::present

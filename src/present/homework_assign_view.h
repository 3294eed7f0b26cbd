#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"

namespace securebase::present {

// How often work is expected, in the order the dialog offers it.
enum class RecurrenceChoice { Once, Daily, Weekdays, Weekly };

// What the practitioner filled in. Dates are ISO ("2026-11-25"); an empty due date is none.
struct AssignForm {
    std::optional<size_t> templateIndex;
    std::string instructions;
    std::string start;
    std::string due;
    RecurrenceChoice recurrence = RecurrenceChoice::Daily;
    std::array<bool, 7> weekdays{};   // Monday first
    size_t weeklyOn = 0;              // Monday = 0
    std::optional<size_t> goalIndex;  // into the goals shown; none: not linked
};

// The "Assign homework" dialog.
class HomeworkAssignView {
public:
    virtual ~HomeworkAssignView() = default;
    virtual void ShowTemplates(const std::vector<std::string>& titles) = 0;
    virtual void ShowPurpose(const std::string& purpose) = 0;
    virtual void ShowGoals(const std::vector<std::string>& titles) = 0;
    virtual void SelectGoal(size_t index) = 0;  // into the goals shown
    // The title of a new treatment goal; none when the practitioner cancels.
    virtual std::optional<std::string> AskGoalTitle() = 0;
    virtual void ShowStart(const std::string& isoDate) = 0;
    // Weekday boxes only for chosen weekdays, the planned day only for weekly, due for all.
    virtual void EnableRecurrenceParts(bool weekdays, bool weeklyOn) = 0;
    virtual AssignForm Form() const = 0;
    virtual void ShowError(const std::string& message) = 0;
    virtual void Close(Id assignmentId) = 0;
};

}  // namespace securebase::present

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "report/chart.h"

namespace securebase::present {

// One current assignment with its adherence at a glance.
struct AssignmentRow {
    std::string title;
    std::string schedule;   // "Every day from 2 Nov 2026"
    std::string status;     // "Active", "Paused since 3 Nov 2026", "Ended 20 Nov 2026"
    std::string thisWeek;   // "2 of 3 (67%)"
    std::string overall;    // "5 of 9 (56%)"
    std::string streak;     // "3 (best 4)"
    std::string lastEntry;  // "24 Nov 2026" or "none yet"
};

// One entry of the selected assignment.
struct EntryRow {
    std::string writtenOn;
    std::string summary;   // the first answers, shortened
    std::string reviewed;  // "in session of 24 Nov 2026", "not yet"
};

// A heading and its lines, for the read-only text panes.
struct TextSection {
    std::string title;
    std::vector<std::string> lines;
};

struct HomeworkActions {
    bool addEntry = false;  // an assignment is selected and not ended
    bool pause = false;
    bool resume = false;
    bool end = false;
    bool markReviewed = false;  // something came back that no session has reviewed
};

// The "Homework" tab of a client's chart: the assignments with their adherence, the selected
// one's history and trend charts, and what came back since the last session. The dialogs
// (assign, entry, template copy) are opened by the view when the presenter says so.
class HomeworkTabView {
public:
    virtual ~HomeworkTabView() = default;
    virtual void ShowAssignments(const std::vector<AssignmentRow>& rows) = 0;
    virtual void SelectAssignment(std::optional<size_t> row) = 0;
    virtual void ShowDetails(const std::vector<TextSection>& sections) = 0;
    virtual void ShowHistory(const std::vector<EntryRow>& rows) = 0;
    virtual void ShowTrends(const std::vector<report::LineChart>& charts) = 0;
    virtual void ShowReview(const std::vector<TextSection>& sections) = 0;
    virtual void EnableActions(const HomeworkActions& actions) = 0;
    virtual void ShowMessage(const std::string& message) = 0;
    virtual bool ConfirmEnd(const std::string& title) = 0;
    virtual void OpenAssign(Id clientId) = 0;
    virtual void OpenEntry(Id assignmentId) = 0;
    virtual void OpenTemplateCopy() = 0;
};

}  // namespace securebase::present

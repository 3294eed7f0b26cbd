#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "present/homework_tab_view.h"
#include "service/homework.h"
#include "service/practice.h"

namespace securebase::present {

// The client's homework: assignments with adherence, pause / resume / end, the selected one's
// entries and trends, and the review of what came back since the last session.
class HomeworkTabPresenter {
public:
    // today: the practice's calendar day (pause, resume and end take effect on it).
    HomeworkTabPresenter(HomeworkTabView& view, service::Homework& homework,
                         service::Practice& practice, std::function<Date()> today = Today);

    void ShowClient(Id clientId);  // kNoId: no client, nothing to show
    void OnAssignmentSelected(std::optional<size_t> row);
    void OnAssign();
    void OnAddEntry();
    void OnPause();
    void OnResume();
    void OnEnd();
    void OnMarkReviewed();
    void OnCopyTemplate();
    // A dialog closed: show what it left, selecting the assignment it touched if any.
    void OnReturned(std::optional<Id> assignmentId);

    const std::vector<service::AssignmentSummary>& Assignments() const { return m_assignments; }

private:
    void Refresh(std::optional<Id> select);
    void ShowSelected();
    void ShowReviewPane();
    void Enable();
    const service::AssignmentSummary* Selected() const;
    void Change(const std::function<Assignment(Id)>& change, const char* done);

    HomeworkTabView& m_view;
    service::Homework& m_homework;
    service::Practice& m_practice;
    std::function<Date()> m_today;
    Id m_clientId = kNoId;
    std::vector<service::AssignmentSummary> m_assignments;  // open ones first, as listed
    std::vector<service::ReviewItem> m_review;
    std::optional<size_t> m_selected;
};

}  // namespace securebase::present

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "present/assessment_charts.h"
#include "present/assessment_result.h"

namespace securebase::present {

struct AdministrationRow {
    std::string when;  // "25 Nov 2026, 14:30"
    std::string instrument;
    std::string mode;
    std::string status;
    std::string scores;          // "Anxiety 4.25 · Avoidance 2.10"
    std::string classification;  // the label, when classified
};

struct AssessmentActions {
    bool resume = false;   // the selected administration is in progress
    bool abandon = false;  // the same
    bool norms = false;    // the selected result lacks an RCI for want of norms
};

// The "Assessments" tab of a client's chart: the instruments to start, the client's
// administrations, and the selected one's result. Opening the client-mode window, the interview
// grid and the norms dialog is the view's job; the presenter says when.
class AssessmentTabView {
public:
    virtual ~AssessmentTabView() = default;
    virtual void ShowInstruments(const std::vector<std::string>& titles) = 0;
    virtual void ShowAdministrations(const std::vector<AdministrationRow>& rows) = 0;
    virtual void SelectAdministration(std::optional<size_t> row) = 0;
    virtual void ShowResult(const std::optional<AssessmentResult>& result) = 0;
    virtual void ShowCharts(const AssessmentCharts& charts) = 0;
    virtual void EnableActions(const AssessmentActions& actions) = 0;
    virtual void ShowMessage(const std::string& message) = 0;
    virtual bool ConfirmAbandon() = 0;
    virtual void OpenClientMode(Id administrationId) = 0;
    virtual void OpenInterview(Id administrationId) = 0;
    virtual void OpenNorms(const std::string& instrumentId) = 0;
};

}  // namespace securebase::present

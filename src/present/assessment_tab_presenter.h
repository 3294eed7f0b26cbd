#pragma once

#include <optional>
#include <string>
#include <vector>

#include "present/assessment_tab_view.h"
#include "service/assessments.h"

namespace securebase::present {

// The client's administrations and the selected one's result. Starting one creates it in the
// vault (so it survives a crash) and hands it to the client-mode window or the interview grid.
class AssessmentTabPresenter {
public:
    AssessmentTabPresenter(AssessmentTabView& view, service::Assessments& assessments);

    void ShowClient(Id clientId);  // kNoId: no client, nothing to show
    void OnAdministrationSelected(std::optional<size_t> row);
    void OnStartClientMode(std::optional<size_t> instrument);
    void OnStartInterview(std::optional<size_t> instrument);
    void OnResume();
    void OnAbandon();
    void OnEnterNorms();
    // A client-mode window, an interview or the norms dialog closed: show what it left.
    void OnReturned(std::optional<Id> select);

    const std::vector<service::AdministrationReport>& History() const { return m_history; }
    const assess::Instrument* InstrumentOf(const Administration& administration) const;

private:
    void Refresh(std::optional<Id> select);
    void ShowSelected();
    const service::AdministrationReport* Selected() const;
    const assess::Instrument* ChosenInstrument(std::optional<size_t> instrument);
    void Start(std::optional<size_t> instrument, bool clientMode);

    AssessmentTabView& m_view;
    service::Assessments& m_assessments;
    Id m_clientId = kNoId;
    std::vector<assess::Instrument> m_instruments;
    std::vector<service::AdministrationReport> m_history;  // newest first, as listed
    std::optional<size_t> m_selected;
};

}  // namespace securebase::present

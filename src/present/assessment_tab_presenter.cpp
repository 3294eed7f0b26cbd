#include "present/assessment_tab_presenter.h"

#include <algorithm>

#include "core/error.h"
#include "present/display_time.h"

namespace securebase::present {

AssessmentTabPresenter::AssessmentTabPresenter(AssessmentTabView& view,
                                               service::Assessments& assessments)
    : m_view(view), m_assessments(assessments) {}

void AssessmentTabPresenter::ShowClient(Id clientId) {
    m_clientId = clientId;
    m_view.ShowMessage("");
    if (m_instruments.empty()) {
        m_instruments = m_assessments.ListInstruments().instruments;
        std::vector<std::string> titles;
        for (const auto& instrument : m_instruments) titles.push_back(instrument.title);
        m_view.ShowInstruments(titles);
    }
    Refresh(std::nullopt);
}

const assess::Instrument* AssessmentTabPresenter::InstrumentOf(
    const Administration& administration) const {
    for (const auto& instrument : m_instruments)
        if (instrument.id == administration.instrumentId) return &instrument;
    return nullptr;
}

void AssessmentTabPresenter::Refresh(std::optional<Id> select) {
    m_history.clear();
    m_selected.reset();
    if (m_clientId != kNoId) {
        try {
            m_history = m_assessments.History(m_clientId);
        } catch (const Error& error) {
            m_view.ShowMessage(error.what());
        }
    }
    std::reverse(m_history.begin(), m_history.end());
    std::vector<AdministrationRow> rows;
    for (size_t i = 0; i < m_history.size(); ++i) {
        const auto& report = m_history[i];
        const assess::Instrument* instrument = InstrumentOf(report.administration);
        AdministrationRow row;
        row.when = FormatLocalTime(WhenOf(report.administration));
        row.instrument = instrument ? instrument->title : report.administration.instrumentId;
        row.mode = ModeLabel(report.administration.mode);
        row.status = StatusLabel(report.administration.status);
        row.scores = ScoreSummary(report, instrument);
        if (report.scores && report.scores->classification &&
            report.scores->classification->classified)
            row.classification = report.scores->classification->label;
        rows.push_back(std::move(row));
        if (select && report.administration.id == *select) m_selected = i;
    }
    if (!select && !m_history.empty()) m_selected = 0;
    m_view.ShowAdministrations(rows);
    m_view.SelectAdministration(m_selected);
    ShowSelected();
}

const service::AdministrationReport* AssessmentTabPresenter::Selected() const {
    return m_selected && *m_selected < m_history.size() ? &m_history[*m_selected] : nullptr;
}

void AssessmentTabPresenter::ShowSelected() {
    const service::AdministrationReport* report = Selected();
    AssessmentActions actions;
    if (!report) {
        m_view.ShowResult(std::nullopt);
        m_view.ShowCharts({});
        m_view.EnableActions(actions);
        return;
    }
    const assess::Instrument* instrument = InstrumentOf(report->administration);
    const AssessmentResult result = DescribeAdministration(*report, instrument, m_history);
    const bool inProgress = report->administration.status == AdministrationStatus::InProgress;
    actions.resume = inProgress;
    actions.abandon = inProgress;
    actions.norms = result.offerNorms;
    m_view.ShowResult(result);
    m_view.ShowCharts(instrument ? ChartsFor(*instrument, m_history) : AssessmentCharts{});
    m_view.EnableActions(actions);
}

void AssessmentTabPresenter::OnAdministrationSelected(std::optional<size_t> row) {
    m_selected = row;
    m_view.ShowMessage("");
    ShowSelected();
}

const assess::Instrument* AssessmentTabPresenter::ChosenInstrument(
    std::optional<size_t> instrument) {
    if (!instrument || *instrument >= m_instruments.size()) {
        m_view.ShowMessage("Choose an instrument first.");
        return nullptr;
    }
    return &m_instruments[*instrument];
}

void AssessmentTabPresenter::OnStartClientMode(std::optional<size_t> instrument) {
    Start(instrument, true);
}

void AssessmentTabPresenter::OnStartInterview(std::optional<size_t> instrument) {
    Start(instrument, false);
}

void AssessmentTabPresenter::Start(std::optional<size_t> index, bool clientMode) {
    if (m_clientId == kNoId) return;
    const assess::Instrument* instrument = ChosenInstrument(index);
    if (!instrument) return;
    const bool paper = instrument->kind == assess::InstrumentKind::PaperKey;
    if (clientMode && paper) {
        m_view.ShowMessage(instrument->title +
                           " scores a paper form: type the client's answers with "
                           "\"Enter answers (interview)\".");
        return;
    }
    const AdministrationMode mode = clientMode ? AdministrationMode::Client
                                    : paper    ? AdministrationMode::Paper
                                               : AdministrationMode::Interview;
    try {
        const Administration started = m_assessments.Start(m_clientId, instrument->id, mode);
        m_view.ShowMessage("");
        Refresh(started.id);
        if (clientMode)
            m_view.OpenClientMode(started.id);
        else
            m_view.OpenInterview(started.id);
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
    }
}

void AssessmentTabPresenter::OnResume() {
    const service::AdministrationReport* report = Selected();
    if (!report || report->administration.status != AdministrationStatus::InProgress) return;
    if (report->administration.mode == AdministrationMode::Client)
        m_view.OpenClientMode(report->administration.id);
    else
        m_view.OpenInterview(report->administration.id);
}

void AssessmentTabPresenter::OnAbandon() {
    const service::AdministrationReport* report = Selected();
    if (!report || report->administration.status != AdministrationStatus::InProgress) return;
    if (!m_view.ConfirmAbandon()) return;
    const Id id = report->administration.id;
    try {
        m_assessments.Abandon(id);
        Refresh(id);
        m_view.ShowMessage("Abandoned: its answers are kept but it will not be scored.");
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
    }
}

void AssessmentTabPresenter::OnEnterNorms() {
    if (const service::AdministrationReport* report = Selected())
        m_view.OpenNorms(report->administration.instrumentId);
}

void AssessmentTabPresenter::OnReturned(std::optional<Id> select) {
    if (!select)
        if (const auto* report = Selected()) select = report->administration.id;
    Refresh(select);
}

}  // namespace securebase::present

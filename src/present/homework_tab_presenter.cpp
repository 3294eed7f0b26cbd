#include "present/homework_tab_presenter.h"

#include <algorithm>
#include <map>

#include "core/error.h"
#include "present/homework_text.h"
#include "present/homework_trend_charts.h"

namespace securebase::present {
namespace {

// The review is read in full before a session, so it shows far more of each entry than a row.
constexpr size_t kReviewChars = 1000;

std::string SessionDay(const Session& session) {
    return DayText(Date{std::chrono::floor<std::chrono::days>(session.start)});
}

AssignmentRow RowOf(const service::AssignmentSummary& summary, Date today) {
    const auto& adherence = summary.adherence;
    return {summary.homeworkTemplate.title,
            ScheduleText(summary.assignment.schedule),
            StatusText(summary.assignment),
            ThisWeekText(adherence, today),
            RatioText(adherence.completed, adherence.expected),
            StreakText(adherence),
            adherence.lastEntry ? DayText(*adherence.lastEntry) : "none yet"};
}

std::vector<TextSection> DetailsOf(const service::AssignmentSummary& summary,
                                   const std::vector<Goal>& goals) {
    const auto& assignment = summary.assignment;
    const auto& adherence = summary.adherence;
    std::vector<TextSection> sections;
    sections.push_back({summary.homeworkTemplate.title,
                        {summary.homeworkTemplate.purpose,
                         ScheduleText(assignment.schedule) + " \u00b7 " + StatusText(assignment)}});
    TextSection done{"Adherence", {}};
    done.lines.push_back(
        "Completed: " + RatioText(adherence.completed, adherence.expected) +
        (adherence.pending ? ", " + std::to_string(adherence.pending) + " still open" : ""));
    done.lines.push_back("Streak: " + StreakText(adherence));
    done.lines.push_back("Entries: " + std::to_string(summary.entries));
    if (adherence.entriesOutsideActivePeriod)
        done.lines.push_back(std::to_string(adherence.entriesOutsideActivePeriod) +
                             " written on a paused or inactive day (not counted)");
    sections.push_back(std::move(done));
    if (assignment.goalId)
        for (const auto& goal : goals)
            if (goal.id == *assignment.goalId) sections.push_back({"Treatment goal", {goal.title}});
    if (!assignment.instructions.empty())
        sections.push_back({"Your instructions", {assignment.instructions}});
    sections.push_back({"For the client", {summary.homeworkTemplate.instructions}});
    return sections;
}

}  // namespace

HomeworkTabPresenter::HomeworkTabPresenter(HomeworkTabView& view, service::Homework& homework,
                                           service::Practice& practice, std::function<Date()> today)
    : m_view(view), m_homework(homework), m_practice(practice), m_today(std::move(today)) {}

void HomeworkTabPresenter::ShowClient(Id clientId) {
    m_clientId = clientId;
    m_view.ShowMessage("");
    Refresh(std::nullopt);
}

void HomeworkTabPresenter::Refresh(std::optional<Id> select) {
    m_assignments.clear();
    m_review.clear();
    m_selected.reset();
    if (m_clientId != kNoId) {
        try {
            m_assignments = m_homework.Assignments(m_clientId);
            m_review = m_homework.SinceLastReview(m_clientId);
        } catch (const Error& error) {
            m_view.ShowMessage(error.what());
        }
    }
    // Work still going on comes first; stable keeps each group oldest first.
    std::stable_sort(m_assignments.begin(), m_assignments.end(), [](const auto& a, const auto& b) {
        return (a.assignment.Status() != AssignmentStatus::Ended) &&
               (b.assignment.Status() == AssignmentStatus::Ended);
    });
    std::vector<AssignmentRow> rows;
    for (size_t i = 0; i < m_assignments.size(); ++i) {
        rows.push_back(RowOf(m_assignments[i], m_today()));
        if (select && m_assignments[i].assignment.id == *select) m_selected = i;
    }
    if (!m_selected && !m_assignments.empty()) m_selected = 0;
    m_view.ShowAssignments(rows);
    m_view.SelectAssignment(m_selected);
    ShowSelected();
    ShowReviewPane();
}

const service::AssignmentSummary* HomeworkTabPresenter::Selected() const {
    return m_selected ? &m_assignments[*m_selected] : nullptr;
}

void HomeworkTabPresenter::OnAssignmentSelected(std::optional<size_t> row) {
    m_selected = row && *row < m_assignments.size() ? row : std::nullopt;
    ShowSelected();
}

void HomeworkTabPresenter::ShowSelected() {
    const auto* summary = Selected();
    if (!summary) {
        m_view.ShowDetails(
            {{"No homework yet",
              {m_clientId == kNoId ? "" : "Assign an exercise with \u201cAssign\u2026\u201d."}}});
        m_view.ShowHistory({});
        m_view.ShowTrends({});
        Enable();
        return;
    }
    try {
        const Id id = summary->assignment.id;
        m_view.ShowDetails(DetailsOf(*summary, m_homework.Goals(m_clientId)));
        std::vector<EntryRow> rows;
        auto entries = m_homework.Entries(id);
        std::reverse(entries.begin(), entries.end());  // newest first
        std::map<Id, std::string> sessionDays;         // many entries share one review session
        for (const auto& entry : entries) {
            std::string reviewed = "not yet";
            if (const auto session = entry.reviewedInSession) {
                auto day = sessionDays.find(*session);
                if (day == sessionDays.end())
                    day = sessionDays.emplace(*session, SessionDay(m_practice.GetSession(*session)))
                              .first;
                reviewed = "in session of " + day->second;
            }
            rows.push_back({DayText(entry.writtenOn),
                            EntrySummary(summary->homeworkTemplate, entry), reviewed});
        }
        m_view.ShowHistory(rows);
        m_view.ShowTrends(TrendCharts(m_homework.Trends(id)));
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
    }
    Enable();
}

void HomeworkTabPresenter::ShowReviewPane() {
    std::vector<TextSection> sections;
    if (m_review.empty() && m_clientId != kNoId)
        sections.push_back({"Nothing new", {"Every entry has been reviewed in a session."}});
    for (const auto& item : m_review) {
        const size_t count = item.unreviewed.size();
        TextSection section{item.summary.homeworkTemplate.title + " \u2014 " +
                                std::to_string(count) + (count == 1 ? " entry" : " entries"),
                            {}};
        for (const auto& entry : item.unreviewed)
            section.lines.push_back(
                DayText(entry.writtenOn) + ": " +
                EntrySummary(item.summary.homeworkTemplate, entry, kReviewChars));
        sections.push_back(std::move(section));
    }
    m_view.ShowReview(sections);
}

void HomeworkTabPresenter::Enable() {
    HomeworkActions actions;
    if (const auto* summary = Selected()) {
        const AssignmentStatus status = summary->assignment.Status();
        actions.addEntry = status != AssignmentStatus::Ended;
        actions.pause = status == AssignmentStatus::Active;
        actions.resume = status == AssignmentStatus::Paused;
        actions.end = status != AssignmentStatus::Ended;
    }
    actions.markReviewed = !m_review.empty();
    m_view.EnableActions(actions);
}

void HomeworkTabPresenter::OnAssign() {
    if (m_clientId != kNoId) m_view.OpenAssign(m_clientId);
}

void HomeworkTabPresenter::OnAddEntry() {
    if (const auto* summary = Selected()) m_view.OpenEntry(summary->assignment.id);
}

void HomeworkTabPresenter::OnCopyTemplate() { m_view.OpenTemplateCopy(); }

void HomeworkTabPresenter::Change(const std::function<Assignment(Id)>& change, const char* done) {
    const auto* summary = Selected();
    if (!summary) return;
    const Id id = summary->assignment.id;
    try {
        change(id);
        Refresh(id);
        m_view.ShowMessage(done);
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
    }
}

void HomeworkTabPresenter::OnPause() {
    Change([this](Id id) { return m_homework.Pause(id, m_today()); }, "Paused from today.");
}

void HomeworkTabPresenter::OnResume() {
    Change([this](Id id) { return m_homework.Resume(id, m_today()); }, "Resumed from today.");
}

void HomeworkTabPresenter::OnEnd() {
    const auto* summary = Selected();
    if (!summary || !m_view.ConfirmEnd(summary->homeworkTemplate.title)) return;
    Change([this](Id id) { return m_homework.End(id, m_today()); },
           "Ended today. Its entries stay in the history.");
}

void HomeworkTabPresenter::OnMarkReviewed() {
    if (m_review.empty()) return;
    try {
        const auto sessions = m_practice.SessionsOf(m_clientId);  // newest first
        if (sessions.empty()) {
            m_view.ShowMessage(
                "Add today's session on the Sessions tab first; entries are marked reviewed in "
                "a session.");
            return;
        }
        size_t marked = 0;
        for (const auto& item : m_review)
            marked += m_homework.MarkReviewed(item.summary.assignment.id, sessions.front().id);
        const std::optional<Id> keep =
            Selected() ? std::optional<Id>(Selected()->assignment.id) : std::nullopt;
        Refresh(keep);
        m_view.ShowMessage(std::to_string(marked) + (marked == 1 ? " entry" : " entries") +
                           " marked reviewed in the session of " + SessionDay(sessions.front()) +
                           ".");
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
    }
}

void HomeworkTabPresenter::OnReturned(std::optional<Id> assignmentId) {
    const std::optional<Id> keep =
        assignmentId ? assignmentId
                     : (Selected() ? std::optional<Id>(Selected()->assignment.id) : std::nullopt);
    Refresh(keep);
}

}  // namespace securebase::present

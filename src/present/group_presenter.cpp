#include "present/group_presenter.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>

#include "core/error.h"
#include "core/text.h"
#include "present/group_text.h"
#include "present/homework_text.h"

namespace securebase::present {
namespace {

constexpr size_t kSearchLimit = 30;

std::optional<int> WholeNumber(const std::string& text) {
    int value = 0;
    const std::string trimmed = Trim(text);
    const char* end = trimmed.data() + trimmed.size();
    const auto [stop, error] = std::from_chars(trimmed.data(), end, value);
    if (trimmed.empty() || error != std::errc() || stop != end) return std::nullopt;
    return value;
}

// "18:00" as minutes after midnight.
std::optional<std::chrono::minutes> ParseClock(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos) return std::nullopt;
    const auto hours = WholeNumber(text.substr(0, colon));
    const auto minutes = WholeNumber(text.substr(colon + 1));
    if (!hours || !minutes || *hours < 0 || *hours > 23 || *minutes < 0 || *minutes > 59)
        return std::nullopt;
    return std::chrono::minutes(*hours * 60 + *minutes);
}

std::vector<std::string> Facilitators(const std::string& text) {
    std::vector<std::string> names;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        if (std::string name = Trim(text.substr(start, comma - start)); !name.empty())
            names.push_back(std::move(name));
        start = comma + 1;
    }
    return names;
}

std::string AttendanceCounts(const service::GroupOverview& overview, Id meetingId) {
    int counts[4] = {0, 0, 0, 0};
    for (const auto& mark : overview.attendance)
        if (mark.meetingId == meetingId) ++counts[static_cast<int>(mark.attendance)];
    if (counts[0] + counts[1] + counts[2] + counts[3] == 0) return "not recorded";
    std::string text = std::to_string(counts[0]) + " present";
    if (counts[1]) text += ", " + std::to_string(counts[1]) + " late";
    if (counts[2]) text += ", " + std::to_string(counts[2]) + " excused";
    if (counts[3]) text += ", " + std::to_string(counts[3]) + " absent";
    return text;
}

// The last subscale is the instrument's summary (the check-in's composite comes last).
std::string CheckinText(const service::MeetingCheckins& checkins) {
    if (checkins.subscales.empty()) return "";
    const auto& spread = checkins.subscales.back();
    if (spread.participants == 0) return "";
    return OneDecimal(spread.mean) + " (" + OneDecimal(spread.minimum) + "\u2013" +
           OneDecimal(spread.maximum) + "), " + std::to_string(spread.participants) + " in";
}

// One chart per subscale: the group's mean at each meeting, with the lowest and highest score
// written beside each point (the screen painter draws one colour, so a band of three lines
// would not read).
std::vector<report::LineChart> TrendCharts(const std::vector<service::MeetingCheckins>& summary) {
    std::vector<std::string> order;
    std::map<std::string, std::vector<const service::SubscaleSpread*>> spreads;
    std::map<std::string, std::vector<Date>> days;
    for (const auto& meeting : summary)
        for (const auto& spread : meeting.subscales) {
            if (spread.participants == 0) continue;
            if (!spreads.contains(spread.subscaleId)) order.push_back(spread.subscaleId);
            spreads[spread.subscaleId].push_back(&spread);
            days[spread.subscaleId].push_back(meeting.heldOn);
        }
    std::vector<report::LineChart> charts;
    for (const auto& id : order) {
        const auto& points = spreads[id];
        report::LineChartInput input;
        input.title = points.front()->name + ": mean (lowest\u2013highest)";
        report::NamedSeries mean{"Mean", {}};
        double low = points.front()->minimum;
        double high = points.front()->maximum;
        for (size_t i = 0; i < points.size(); ++i) {
            mean.values.push_back({days[id][i], points[i]->mean});
            low = std::min(low, points[i]->minimum);
            high = std::max(high, points[i]->maximum);
        }
        if (high > low) input.yRange = {{std::floor(low), std::ceil(high)}};
        input.series.push_back(std::move(mean));
        report::LineChart chart = report::BuildLineChart(input);
        // BuildLineChart orders the points by date, as the meetings already are.
        auto& labels = chart.series.front().values;
        for (size_t i = 0; i < labels.size() && i < points.size(); ++i)
            labels[i] = OneDecimal(points[i]->mean) + " (" + OneDecimal(points[i]->minimum) +
                        "\u2013" + OneDecimal(points[i]->maximum) + ")";
        charts.push_back(std::move(chart));
    }
    return charts;
}

}  // namespace

GroupPresenter::GroupPresenter(GroupView& view, service::Groups& groups,
                               service::Practice& practice, service::GroupReports& reports,
                               std::function<Date()> today)
    : m_view(view),
      m_service(groups),
      m_practice(practice),
      m_reports(reports),
      m_today(std::move(today)) {}

void GroupPresenter::Start() {
    m_view.ShowMessage("");
    Refresh(std::nullopt);
}

void GroupPresenter::Refresh(std::optional<Id> select) {
    Id keep = select.value_or(kNoId);
    if (keep == kNoId && Selected()) keep = Selected()->id;
    m_selected.reset();
    try {
        m_groups = m_service.List();
    } catch (const Error& error) {
        m_groups.clear();
        m_view.ShowMessage(RefusalText(error));
    }
    std::vector<GroupRow> rows;
    for (size_t i = 0; i < m_groups.size(); ++i) {
        const Group& group = m_groups[i];
        std::string places = "? of " + std::to_string(group.capacity);
        try {
            places = std::to_string(m_service.PlacesTaken(group.id)) + " of " +
                     std::to_string(group.capacity);
        } catch (const Error& error) {
            m_view.ShowMessage(RefusalText(error));
        }
        rows.push_back({group.name, KindText(group.kind), GroupScheduleText(group), places,
                        GroupStatusText(group.status)});
        if (group.id == keep) m_selected = i;
    }
    if (!m_selected && !m_groups.empty()) m_selected = 0;
    m_view.ShowGroups(rows);
    m_view.SelectGroup(m_selected);
    ShowSelected();
}

const Group* GroupPresenter::Selected() const {
    return m_selected && *m_selected < m_groups.size() ? &m_groups[*m_selected] : nullptr;
}

const service::Participant* GroupPresenter::SelectedParticipant() const {
    if (!m_overview || !m_participant || *m_participant >= m_overview->roster.size())
        return nullptr;
    return &m_overview->roster[*m_participant];
}

void GroupPresenter::OnGroupSelected(std::optional<size_t> row) {
    m_selected = row && *row < m_groups.size() ? row : std::nullopt;
    m_view.ShowMessage("");
    ShowSelected();
}

void GroupPresenter::ShowSelected() {
    m_overview.reset();
    m_participant.reset();
    m_meeting.reset();
    const Group* group = Selected();
    std::vector<ParticipantRow> roster;
    std::vector<MeetingRow> meetings;
    std::vector<report::LineChart> charts;
    if (!group) {
        m_view.ShowHeading("No group yet", "Start one with \u201cNew group\u2026\u201d.");
    } else {
        try {
            m_overview = m_service.Show(group->id);
            const auto rates = m_service.AttendanceRates(group->id);
            const auto checkins = m_service.CheckinSummary(group->id);
            std::string details = KindText(group->kind) + " \u00b7 " + GroupScheduleText(*group);
            if (!group->location.empty()) details += " \u00b7 " + group->location;
            if (!group->facilitators.empty()) {
                details += " \u00b7 with ";
                for (size_t i = 0; i < group->facilitators.size(); ++i)
                    details += (i ? ", " : "") + group->facilitators[i];
            }
            m_view.ShowHeading(group->name, details);
            for (const auto& participant : m_overview->roster) {
                ParticipantRow row{participant.code, participant.displayName,
                                   DayText(participant.enrolment.enrolledOn), "", ""};
                for (const auto& rate : rates)
                    if (rate.clientId == participant.enrolment.clientId)
                        row.attendance = rate.meetings == 0
                                             ? "no meeting yet"
                                             : std::to_string(rate.attended) + " of " +
                                                   std::to_string(rate.meetings) + " (" +
                                                   PercentText(rate.rate) + ")";
                if (participant.enrolment.leftOn)
                    row.left = "Left " + DayText(*participant.enrolment.leftOn) + ": " +
                               participant.enrolment.leaveReason;
                roster.push_back(std::move(row));
            }
            for (const auto& meeting : m_overview->meetings) {
                MeetingRow row{DayText(meeting.heldOn), meeting.topic,
                               AttendanceCounts(*m_overview, meeting.id), ""};
                for (const auto& summary : checkins)
                    if (summary.meetingId == meeting.id) row.checkin = CheckinText(summary);
                meetings.push_back(std::move(row));
            }
            charts = TrendCharts(checkins);
        } catch (const Error& error) {
            m_view.ShowMessage(RefusalText(error));
        }
    }
    m_view.ShowRoster(roster);
    m_view.ShowMeetings(meetings);
    m_view.ShowTrend(charts);
    Enable();
}

void GroupPresenter::Enable() {
    GroupActions actions;
    const Group* group = Selected();
    actions.enrol = group && m_overview;
    actions.newMeeting = actions.enrol;
    const auto* participant = SelectedParticipant();
    actions.leave = participant && participant->enrolment.Active();
    actions.openMeeting = m_overview && m_meeting && *m_meeting < m_overview->meetings.size();
    actions.report = actions.enrol;
    actions.certificate = participant != nullptr;
    m_view.EnableActions(actions);
}

void GroupPresenter::OnParticipantSelected(std::optional<size_t> row) {
    m_participant = row;
    Enable();
}

void GroupPresenter::OnMeetingSelected(std::optional<size_t> row) {
    m_meeting = row;
    Enable();
}

void GroupPresenter::OnNewGroup() {
    std::vector<homework::Curriculum> curricula;
    try {
        curricula = m_service.Curricula();
    } catch (const std::exception& error) {
        m_view.ShowMessage(RefusalText(error));
    }
    std::vector<std::string> titles;
    for (const auto& curriculum : curricula)
        titles.push_back(curriculum.title + " (" + std::to_string(curriculum.meetings.size()) +
                         " meetings)");
    GroupForm form;
    form.startsOn = FormatDate(m_today());
    form.weekday =
        static_cast<int>(std::chrono::weekday(std::chrono::sys_days(m_today())).iso_encoding()) - 1;
    AskUntilDone(
        [&](const std::string& problem) { return m_view.AskNewGroup(form, titles, problem); },
        [&]() -> std::string {
            Group draft;
            draft.name = Trim(form.name);
            draft.kind = static_cast<GroupKind>(std::clamp(form.kind, 0, 2));
            draft.weekday =
                std::chrono::weekday(static_cast<unsigned>(std::clamp(form.weekday, 0, 6) + 1));
            draft.duration = std::chrono::minutes(form.duration);
            draft.meetingCount = form.meetings;
            draft.capacity = form.capacity;
            draft.location = Trim(form.location);
            draft.facilitators = Facilitators(form.facilitators);
            draft.status = GroupStatus::Running;
            if (form.curriculum > 0 && form.curriculum <= static_cast<int>(curricula.size()))
                draft.curriculumId = curricula[static_cast<size_t>(form.curriculum - 1)].id;
            const auto start = ParseClock(form.startTime);
            const auto first = ParseDate(form.startsOn);
            if (!start) return "Give the start time as hours and minutes, such as 18:00.";
            if (!first) return "Choose the date of the first meeting.";
            draft.startTime = *start;
            draft.startsOn = *first;
            if (std::chrono::weekday(std::chrono::sys_days(*first)) != draft.weekday)
                return "The first meeting falls on another day than the group's weekday; choose "
                       "a date on that day.";
            const Group created = m_service.Create(draft);
            m_view.ShowMessage("Group \u201c" + created.name + "\u201d created.");
            Refresh(created.id);
            return "";
        });
}

std::vector<ClientChoice> GroupPresenter::SearchClients(const std::string& query) {
    std::vector<ClientChoice> choices;
    const std::string text = Trim(query);
    std::vector<ClientSummary> found;
    try {
        if (text.empty())
            found = m_practice.ListClients({ClientStatus::Active, 0, kSearchLimit});
        else
            found = m_practice.Search(text, kSearchLimit);
    } catch (const Error&) {
        return choices;
    }
    for (const auto& client : found) {
        if (client.status == ClientStatus::Discharged) continue;
        if (m_overview &&
            std::any_of(m_overview->roster.begin(), m_overview->roster.end(),
                        [&](const auto& p) { return p.enrolment.clientId == client.id; }))
            continue;
        choices.push_back({client.id, client.code + " \u00b7 " + client.displayName});
    }
    return choices;
}

void GroupPresenter::OnEnrolExisting() {
    const Group* group = Selected();
    if (!group) return;
    const Id groupId = group->id;
    EnrolForm form;
    form.date = FormatDate(m_today());
    const ClientSearch search = [this](const std::string& query) { return SearchClients(query); };
    AskUntilDone(
        [&](const std::string& problem) { return m_view.AskEnrolExisting(form, search, problem); },
        [&]() -> std::string {
            const auto on = ParseDate(form.date);
            if (!form.clientId) return "Choose the client to enrol.";
            if (!on) return "Choose the date they join.";
            m_service.Enrol(groupId, *form.clientId, *on);
            m_view.ShowMessage("Enrolled from " + DayText(*on) + ".");
            Refresh(groupId);
            return "";
        });
}

void GroupPresenter::OnEnrolNew() {
    const Group* group = Selected();
    if (!group) return;
    const Id groupId = group->id;
    EnrolForm form;
    form.date = FormatDate(m_today());
    AskUntilDone(
        [&](const std::string& problem) { return m_view.AskEnrolNew(form, problem); },
        [&]() -> std::string {
            const auto on = ParseDate(form.date);
            if (!on) return "Choose the date they join.";
            const Client client = m_service.EnrolNew(groupId, {form.preferredName, form.code}, *on);
            m_view.ShowMessage("Enrolled as " + client.code +
                               "; complete the record later under Clients.");
            Refresh(groupId);
            return "";
        });
}

void GroupPresenter::OnLeave() {
    const Group* group = Selected();
    const auto* participant = SelectedParticipant();
    if (!group || !participant) return;
    const Id groupId = group->id;
    const Id clientId = participant->enrolment.clientId;
    const std::string who = participant->code + " \u00b7 " + participant->displayName;
    LeaveForm form{FormatDate(m_today()), ""};
    AskUntilDone([&](const std::string& problem) { return m_view.AskLeave(form, who, problem); },
                 [&]() -> std::string {
                     const auto on = ParseDate(form.date);
                     if (!on) return "Choose the date they left.";
                     m_service.Leave(groupId, clientId, *on, form.reason);
                     m_view.ShowMessage("Left on " + DayText(*on) + "; their place is free again.");
                     Refresh(groupId);
                     return "";
                 });
}

void GroupPresenter::OnNewMeeting() {
    if (const Group* group = Selected(); group && m_overview)
        m_view.OpenMeeting(group->id, std::nullopt);
}

void GroupPresenter::OnOpenMeeting() {
    if (m_overview && m_meeting && *m_meeting < m_overview->meetings.size())
        m_view.OpenMeeting(m_overview->group.id, m_overview->meetings[*m_meeting].id);
}

void GroupPresenter::OnMeetingClosed() { Refresh(std::nullopt); }

void GroupPresenter::OnGroupReport() {
    const Group* group = Selected();
    if (!group) return;
    service::GroupReportRequest request{group->id, ""};
    if (!m_view.AskReportSummary(request.summary)) return;
    const auto file = m_view.ChooseSaveFile(
        "Save the group report",
        "group-" + std::to_string(group->id) + "-report-" + FormatDate(m_today()) + ".pdf");
    if (!file) return;
    try {
        const int pages = m_reports.WriteReport(request, *file);
        m_view.ShowMessage("Group report saved (" + std::to_string(pages) +
                           (pages == 1 ? " page)." : " pages)."));
    } catch (const Error& error) {
        m_view.ShowMessage(RefusalText(error));
    }
}

void GroupPresenter::OnCertificate() {
    const Group* group = Selected();
    const auto* participant = SelectedParticipant();
    if (!group || !participant) return;
    const auto codeOnly = m_view.AskCertificateCodeOnly(participant->code);
    if (!codeOnly) return;
    const auto file = m_view.ChooseSaveFile(
        "Save the attendance certificate",
        "certificate-" + participant->code + "-" + FormatDate(m_today()) + ".pdf");
    if (!file) return;
    try {
        m_reports.WriteCertificate(group->id, participant->enrolment.clientId, *codeOnly, *file);
        m_view.ShowMessage("Attendance certificate of " + participant->code + " saved.");
    } catch (const Error& error) {
        m_view.ShowMessage(RefusalText(error));
    }
}

}  // namespace securebase::present

#include "present/group_meeting_presenter.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "core/error.h"
#include "core/text.h"
#include "present/group_text.h"
#include "present/homework_text.h"

namespace securebase::present {
namespace {

std::string RangeOf(const assess::ResponseScale& scale) {
    return std::to_string(scale.Lowest()) + "\u2013" + std::to_string(scale.Highest());
}

bool Covers(const GroupEnrolment& enrolment, Date day) {
    return enrolment.enrolledOn <= day && (!enrolment.leftOn || day <= *enrolment.leftOn);
}

std::optional<GroupAttendance> MarkOfKey(char key) {
    switch (std::toupper(static_cast<unsigned char>(key))) {
        case 'P':
            return GroupAttendance::Present;
        case 'L':
            return GroupAttendance::Late;
        case 'E':
            return GroupAttendance::Excused;
        case 'A':
            return GroupAttendance::Absent;
        default:
            return std::nullopt;
    }
}

}  // namespace

GroupMeetingPresenter::GroupMeetingPresenter(
    GroupMeetingView& view, service::Groups& groups, service::Assessments& assessments,
    service::Practice& practice, service::GroupHomework& groupHomework, service::Homework& homework,
    Id groupId, std::optional<Id> meetingId, std::function<void()> closed)
    : m_view(view),
      m_groups(groups),
      m_assessments(assessments),
      m_practice(practice),
      m_groupHomework(groupHomework),
      m_homework(homework),
      m_groupId(groupId),
      m_meetingId(meetingId),
      m_closed(std::move(closed)) {}

void GroupMeetingPresenter::Start() {
    const Group group = m_groups.Show(m_groupId).group;
    if (!group.curriculumId.empty()) {
        try {
            m_curriculum = m_groups.CurriculumOf(group);
        } catch (const Error&) {
            // A missing curriculum file leaves free topics, which still work.
        }
    }
    try {
        m_instrument = m_assessments.GetInstrument(kGroupCheckinInstrument);
    } catch (const Error& error) {
        if (error.Code() != ErrorCode::NotFound) throw;
    }
    if (m_instrument) {
        std::vector<CheckinColumn> columns;
        std::vector<std::string> legend;
        for (size_t i = 0; i < m_instrument->items.size(); ++i) {
            const auto& item = m_instrument->items[i];
            columns.push_back({std::to_string(i + 1), RangeOf(m_instrument->ScaleOf(item))});
            legend.push_back(std::to_string(i + 1) + "  " + item.text);
        }
        m_view.ShowCheckinColumns(m_instrument->title, columns, legend);
    } else {
        m_view.ShowCheckinColumns("No check-in: the weekly check-in instrument is not installed",
                                  {}, {});
    }
    Load();
    m_view.FocusAttendance(0);
}

void GroupMeetingPresenter::Load() {
    m_overview = m_groups.Show(m_groupId);
    m_meeting.reset();
    if (m_meetingId)
        for (const auto& meeting : m_overview->meetings)
            if (meeting.id == *m_meetingId) m_meeting = meeting;
    if (m_meetingId && !m_meeting)
        throw Error(ErrorCode::NotFound, "no meeting with id " + std::to_string(*m_meetingId) +
                                             " in group " + std::to_string(m_groupId));
    const Group& group = m_overview->group;
    MeetingDetails details;
    details.topics.push_back("Free topic");
    if (m_curriculum)
        for (size_t i = 0; i < m_curriculum->meetings.size(); ++i)
            details.topics.push_back(std::to_string(i + 1) + ". " +
                                     m_curriculum->meetings[i].title);
    Date day{};
    if (m_meeting) {
        day = m_meeting->heldOn;
        details.dateLocked = details.topicLocked = true;
        if (m_meeting->curriculumIndex && m_curriculum)
            details.topic = static_cast<size_t>(*m_meeting->curriculumIndex) + 1;
        else
            details.freeTopic = m_meeting->topic;
        details.groupNote = m_meeting->groupNote;
        m_view.ShowHeading("Meeting of " + DayText(day) + ": " + m_meeting->topic, group.name);
    } else {
        day = DefaultDate();
        size_t held = 0;
        for (const auto& meeting : m_overview->meetings)
            if (meeting.curriculumIndex) ++held;
        if (m_curriculum && held < m_curriculum->meetings.size()) details.topic = held + 1;
        m_view.ShowHeading("New meeting", group.name);
    }
    details.date = FormatDate(day);
    m_view.ShowDetails(details);
    ShowOutline(details.topic);
    LoadParticipants(day);
}

Date GroupMeetingPresenter::DefaultDate() const {
    const Group& group = m_overview->group;
    for (std::chrono::sys_days day{group.startsOn}; Date{day} <= group.LastDay();
         day += std::chrono::weeks{1})
        if (std::none_of(m_overview->meetings.begin(), m_overview->meetings.end(),
                         [&](const GroupMeeting& meeting) { return meeting.heldOn == Date{day}; }))
            return Date{day};
    return group.LastDay();
}

void GroupMeetingPresenter::LoadParticipants(Date day) {
    // What was typed and not saved yet stays, whoever is still on the list.
    std::map<Id, Participant> typed;
    for (auto& participant : m_participants) typed[participant.clientId] = std::move(participant);
    m_participants.clear();
    m_savedAnswers.clear();
    std::vector<GroupCheckin> checkins;
    if (m_meetingId) checkins = m_groups.CheckinsOf(*m_meetingId);
    for (const auto& enrolled : m_overview->roster) {
        if (!Covers(enrolled.enrolment, day)) continue;
        Participant participant;
        participant.clientId = enrolled.enrolment.clientId;
        participant.code = enrolled.code;
        participant.name = enrolled.displayName;
        for (const auto& mark : m_overview->attendance) {
            if (!m_meetingId || mark.meetingId != *m_meetingId ||
                mark.clientId != participant.clientId)
                continue;
            participant.savedMark = mark.attendance;
            if (const auto note = m_practice.NoteOf(mark.sessionId)) {
                if (const std::string* text = note->Field("text")) participant.savedNote = *text;
                participant.noteLocked = note->IsSigned();
            }
        }
        for (const auto& checkin : checkins)
            if (checkin.clientId == participant.clientId) {
                participant.checkedIn = true;
                m_savedAnswers[participant.clientId] =
                    m_assessments.Show(checkin.administrationId).administration.answers;
            }
        participant.mark = participant.savedMark;
        participant.note = participant.savedNote;
        if (const auto found = typed.find(participant.clientId); found != typed.end()) {
            if (found->second.mark) participant.mark = found->second.mark;
            if (!participant.noteLocked && found->second.note != found->second.savedNote)
                participant.note = found->second.note;
        }
        m_participants.push_back(std::move(participant));
    }
    ShowAttendance();
    ShowCheckins();
}

void GroupMeetingPresenter::ShowAttendance() {
    std::vector<AttendanceLine> lines;
    for (const auto& participant : m_participants)
        lines.push_back({participant.code, participant.name,
                         participant.mark ? MarkText(*participant.mark) : "", participant.note,
                         participant.noteLocked});
    m_view.ShowAttendance(lines);
}

void GroupMeetingPresenter::ShowCheckins() {
    m_pendingCell.reset();
    m_checkinRows.clear();
    std::vector<CheckinLine> lines;
    for (size_t i = 0; i < m_participants.size(); ++i) {
        const auto& participant = m_participants[i];
        if (!participant.checkedIn && !(participant.mark && Attended(*participant.mark))) continue;
        m_checkinRows.push_back(i);
        CheckinLine line{
            participant.code + " \u00b7 " + participant.name, {}, participant.checkedIn};
        const auto& answers = participant.checkedIn ? m_savedAnswers[participant.clientId]
                                                    : m_answers[participant.clientId];
        if (m_instrument)
            for (const auto& item : m_instrument->items) {
                const auto found = answers.find(item.id);
                line.answers.push_back(found == answers.end() ? "" : std::to_string(found->second));
            }
        lines.push_back(std::move(line));
    }
    m_view.ShowCheckins(lines);
}

void GroupMeetingPresenter::ShowOutline(size_t topic) {
    if (m_curriculum && topic > 0 && topic <= m_curriculum->meetings.size())
        m_view.ShowOutline(m_curriculum->meetings[topic - 1].outline);
    else
        m_view.ShowOutline(m_curriculum ? "A free topic: the curriculum has no outline for it."
                                        : "This group follows no curriculum.");
}

void GroupMeetingPresenter::OnDateChanged(const std::string& isoDate) {
    if (m_meetingId || !m_overview) return;
    if (const auto day = ParseDate(isoDate)) LoadParticipants(*day);
}

void GroupMeetingPresenter::OnTopicChosen(size_t topic) { ShowOutline(topic); }

bool GroupMeetingPresenter::OnMarkKey(size_t row, char key) {
    const auto attendance = MarkOfKey(key);
    if (!attendance || row >= m_participants.size()) return false;
    OnMark(row, *attendance);
    if (row + 1 < m_participants.size()) {
        m_view.FocusAttendance(row + 1);
        return true;
    }
    // Everyone is marked: the check-ins come next, so the keyboard carries on there.
    for (size_t line = 0; line < m_checkinRows.size(); ++line)
        if (!m_participants[m_checkinRows[line]].checkedIn && m_instrument) {
            m_view.FocusCheckin(line, 0);
            break;
        }
    return true;
}

void GroupMeetingPresenter::OnMark(size_t row, GroupAttendance attendance) {
    if (row >= m_participants.size()) return;
    auto& participant = m_participants[row];
    const bool wasThere = participant.mark && Attended(*participant.mark);
    participant.mark = attendance;
    m_view.ShowMark(row, MarkText(attendance));
    m_view.ShowMessage("");
    if (wasThere != Attended(attendance)) ShowCheckins();
}

void GroupMeetingPresenter::OnNoteChanged(size_t row, const std::string& text) {
    if (row < m_participants.size() && !m_participants[row].noteLocked)
        m_participants[row].note = text;
}

std::optional<std::pair<size_t, size_t>> GroupMeetingPresenter::NextCell(size_t row,
                                                                         size_t column) const {
    const size_t columns = m_instrument ? m_instrument->items.size() : 0;
    if (column + 1 < columns) return std::pair{row, column + 1};
    for (size_t next = row + 1; next < m_checkinRows.size(); ++next)
        if (!m_participants[m_checkinRows[next]].checkedIn) return std::pair{next, size_t{0}};
    return std::nullopt;
}

bool GroupMeetingPresenter::Accept(size_t row, size_t column, int value) {
    const auto& item = m_instrument->items[column];
    if (!m_instrument->ScaleOf(item).Accepts(value)) {
        m_view.ShowCheckinAnswer(row, column, "");
        m_view.ShowCheckinProblem(row, "Item " + std::to_string(column + 1) + ": " +
                                           std::to_string(value) + " is not on the scale (" +
                                           RangeOf(m_instrument->ScaleOf(item)) + ").");
        m_answers[m_participants[m_checkinRows[row]].clientId].erase(item.id);
        return false;
    }
    m_answers[m_participants[m_checkinRows[row]].clientId][item.id] = value;
    m_view.ShowCheckinAnswer(row, column, std::to_string(value));
    m_view.ShowCheckinProblem(row, "");
    if (const auto next = NextCell(row, column)) m_view.FocusCheckin(next->first, next->second);
    return true;
}

void GroupMeetingPresenter::OnCheckinDigit(size_t row, size_t column, int digit) {
    if (!m_instrument || row >= m_checkinRows.size() || column >= m_instrument->items.size() ||
        m_participants[m_checkinRows[row]].checkedIn || digit < 0 || digit > 9)
        return;
    const auto& scale = m_instrument->ScaleOf(m_instrument->items[column]);
    if (m_pendingCell == std::pair{row, column}) {
        const int first = m_pendingDigit;
        m_pendingCell.reset();
        if (scale.Accepts(first * 10 + digit)) {
            Accept(row, column, first * 10 + digit);
            return;
        }
        // Not a two-digit answer: the first digit was the answer, the second starts the next.
        Accept(row, column, first);
        if (const auto next = NextCell(row, column))
            OnCheckinDigit(next->first, next->second, digit);
        return;
    }
    OnCheckinCommit();
    if (digit > 0 && scale.Highest() > 9 && scale.Accepts(digit * 10)) {
        m_pendingCell = std::pair{row, column};
        m_pendingDigit = digit;
        m_view.ShowCheckinAnswer(row, column, std::to_string(digit) + "\u2026");
        return;
    }
    Accept(row, column, digit);
}

void GroupMeetingPresenter::OnCheckinCommit() {
    if (!m_pendingCell) return;
    const auto [row, column] = *m_pendingCell;
    m_pendingCell.reset();
    Accept(row, column, m_pendingDigit);
}

bool GroupMeetingPresenter::OnCheckinEntered(size_t row, size_t column, const std::string& text) {
    if (!m_instrument || row >= m_checkinRows.size() || column >= m_instrument->items.size() ||
        m_participants[m_checkinRows[row]].checkedIn)
        return false;
    m_pendingCell.reset();
    const std::string trimmed = Trim(text);
    if (trimmed.empty()) {
        m_answers[m_participants[m_checkinRows[row]].clientId].erase(
            m_instrument->items[column].id);
        m_view.ShowCheckinAnswer(row, column, "");
        m_view.ShowCheckinProblem(row, "");
        return true;
    }
    int value = 0;
    const char* end = trimmed.data() + trimmed.size();
    const auto [stop, error] = std::from_chars(trimmed.data(), end, value);
    if (error != std::errc() || stop != end) {
        m_view.ShowCheckinProblem(
            row, "Item " + std::to_string(column + 1) + ": type a whole number from " +
                     RangeOf(m_instrument->ScaleOf(m_instrument->items[column])) + ".");
        return false;
    }
    return Accept(row, column, value);
}

std::optional<std::string> GroupMeetingPresenter::Refusal(const MeetingInput& input,
                                                          std::optional<Date>& day) const {
    day = m_meeting ? std::optional<Date>(m_meeting->heldOn) : ParseDate(input.date);
    if (!day) return "Choose the date of the meeting.";
    if (!m_meeting && input.topic == 0 && Trim(input.freeTopic).empty())
        return "Give the meeting a topic, or choose a meeting of the curriculum.";
    for (const auto& participant : m_participants) {
        if (participant.note != participant.savedNote && !participant.mark)
            return "Mark " + participant.code + "'s attendance before writing their note.";
        if (participant.checkedIn && participant.mark && !Attended(*participant.mark))
            return participant.code + " checked in at this meeting; mark them present or late.";
    }
    const size_t items = m_instrument ? m_instrument->items.size() : 0;
    for (const size_t index : m_checkinRows) {
        const auto& participant = m_participants[index];
        const auto found = m_answers.find(participant.clientId);
        const size_t given = found == m_answers.end() ? 0 : found->second.size();
        if (!participant.checkedIn && given > 0 && given < items)
            return participant.code + ": answer all " + std::to_string(items) +
                   " check-in items, or none (" + std::to_string(given) + " given).";
    }
    return std::nullopt;
}

void GroupMeetingPresenter::OnSave(const MeetingInput& input) {
    OnCheckinCommit();
    std::optional<Date> day;
    if (const auto refusal = Refusal(input, day)) {
        m_view.ShowMessage(*refusal);
        return;
    }
    Write(input, *day);
}

void GroupMeetingPresenter::Write(const MeetingInput& input, Date day) {
    bool wrote = false;
    try {
        if (!m_meeting) {
            GroupMeeting meeting;
            meeting.groupId = m_groupId;
            meeting.heldOn = day;
            if (input.topic > 0)
                meeting.curriculumIndex = static_cast<int>(input.topic) - 1;
            else
                meeting.topic = input.freeTopic;
            meeting.groupNote = input.groupNote;
            // Kept at once: should a later step and the reload both fail, the next Save must not
            // add the meeting a second time.
            m_meeting = m_groups.AddMeeting(meeting);
            m_meetingId = m_meeting->id;
            wrote = true;
        } else if (input.groupNote != m_meeting->groupNote) {
            m_groups.SetGroupNote(*m_meetingId, input.groupNote);
            wrote = true;
        }
        std::vector<std::pair<Id, GroupAttendance>> marks;
        for (const auto& participant : m_participants)
            if (participant.mark && participant.mark != participant.savedMark)
                marks.emplace_back(participant.clientId, *participant.mark);
        if (!marks.empty()) {
            m_groups.RecordAttendance(*m_meetingId, marks);
            wrote = true;
        }
        std::map<Id, assess::Answers> checkins;
        for (const size_t index : m_checkinRows) {
            const auto& participant = m_participants[index];
            const auto found = m_answers.find(participant.clientId);
            if (!participant.checkedIn && found != m_answers.end() && !found->second.empty())
                checkins.emplace(participant.clientId, found->second);
        }
        if (!checkins.empty()) {
            m_groups.RecordCheckins(*m_meetingId, m_instrument->id, checkins);
            wrote = true;
            for (const auto& [clientId, answers] : checkins) m_answers.erase(clientId);
        }
        for (const auto& participant : m_participants)
            if (participant.note != participant.savedNote) {
                m_groups.SaveParticipantNote(*m_meetingId, participant.clientId, participant.note);
                wrote = true;
            }
    } catch (const Error& error) {
        std::string message = RefusalText(error);
        if (wrote) {
            message += " What was saved before this is kept; the rest is still on screen.";
            try {
                Load();
            } catch (const Error& reload) {
                message += " " + RefusalText(reload);
            }
        } else {
            message += " Nothing was saved.";
        }
        m_view.ShowMessage(message);
        return;
    }
    m_view.Close();
    if (m_closed) m_closed();
}

void GroupMeetingPresenter::OnAssignHomework() {
    const bool unsaved = std::any_of(m_participants.begin(), m_participants.end(),
                                     [](const Participant& p) { return p.mark != p.savedMark; });
    if (!m_meeting || unsaved) {
        m_view.ShowMessage(
            "Save the meeting first: homework goes to those it records as present or late.");
        return;
    }
    const auto came =
        std::count_if(m_participants.begin(), m_participants.end(),
                      [](const Participant& p) { return p.mark && Attended(*p.mark); });
    std::vector<homework::HomeworkTemplate> templates;
    try {
        templates = m_homework.Templates().templates;
    } catch (const Error& error) {
        m_view.ShowMessage(RefusalText(error));
        return;
    }
    std::vector<std::string> titles;
    MeetingHomeworkForm form;
    const auto& curriculumMeeting =
        m_curriculum && m_meeting->curriculumIndex &&
                *m_meeting->curriculumIndex < static_cast<int>(m_curriculum->meetings.size())
            ? std::optional(
                  m_curriculum->meetings[static_cast<size_t>(*m_meeting->curriculumIndex)])
            : std::nullopt;
    for (size_t i = 0; i < templates.size(); ++i) {
        titles.push_back(templates[i].title);
        if (curriculumMeeting && curriculumMeeting->homeworkTemplateId == templates[i].id)
            form.templateIndex = i;
    }
    const Date start = m_meeting->heldOn;
    const Date until{std::chrono::sys_days{start} + std::chrono::days{6}};
    const std::string heading = "For the " + std::to_string(came) +
                                " marked present or late, from " + DayText(start) + " to " +
                                DayText(until) + ".";
    AskUntilDone(
        [&](const std::string& problem) {
            return m_view.AskHomework(form, titles, heading, problem);
        },
        [&]() -> std::string {
            if (form.templateIndex >= templates.size()) return "Choose an exercise.";
            service::MeetingHomeworkRequest request;
            request.meetingId = m_meeting->id;
            request.templateId = templates[form.templateIndex].id;
            request.instructions = form.instructions;
            request.schedule.start = start;
            request.schedule.due = until;
            request.schedule.recurrence.kind =
                form.daily ? RecurrenceKind::Daily : RecurrenceKind::Once;
            const auto assigned = m_groupHomework.AssignToPresent(request);
            m_view.ShowMessage("\u201c" + templates[form.templateIndex].title +
                               "\u201d assigned to " + std::to_string(assigned.size()) +
                               (assigned.size() == 1 ? " participant." : " participants."));
            return "";
        });
}

void GroupMeetingPresenter::OnCancel() {
    m_view.Close();
    if (m_closed) m_closed();
}

}  // namespace securebase::present

#include "service/groups.h"

#include <algorithm>

#include "core/error.h"
#include "core/text.h"
#include "homework/curriculum_loader.h"
#include "service/assessments.h"
#include "service/instrument_folders.h"
#include "service/practice.h"
#include "service/validation.h"

namespace securebase::service {
namespace {

constexpr size_t kMaxTextBytes = 200;
constexpr int kMaxCapacity = 200;
constexpr int kMaxMeetings = 520;
constexpr int kMaxMinutes = 600;
constexpr int kCodeAttempts = 50;

std::string Describe(Id id) { return std::to_string(id); }

[[noreturn]] void NotFound(const std::string& what, Id id) {
    throw Error(ErrorCode::NotFound, "no " + what + " with id " + Describe(id));
}

[[noreturn]] void Invalid(std::string field, std::string message) {
    throw ValidationError(std::vector<FieldProblem>{{std::move(field), std::move(message)}});
}

void CheckName(std::vector<FieldProblem>& problems, const std::string& field,
               const std::string& text, const std::string& missing) {
    if (Trim(text).empty())
        problems.push_back({field, missing});
    else if (!IsValidUtf8(text) || text.size() > kMaxTextBytes)
        problems.push_back(
            {field, "Use valid text of at most " + std::to_string(kMaxTextBytes) + " bytes."});
}

Attendance SessionAttendance(GroupAttendance mark) {
    switch (mark) {
        case GroupAttendance::Present:
        case GroupAttendance::Late:
            return Attendance::Attended;
        case GroupAttendance::Excused:
            return Attendance::Cancelled;
        case GroupAttendance::Absent:
            return Attendance::NoShow;
    }
    return Attendance::NoShow;
}

bool Covers(const GroupEnrolment& enrolment, Date day) {
    return enrolment.enrolledOn <= day && (!enrolment.leftOn || day <= *enrolment.leftOn);
}

SubscaleSpread Spread(const assess::Subscale& subscale, const std::vector<double>& scores) {
    SubscaleSpread spread{subscale.id, subscale.name, static_cast<int>(scores.size())};
    if (scores.empty()) return spread;
    double sum = 0.0;
    for (double score : scores) sum += score;
    spread.mean = sum / static_cast<double>(scores.size());
    const auto [low, high] = std::minmax_element(scores.begin(), scores.end());
    spread.minimum = *low;
    spread.maximum = *high;
    return spread;
}

}  // namespace

std::vector<std::filesystem::path> CurriculumFolders() {
    std::vector<std::filesystem::path> folders = InstrumentFolders();
    for (auto& folder : folders) folder = folder.parent_path() / "groups";
    return folders;
}

Groups::Groups(PracticeStore& store, GroupStore& groups, AssessmentStore& assessments,
               const Assessments& instruments, std::vector<std::filesystem::path> curriculumFolders)
    : m_store(store),
      m_groups(groups),
      m_assessments(assessments),
      m_instruments(instruments),
      m_curriculumFolders(std::move(curriculumFolders)) {}

// --- groups ---

void Groups::ValidateGroup(const Group& group) const {
    std::vector<FieldProblem> problems;
    CheckName(problems, "name", group.name, "Give the group a name.");
    for (size_t i = 0; i < group.facilitators.size(); ++i)
        CheckName(problems, "facilitators[" + std::to_string(i) + "]", group.facilitators[i],
                  "Remove the empty facilitator.");
    if (!IsValidUtf8(group.location) || group.location.size() > kMaxTextBytes)
        problems.push_back({"location", "Use a room or link of at most 200 bytes."});
    if (group.capacity < 1 || group.capacity > kMaxCapacity)
        problems.push_back({"capacity", "A group takes between 1 and " +
                                            std::to_string(kMaxCapacity) + " participants."});
    if (group.startTime.count() < 0 || group.startTime.count() >= 24 * 60)
        problems.push_back({"startTime", "Give a start time between 00:00 and 23:59."});
    if (group.duration.count() < 1 || group.duration.count() > kMaxMinutes)
        problems.push_back({"duration", "A meeting lasts between 1 and " +
                                            std::to_string(kMaxMinutes) + " minutes."});
    if (!group.weekday.ok()) problems.push_back({"weekday", "Choose a day of the week."});
    if (group.meetingCount.has_value() == group.endsOn.has_value())
        problems.push_back({"meetingCount", "Give either a number of meetings or an end date."});
    if (group.meetingCount && (*group.meetingCount < 1 || *group.meetingCount > kMaxMeetings))
        problems.push_back({"meetingCount", "A group has between 1 and " +
                                                std::to_string(kMaxMeetings) + " meetings."});
    if (!group.startsOn.ok())
        problems.push_back({"startsOn", "Give the date of the first meeting."});
    if (group.endsOn && *group.endsOn < group.startsOn)
        problems.push_back({"endsOn", "The end date cannot come before the first meeting."});
    if (!problems.empty()) throw ValidationError(std::move(problems));
    if (!group.curriculumId.empty()) {
        const auto curriculum = homework::FindCurriculum(m_curriculumFolders, group.curriculumId);
        if (group.meetingCount &&
            *group.meetingCount < static_cast<int>(curriculum.meetings.size()))
            Invalid("meetingCount", "The curriculum has " +
                                        std::to_string(curriculum.meetings.size()) +
                                        " meetings; plan at least as many.");
    }
}

Group Groups::Create(Group draft) {
    draft.facilitators.erase(
        std::remove_if(draft.facilitators.begin(), draft.facilitators.end(),
                       [](const std::string& name) { return Trim(name).empty(); }),
        draft.facilitators.end());
    ValidateGroup(draft);
    auto work = m_store.BeginWork();
    draft.id = m_groups.Groups().Insert(draft);
    Audit(AuditAction::Create, "group", draft.id);
    work->Commit();
    return draft;
}

void Groups::Update(const Group& group) {
    ValidateGroup(group);
    auto work = m_store.BeginWork();
    RequireGroup(group.id);
    if (m_groups.Enrolments().ActiveCount(group.id) > static_cast<size_t>(group.capacity))
        throw Error(ErrorCode::Refused, "group " + Describe(group.id) +
                                            " has more participants than the new capacity; "
                                            "let someone leave first or keep the capacity");
    for (const auto& meeting : m_groups.Meetings().ForGroup(group.id))
        if (meeting.heldOn < group.startsOn || group.LastDay() < meeting.heldOn)
            throw Error(ErrorCode::Refused, "meeting " + Describe(meeting.id) + " on " +
                                                FormatDate(meeting.heldOn) +
                                                " would fall outside the group's new dates");
    m_groups.Groups().Update(group);
    Audit(AuditAction::Update, "group", group.id);
    work->Commit();
}

std::vector<Group> Groups::List() { return m_groups.Groups().List(); }

size_t Groups::PlacesTaken(Id groupId) { return m_groups.Enrolments().ActiveCount(groupId); }

GroupOverview Groups::Show(Id groupId) {
    auto work = m_store.BeginWork();
    GroupOverview overview{RequireGroup(groupId), {}, {}, {}};
    for (auto& enrolment : m_groups.Enrolments().ForGroup(groupId)) {
        const auto client = m_store.Clients().Find(enrolment.clientId);
        if (!client) NotFound("client", enrolment.clientId);
        overview.roster.push_back({std::move(enrolment), client->code, client->name.Display()});
    }
    overview.meetings = m_groups.Meetings().ForGroup(groupId);
    overview.attendance = m_groups.Attendance().ForGroup(groupId);
    Audit(AuditAction::Read, "group", groupId);
    work->Commit();
    return overview;
}

homework::Curriculum Groups::CurriculumOf(const Group& group) const {
    if (group.curriculumId.empty())
        throw Error(ErrorCode::NotFound,
                    "group " + Describe(group.id) + " follows no curriculum; give it one first");
    return homework::FindCurriculum(m_curriculumFolders, group.curriculumId);
}

std::vector<homework::Curriculum> Groups::Curricula() const {
    std::map<std::string, homework::Curriculum> byId;
    for (const auto& folder : m_curriculumFolders) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            if (entry.path().extension() != ".json") continue;
            try {
                auto curriculum = homework::LoadCurriculumFile(entry.path());
                byId.try_emplace(curriculum.id, std::move(curriculum));
            } catch (const std::exception&) {
                // Named by the CLI's validation; the GUI only offers what loads.
            }
        }
    }
    std::vector<homework::Curriculum> curricula;
    for (auto& [id, curriculum] : byId) curricula.push_back(std::move(curriculum));
    return curricula;
}

// --- participants ---

void Groups::RequireRoom(const Group& group) {
    if (group.status == GroupStatus::Finished || group.status == GroupStatus::Cancelled)
        throw Error(ErrorCode::Refused, "group " + Describe(group.id) + " is " +
                                            ToString(group.status) + " and takes no one new");
    if (m_groups.Enrolments().ActiveCount(group.id) >= static_cast<size_t>(group.capacity))
        throw Error(ErrorCode::Refused, "group " + Describe(group.id) + " is full (" +
                                            std::to_string(group.capacity) +
                                            " places); raise its capacity or wait for a place");
}

GroupEnrolment Groups::Enrol(Id groupId, Id clientId, Date on) {
    auto work = m_store.BeginWork();
    const Group group = RequireGroup(groupId);
    const auto client = m_store.Clients().Find(clientId);
    if (!client) NotFound("client", clientId);
    if (client->status == ClientStatus::Discharged)
        throw Error(ErrorCode::Refused, "client " + Describe(clientId) +
                                            " is discharged; make them active again first");
    if (const auto existing = m_groups.Enrolments().Find(groupId, clientId))
        throw Error(
            ErrorCode::Refused,
            "client " + Describe(clientId) +
                (existing->Active() ? " is already enrolled in group " : " has left group ") +
                Describe(groupId) + "; a client holds one place in a group");
    RequireRoom(group);
    const GroupEnrolment enrolment{groupId, clientId, on, {}, ""};
    m_groups.Enrolments().Insert(enrolment);
    Audit(AuditAction::Update, "group", groupId);
    Audit(AuditAction::Update, "client", clientId);
    work->Commit();
    return enrolment;
}

Client Groups::EnrolNew(Id groupId, const NewParticipant& participant, Date on) {
    Client draft;
    draft.name.preferred = Trim(participant.preferredName);
    draft.code = Trim(participant.code);
    draft.status = ClientStatus::Active;
    draft.admittedOn = on;
    if (const auto problems = Validate(draft, Today()); !problems.empty())
        throw ValidationError(problems);
    auto work = m_store.BeginWork();
    RequireRoom(RequireGroup(groupId));
    ClientRepository& clients = m_store.Clients();
    for (int attempt = 0; attempt < kCodeAttempts && draft.code.empty(); ++attempt)
        if (std::string candidate = NewClientCode(); !clients.CodeExists(candidate))
            draft.code = std::move(candidate);
    if (draft.code.empty() || clients.CodeExists(draft.code))
        Invalid("code",
                "This client code is already in use; leave it empty to "
                "get a new one.");
    draft.id = clients.Insert(draft);
    Audit(AuditAction::Create, "client", draft.id);
    m_groups.Enrolments().Insert({groupId, draft.id, on, {}, ""});
    Audit(AuditAction::Update, "group", groupId);
    work->Commit();
    return draft;
}

void Groups::Leave(Id groupId, Id clientId, Date on, std::string reason) {
    reason = Trim(reason);
    if (reason.empty() || !IsValidUtf8(reason)) Invalid("reason", "Say why the participant left.");
    auto work = m_store.BeginWork();
    RequireGroup(groupId);
    auto enrolment = m_groups.Enrolments().Find(groupId, clientId);
    if (!enrolment)
        throw Error(ErrorCode::NotFound, "client " + Describe(clientId) +
                                             " is not a participant of group " + Describe(groupId));
    if (!enrolment->Active())
        throw Error(ErrorCode::Refused, "client " + Describe(clientId) + " already left on " +
                                            FormatDate(*enrolment->leftOn));
    if (on < enrolment->enrolledOn)
        Invalid("date", "A participant cannot leave before they joined (" +
                            FormatDate(enrolment->enrolledOn) + ").");
    enrolment->leftOn = on;
    enrolment->leaveReason = std::move(reason);
    m_groups.Enrolments().Update(*enrolment);
    Audit(AuditAction::Update, "group", groupId);
    Audit(AuditAction::Update, "client", clientId);
    work->Commit();
}

// --- meetings ---

GroupMeeting Groups::AddMeeting(GroupMeeting meeting) {
    meeting.topic = Trim(meeting.topic);
    auto work = m_store.BeginWork();
    const Group group = RequireGroup(meeting.groupId);
    if (meeting.heldOn < group.startsOn || group.LastDay() < meeting.heldOn)
        throw Error(ErrorCode::Invalid,
                    "the meeting date " + FormatDate(meeting.heldOn) +
                        " is outside the group's dates (" + FormatDate(group.startsOn) + " to " +
                        FormatDate(group.LastDay()) + "); choose a date within them");
    const auto meetings = m_groups.Meetings().ForGroup(group.id);
    for (const auto& held : meetings)
        if (held.heldOn == meeting.heldOn)
            throw Error(ErrorCode::Refused, "group " + Describe(group.id) +
                                                " already has meeting " + Describe(held.id) +
                                                " on " + FormatDate(meeting.heldOn));
    if (group.meetingCount && static_cast<int>(meetings.size()) >= *group.meetingCount)
        throw Error(ErrorCode::Refused, "group " + Describe(group.id) + " has all its " +
                                            std::to_string(*group.meetingCount) +
                                            " meetings; raise the number of meetings first");
    if (meeting.curriculumIndex) {
        const auto curriculum = CurriculumOf(group);
        const int index = *meeting.curriculumIndex;
        if (index < 0 || index >= static_cast<int>(curriculum.meetings.size()))
            throw Error(ErrorCode::Invalid, "the curriculum has meetings 1 to " +
                                                std::to_string(curriculum.meetings.size()) +
                                                "; choose one of them");
        if (meeting.topic.empty()) meeting.topic = curriculum.meetings[index].title;
    }
    if (meeting.topic.empty() || !IsValidUtf8(meeting.topic))
        Invalid("topic", "Give the meeting a topic or a curriculum meeting.");
    if (!IsValidUtf8(meeting.groupNote))
        Invalid("groupNote", "Some characters in the note are not valid text.");
    meeting.id = m_groups.Meetings().Insert(meeting);
    Audit(AuditAction::Create, "group-meeting", meeting.id);
    work->Commit();
    return meeting;
}

void Groups::SetGroupNote(Id meetingId, std::string note) {
    if (!IsValidUtf8(note)) Invalid("groupNote", "Some characters in the note are not valid text.");
    auto work = m_store.BeginWork();
    GroupMeeting meeting = RequireMeeting(meetingId);
    meeting.groupNote = std::move(note);
    m_groups.Meetings().Update(meeting);
    Audit(AuditAction::Update, "group-meeting", meetingId);
    work->Commit();
}

void Groups::RecordAttendance(Id meetingId,
                              const std::vector<std::pair<Id, GroupAttendance>>& marks) {
    auto work = m_store.BeginWork();
    const GroupMeeting meeting = RequireMeeting(meetingId);
    const Group group = RequireGroup(meeting.groupId);
    for (const auto& [clientId, attendance] : marks) {
        RequireParticipant(group, clientId, meeting.heldOn);
        AttendanceMark mark{meetingId, clientId, attendance, kNoId};
        if (const auto existing = m_groups.Attendance().Find(meetingId, clientId)) {
            auto session = m_store.Sessions().Find(existing->sessionId);
            if (!session) NotFound("session", existing->sessionId);
            session->attendance = SessionAttendance(attendance);
            m_store.Sessions().Update(*session);
            mark.sessionId = session->id;
            Audit(AuditAction::Update, "session", session->id);
        } else {
            Session session;
            session.clientId = clientId;
            session.start = std::chrono::local_days{meeting.heldOn} + group.startTime;
            session.duration = group.duration;
            session.kind = SessionKind::Group;
            session.attendance = SessionAttendance(attendance);
            mark.sessionId = m_store.Sessions().Insert(session);
            Audit(AuditAction::Create, "session", mark.sessionId);
        }
        m_groups.Attendance().Save(mark);
    }
    Audit(AuditAction::Update, "group-meeting", meetingId);
    work->Commit();
}

ProgressNote Groups::SaveParticipantNote(Id meetingId, Id clientId, std::string text) {
    ProgressNote note;
    note.format = NoteFormat::Free;
    note.fields = {{"text", std::move(text)}};
    auto work = m_store.BeginWork();
    RequireMeeting(meetingId);
    const auto mark = m_groups.Attendance().Find(meetingId, clientId);
    if (!mark)
        throw Error(ErrorCode::Refused, "client " + Describe(clientId) +
                                            " has no attendance at meeting " + Describe(meetingId) +
                                            "; record attendance first");
    note.sessionId = mark->sessionId;
    if (const auto problems = Validate(note); !problems.empty()) throw ValidationError(problems);
    const auto existing = m_store.Notes().FindProgressNote(note.sessionId);
    if (existing && existing->IsSigned())
        throw Error(ErrorCode::Refused, "this note is already signed; add an addendum instead");
    note.id = m_store.Notes().SaveProgressNote(note);
    Audit(existing ? AuditAction::Update : AuditAction::Create, "note", note.id);
    work->Commit();
    return note;
}

void Groups::RecordCheckins(Id meetingId, const std::string& instrumentId,
                            const std::map<Id, assess::Answers>& answers) {
    const assess::Instrument instrument = m_instruments.GetInstrument(instrumentId);
    for (const auto& [clientId, given] : answers) assess::RequireValidAnswers(instrument, given);
    auto work = m_store.BeginWork();
    const GroupMeeting meeting = RequireMeeting(meetingId);
    const Group group = RequireGroup(meeting.groupId);
    const auto done = m_groups.Attendance().CheckinsOf(meetingId);
    for (const auto& [clientId, given] : answers) {
        RequireParticipant(group, clientId, meeting.heldOn);
        if (const auto mark = m_groups.Attendance().Find(meetingId, clientId);
            mark && !Attended(mark->attendance))
            throw Error(ErrorCode::Refused, "client " + Describe(clientId) + " is marked " +
                                                ToString(mark->attendance) + " at meeting " +
                                                Describe(meetingId));
        if (std::any_of(done.begin(), done.end(),
                        [&](const GroupCheckin& checkin) { return checkin.clientId == clientId; }))
            throw Error(ErrorCode::Refused, "client " + Describe(clientId) +
                                                " already checked in at meeting " +
                                                Describe(meetingId));
        Administration administration;
        administration.clientId = clientId;
        administration.instrumentId = instrument.id;
        administration.instrumentVersion = instrument.version;
        administration.mode = AdministrationMode::Paper;
        administration.startedAt = Now();
        administration.completedAt = administration.startedAt;
        administration.status = AdministrationStatus::Completed;
        administration.answers = given;
        const Id id = m_assessments.Administrations().Insert(administration);
        m_groups.Attendance().SaveCheckin({meetingId, clientId, id});
        Audit(AuditAction::Create, "administration", id);
    }
    Audit(AuditAction::Update, "group-meeting", meetingId);
    work->Commit();
}

std::vector<GroupCheckin> Groups::CheckinsOf(Id meetingId) {
    auto work = m_store.BeginWork();
    RequireMeeting(meetingId);
    auto checkins = m_groups.Attendance().CheckinsOf(meetingId);
    work->Commit();
    return checkins;
}

// --- figures ---

std::vector<AttendanceRate> Groups::AttendanceRates(Id groupId) {
    const GroupOverview overview = Show(groupId);
    std::vector<AttendanceRate> rates;
    for (const auto& participant : overview.roster) {
        AttendanceRate rate;
        rate.clientId = participant.enrolment.clientId;
        rate.code = participant.code;
        for (const auto& meeting : overview.meetings) {
            if (!Covers(participant.enrolment, meeting.heldOn)) continue;
            ++rate.meetings;
            const auto mark =
                std::find_if(overview.attendance.begin(), overview.attendance.end(),
                             [&](const AttendanceMark& m) {
                                 return m.meetingId == meeting.id && m.clientId == rate.clientId;
                             });
            const auto attendance =
                mark == overview.attendance.end() ? GroupAttendance::Absent : mark->attendance;
            if (Attended(attendance)) ++rate.attended;
            if (attendance == GroupAttendance::Late) ++rate.late;
            if (attendance == GroupAttendance::Excused) ++rate.excused;
            if (attendance == GroupAttendance::Absent) ++rate.absent;
        }
        if (rate.meetings > 0)
            rate.rate = static_cast<double>(rate.attended) / static_cast<double>(rate.meetings);
        rates.push_back(std::move(rate));
    }
    return rates;
}

std::vector<MeetingCheckins> Groups::CheckinSummary(Id groupId) {
    auto work = m_store.BeginWork();
    RequireGroup(groupId);
    std::vector<MeetingCheckins> summary;
    std::map<std::string, std::optional<assess::Instrument>> instruments;
    for (const auto& meeting : m_groups.Meetings().ForGroup(groupId)) {
        MeetingCheckins row{meeting.id, meeting.heldOn, {}, {}};
        // Scores by subscale, kept apart per instrument version: they compare within one key.
        std::map<std::string, std::vector<double>> scores;
        const assess::Instrument* scoredWith = nullptr;
        for (const auto& checkin : m_groups.Attendance().CheckinsOf(meeting.id)) {
            const auto administration =
                m_assessments.Administrations().Find(checkin.administrationId);
            if (!administration) NotFound("administration", checkin.administrationId);
            Audit(AuditAction::Read, "administration", administration->id);
            auto found = instruments.find(administration->instrumentId);
            if (found == instruments.end()) {
                std::optional<assess::Instrument> instrument;
                try {
                    instrument = m_instruments.GetInstrument(administration->instrumentId);
                } catch (const Error& error) {
                    if (error.Code() != ErrorCode::NotFound) throw;
                }
                found =
                    instruments.emplace(administration->instrumentId, std::move(instrument)).first;
            }
            const auto& instrument = found->second;
            if (!instrument || instrument->version != administration->instrumentVersion) continue;
            if (scoredWith && scoredWith->id != instrument->id) continue;
            scoredWith = &*instrument;
            const auto result = assess::Score(*instrument, administration->answers);
            for (const auto& subscale : result.subscales)
                if (subscale.valid && subscale.score)
                    scores[subscale.subscale].push_back(*subscale.score);
        }
        if (scoredWith) {
            row.instrumentId = scoredWith->id;
            for (const auto& subscale : scoredWith->subscales)
                row.subscales.push_back(Spread(subscale, scores[subscale.id]));
        }
        summary.push_back(std::move(row));
    }
    work->Commit();
    return summary;
}

// --- helpers ---

Group Groups::RequireGroup(Id groupId) {
    auto group = m_groups.Groups().Find(groupId);
    if (!group) NotFound("group", groupId);
    return std::move(*group);
}

GroupMeeting Groups::RequireMeeting(Id meetingId) {
    auto meeting = m_groups.Meetings().Find(meetingId);
    if (!meeting) NotFound("meeting", meetingId);
    return std::move(*meeting);
}

GroupEnrolment Groups::RequireParticipant(const Group& group, Id clientId, Date on) {
    const auto enrolment = m_groups.Enrolments().Find(group.id, clientId);
    if (!enrolment)
        throw Error(ErrorCode::NotFound, "client " + Describe(clientId) +
                                             " is not a participant of group " +
                                             Describe(group.id) + "; enrol them first");
    if (!Covers(*enrolment, on))
        throw Error(ErrorCode::Refused, "client " + Describe(clientId) +
                                            " was not enrolled in group " + Describe(group.id) +
                                            " on " + FormatDate(on));
    return *enrolment;
}

std::string Groups::Actor() {
    std::string name = m_store.Settings().PractitionerName();
    return name.empty() ? "practitioner" : name;
}

void Groups::Audit(AuditAction action, const char* entity, Id id) {
    m_store.Audit().Append({kNoId, Now(), Actor(), action, entity, id});
}

}  // namespace securebase::service

#include "service/homework.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "core/error.h"
#include "core/text.h"
#include "homework/entry_json.h"
#include "homework/entry_validator.h"
#include "homework/schedule.h"
#include "homework/template_json.h"
#include "homework/template_validator.h"
#include "service/instrument_folders.h"

namespace securebase::service {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr const char* kAssignment = "assignment";
constexpr const char* kEntry = "homework_entry";
constexpr const char* kGoal = "goal";

std::string IdText(Id id) { return std::to_string(id); }

[[noreturn]] void UnknownTemplate(const std::string& templateId) {
    throw Error(ErrorCode::NotFound, "no homework template with id '" + templateId +
                                         "'; run `homework templates` to see the ones installed");
}

void ThrowIfAny(const char* context, std::vector<homework::Problem> problems) {
    if (!problems.empty()) throw homework::ProblemsError(context, std::move(problems));
}

Date DayBefore(Date day) { return Date{sys_days{day} - days{1}}; }

DateInterval* OpenPause(Assignment& assignment) {
    for (auto& pause : assignment.schedule.pauses)
        if (!pause.last) return &pause;
    return nullptr;
}

// Ends the assignment on day `on`, closing a pause still going on (or dropping it when it would
// only have begun later).
void CloseOn(Assignment& assignment, Date on) {
    if (DateInterval* pause = OpenPause(assignment)) {
        if (sys_days{on} < sys_days{pause->first})
            std::erase_if(assignment.schedule.pauses, [](const auto& p) { return !p.last; });
        else
            pause->last = on;
    }
    assignment.schedule.ended = on;
}

}  // namespace

const homework::HomeworkTemplate* HomeworkCatalog::Find(std::string_view templateId) const {
    for (const auto& homeworkTemplate : templates)
        if (homeworkTemplate.id == templateId) return &homeworkTemplate;
    return nullptr;
}

std::vector<std::filesystem::path> HomeworkFolders() {
    // Homework templates sit beside the instruments in each forms folder.
    std::vector<std::filesystem::path> folders;
    for (const auto& instruments : InstrumentFolders())
        folders.push_back(instruments.parent_path() / "homework");
    return folders;
}

HomeworkCatalog LoadHomeworkCatalog(const std::vector<std::filesystem::path>& folders) {
    HomeworkCatalog catalog;
    std::set<std::string> ids;
    for (const auto& folder : folders) {
        if (!std::filesystem::is_directory(folder)) continue;
        homework::TemplateLibrary loaded = homework::LoadTemplateFolder(folder);
        for (auto& failure : loaded.failures) catalog.failures.push_back(std::move(failure));
        for (auto& homeworkTemplate : loaded.templates) {
            if (!ids.insert(homeworkTemplate.id).second) {
                catalog.failures.push_back(
                    {folder / (homeworkTemplate.id + ".json"),
                     {{"id", "'" + homeworkTemplate.id +
                                 "' is already installed from an earlier folder; rename its id"}}});
                continue;
            }
            catalog.templates.push_back(std::move(homeworkTemplate));
        }
    }
    std::sort(catalog.templates.begin(), catalog.templates.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    return catalog;
}

Homework::Homework(PracticeStore& store, HomeworkStore& homework,
                   std::vector<std::filesystem::path> templateFolders, std::function<Date()> today)
    : m_store(store),
      m_homework(homework),
      m_folders(std::move(templateFolders)),
      m_today(std::move(today)) {}

HomeworkCatalog Homework::Templates() const { return LoadHomeworkCatalog(m_folders); }

homework::HomeworkTemplate Homework::GetTemplate(const std::string& templateId) const {
    HomeworkCatalog catalog = Templates();
    for (auto& homeworkTemplate : catalog.templates)
        if (homeworkTemplate.id == templateId) return std::move(homeworkTemplate);
    UnknownTemplate(templateId);
}

std::filesystem::path Homework::SaveClinicTemplate(
    const homework::HomeworkTemplate& homeworkTemplate) {
    ThrowIfAny("the template cannot be saved", homework::ValidateTemplate(homeworkTemplate));
    if (m_folders.empty())
        throw Error(ErrorCode::Io, "there is no clinic folder for templates; set XDG_DATA_HOME");
    if (Templates().Find(homeworkTemplate.id))
        throw Error(ErrorCode::Refused, "a homework template with id '" + homeworkTemplate.id +
                                            "' is already installed; give the copy another id");
    const std::filesystem::path folder = m_folders.back();
    std::filesystem::create_directories(folder);
    const std::filesystem::path file = folder / (homeworkTemplate.id + ".json");
    if (std::filesystem::exists(file))
        throw Error(ErrorCode::Refused,
                    "the file " + file.string() + " exists; move it away or pick another id");
    {
        std::ofstream out(file, std::ios::binary);
        out << homework::ToJson(homeworkTemplate);
        if (!out.flush()) throw Error(ErrorCode::Io, "cannot write " + file.string());
    }
    auto work = m_store.BeginWork();
    Audit(AuditAction::Create, "homework_template", kNoId);
    work->Commit();
    return file;
}

Assignment Homework::Assign(const AssignRequest& request) { return AssignAll({request}).front(); }

std::vector<Assignment> Homework::AssignAll(
    const std::vector<AssignRequest>& requests,
    const std::function<void(const std::vector<Assignment>&)>& withinWork) {
    std::vector<Assignment> assignments;
    for (const auto& request : requests) assignments.push_back(NewAssignment(request));
    auto work = m_store.BeginWork();
    for (auto& assignment : assignments) {
        RequireClient(assignment.clientId);
        if (assignment.goalId) {
            const auto goal = m_homework.Goals().Find(*assignment.goalId);
            if (!goal || goal->clientId != assignment.clientId)
                throw Error(ErrorCode::NotFound, "client " + IdText(assignment.clientId) +
                                                     " has no goal with id " +
                                                     IdText(*assignment.goalId));
        }
        assignment.id = m_homework.Assignments().Insert(assignment);
        Audit(AuditAction::Create, kAssignment, assignment.id);
    }
    if (withinWork) withinWork(assignments);
    work->Commit();
    return assignments;
}

Assignment Homework::NewAssignment(const AssignRequest& request) const {
    const homework::HomeworkTemplate homeworkTemplate = GetTemplate(request.templateId);
    Assignment assignment;
    assignment.clientId = request.clientId;
    assignment.templateId = homeworkTemplate.id;
    assignment.templateVersion = homeworkTemplate.version;
    assignment.templateJson = homework::ToJson(homeworkTemplate);
    assignment.instructions = Trim(request.instructions);
    assignment.schedule = request.schedule;
    assignment.schedule.pauses.clear();
    assignment.schedule.ended.reset();
    assignment.goalId = request.goalId;
    assignment.assignedAt = Now();
    ThrowIfAny("the schedule cannot be used", homework::ValidateSchedule(assignment.schedule));
    return assignment;
}

Assignment Homework::Pause(Id assignmentId, Date from) {
    auto work = m_store.BeginWork();
    Assignment assignment = RequireOpen(assignmentId);
    if (OpenPause(assignment))
        throw Error(ErrorCode::Refused,
                    "assignment " + IdText(assignmentId) + " is paused already");
    if (sys_days{from} < sys_days{assignment.schedule.start})
        throw Error(ErrorCode::Invalid, "a pause cannot begin before the assignment starts");
    for (const auto& pause : assignment.schedule.pauses)
        if (pause.last && sys_days{from} <= sys_days{*pause.last})
            throw Error(ErrorCode::Invalid,
                        "a pause cannot begin inside an earlier one; pick a later day");
    assignment.schedule.pauses.push_back({from, std::nullopt});
    assignment = Save(std::move(assignment));
    work->Commit();
    return assignment;
}

Assignment Homework::Resume(Id assignmentId, Date on) {
    auto work = m_store.BeginWork();
    Assignment assignment = RequireOpen(assignmentId);
    DateInterval* pause = OpenPause(assignment);
    if (!pause)
        throw Error(ErrorCode::Refused, "assignment " + IdText(assignmentId) + " is not paused");
    if (sys_days{on} <= sys_days{pause->first})
        // Resumed before a paused day went by: the pause never covered one.
        std::erase_if(assignment.schedule.pauses, [](const auto& p) { return !p.last; });
    else
        pause->last = DayBefore(on);
    assignment = Save(std::move(assignment));
    work->Commit();
    return assignment;
}

Assignment Homework::End(Id assignmentId, Date on) {
    auto work = m_store.BeginWork();
    Assignment assignment = RequireOpen(assignmentId);
    if (sys_days{on} < sys_days{assignment.schedule.start})
        throw Error(ErrorCode::Invalid,
                    "the end cannot be before the assignment starts; pick a later day");
    CloseOn(assignment, on);
    assignment = Save(std::move(assignment));
    work->Commit();
    return assignment;
}

Assignment Homework::Reassign(Id assignmentId, const Schedule& schedule) {
    auto work = m_store.BeginWork();
    Assignment previous = RequireAssignment(assignmentId);
    AssignRequest request;
    request.clientId = previous.clientId;
    request.templateId = previous.templateId;
    request.instructions = previous.instructions;
    request.schedule = schedule;
    request.goalId = previous.goalId;
    Assignment next = NewAssignment(request);
    if (!previous.schedule.ended) {
        const bool later = sys_days{schedule.start} > sys_days{previous.schedule.start};
        CloseOn(previous, later ? DayBefore(schedule.start) : previous.schedule.start);
        Save(std::move(previous));
    }
    next.id = m_homework.Assignments().Insert(next);
    Audit(AuditAction::Create, kAssignment, next.id);
    work->Commit();
    return next;
}

AssignmentSummary Homework::GetAssignment(Id assignmentId) {
    auto work = m_store.BeginWork();
    AssignmentSummary summary = Summarize(RequireAssignment(assignmentId));
    Audit(AuditAction::Read, kAssignment, assignmentId);
    work->Commit();
    return summary;
}

std::vector<AssignmentSummary> Homework::Assignments(Id clientId) {
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    std::vector<AssignmentSummary> list;
    for (auto& assignment : m_homework.Assignments().ListForClient(clientId)) {
        Audit(AuditAction::Read, kAssignment, assignment.id);
        list.push_back(Summarize(std::move(assignment)));
    }
    work->Commit();
    return list;
}

Entry Homework::AddEntry(Id assignmentId, Date writtenOn, const EntryValues& values,
                         const std::string& freeText) {
    auto work = m_store.BeginWork();
    const Assignment assignment = RequireOpen(assignmentId);
    std::vector<homework::Problem> problems =
        homework::ValidateEntry(FrozenTemplate(assignment), values);
    for (auto& problem : homework::CheckEntryDay(assignment.schedule, writtenOn, m_today()))
        problems.push_back(std::move(problem));
    ThrowIfAny("the entry cannot be recorded", std::move(problems));
    Entry entry;
    entry.assignmentId = assignmentId;
    entry.writtenOn = writtenOn;
    entry.recordedAt = Now();
    entry.values = values;
    entry.freeText = Trim(freeText);
    entry.id = m_homework.Entries().Insert(entry);
    Audit(AuditAction::Create, kEntry, entry.id);
    work->Commit();
    return entry;
}

Entry Homework::AddEntryJson(Id assignmentId, Date writtenOn, const std::string& valuesJson,
                             const std::string& freeText) {
    const Assignment assignment = GetAssignment(assignmentId).assignment;
    homework::EntryValuesParse parsed =
        homework::ParseEntryValues(FrozenTemplate(assignment), valuesJson);
    ThrowIfAny("the entry cannot be recorded", std::move(parsed.problems));
    return AddEntry(assignmentId, writtenOn, parsed.values, freeText);
}

std::vector<Entry> Homework::Entries(Id assignmentId) {
    auto work = m_store.BeginWork();
    RequireAssignment(assignmentId);
    auto entries = m_homework.Entries().ListForAssignment(assignmentId);
    for (const auto& entry : entries) Audit(AuditAction::Read, kEntry, entry.id);
    work->Commit();
    return entries;
}

size_t Homework::MarkReviewed(Id assignmentId, Id sessionId) {
    auto work = m_store.BeginWork();
    const Assignment assignment = RequireAssignment(assignmentId);
    const auto session = m_store.Sessions().Find(sessionId);
    if (!session || session->clientId != assignment.clientId)
        throw Error(ErrorCode::NotFound, "client " + IdText(assignment.clientId) +
                                             " has no session with id " + IdText(sessionId));
    const size_t marked = m_homework.Entries().MarkReviewed(assignmentId, sessionId);
    Audit(AuditAction::Update, kAssignment, assignmentId);
    work->Commit();
    return marked;
}

homework::Adherence Homework::Adherence(Id assignmentId, std::optional<Date> asOf) {
    auto work = m_store.BeginWork();
    const Assignment assignment = RequireAssignment(assignmentId);
    std::vector<Date> days;
    for (const auto& entry : m_homework.Entries().ListForAssignment(assignmentId))
        days.push_back(entry.writtenOn);
    Audit(AuditAction::Read, kAssignment, assignmentId);
    work->Commit();
    return homework::ComputeAdherence(assignment.schedule, days, assignment.schedule.start,
                                      asOf.value_or(m_today()));
}

std::vector<homework::TrendSeries> Homework::Trends(Id assignmentId) {
    auto work = m_store.BeginWork();
    const Assignment assignment = RequireAssignment(assignmentId);
    const auto entries = m_homework.Entries().ListForAssignment(assignmentId);
    Audit(AuditAction::Read, kAssignment, assignmentId);
    work->Commit();
    return homework::ComputeTrends(FrozenTemplate(assignment), entries);
}

std::vector<ReviewItem> Homework::SinceLastReview(Id clientId) {
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    std::vector<ReviewItem> items;
    for (auto& assignment : m_homework.Assignments().ListForClient(clientId)) {
        std::vector<Entry> unreviewed;
        for (auto& entry : m_homework.Entries().ListForAssignment(assignment.id))
            if (!entry.reviewedInSession) unreviewed.push_back(std::move(entry));
        if (unreviewed.empty()) continue;
        Audit(AuditAction::Read, kAssignment, assignment.id);
        items.push_back({Summarize(std::move(assignment)), std::move(unreviewed)});
    }
    work->Commit();
    return items;
}

Goal Homework::AddGoal(Id clientId, const std::string& title) {
    Goal goal;
    goal.clientId = clientId;
    goal.title = Trim(title);
    if (goal.title.empty())
        throw Error(ErrorCode::Invalid, "a goal needs a title; say what the client works towards");
    goal.setOn = m_today();
    goal.updatedAt = Now();
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    goal.id = m_homework.Goals().Insert(goal);
    Audit(AuditAction::Create, kGoal, goal.id);
    work->Commit();
    return goal;
}

Goal Homework::UpdateGoal(Id goalId, GoalStatus status, int progress) {
    if (progress < 0 || progress > kGoalProgressMax)
        throw Error(ErrorCode::Invalid, "progress is a percentage from 0 to 100");
    auto work = m_store.BeginWork();
    auto goal = m_homework.Goals().Find(goalId);
    if (!goal) throw Error(ErrorCode::NotFound, "no goal with id " + IdText(goalId));
    goal->status = status;
    goal->progress = progress;
    goal->updatedAt = Now();
    m_homework.Goals().Update(*goal);
    Audit(AuditAction::Update, kGoal, goalId);
    work->Commit();
    return *goal;
}

std::vector<Goal> Homework::Goals(Id clientId) {
    auto work = m_store.BeginWork();
    RequireClient(clientId);
    auto goals = m_homework.Goals().ListForClient(clientId);
    for (const auto& goal : goals) Audit(AuditAction::Read, kGoal, goal.id);
    work->Commit();
    return goals;
}

Assignment Homework::RequireAssignment(Id assignmentId) {
    auto assignment = m_homework.Assignments().Find(assignmentId);
    if (!assignment)
        throw Error(ErrorCode::NotFound, "no assignment with id " + IdText(assignmentId));
    return std::move(*assignment);
}

Assignment Homework::RequireOpen(Id assignmentId) {
    Assignment assignment = RequireAssignment(assignmentId);
    if (assignment.schedule.ended)
        throw Error(ErrorCode::Refused,
                    "assignment " + IdText(assignmentId) + " has ended; re-assign it to continue");
    return assignment;
}

homework::HomeworkTemplate Homework::FrozenTemplate(const Assignment& assignment) const {
    homework::TemplateParse parsed = homework::ParseTemplate(assignment.templateJson);
    if (!parsed.value)
        throw Error(ErrorCode::Damaged, "assignment " + IdText(assignment.id) +
                                            " holds an unreadable template; run verify");
    return std::move(*parsed.value);
}

AssignmentSummary Homework::Summarize(Assignment assignment) {
    AssignmentSummary summary;
    summary.homeworkTemplate = FrozenTemplate(assignment);
    const auto entries = m_homework.Entries().ListForAssignment(assignment.id);
    std::vector<Date> days;
    for (const auto& entry : entries) days.push_back(entry.writtenOn);
    summary.adherence =
        homework::ComputeAdherence(assignment.schedule, days, assignment.schedule.start, m_today());
    summary.entries = entries.size();
    summary.assignment = std::move(assignment);
    return summary;
}

Assignment Homework::Save(Assignment assignment) {
    ThrowIfAny("the schedule cannot be used", homework::ValidateSchedule(assignment.schedule));
    m_homework.Assignments().Update(assignment);
    Audit(AuditAction::Update, kAssignment, assignment.id);
    return assignment;
}

void Homework::RequireClient(Id clientId) {
    if (!m_store.Clients().Find(clientId))
        throw Error(ErrorCode::NotFound, "no client with id " + IdText(clientId));
}

void Homework::Audit(AuditAction action, const char* entity, Id id) {
    std::string actor = m_store.Settings().PractitionerName();
    m_store.Audit().Append(
        {kNoId, Now(), actor.empty() ? "practitioner" : std::move(actor), action, entity, id});
}

}  // namespace securebase::service

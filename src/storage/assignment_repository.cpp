#include "storage/assignment_repository.h"

#include <array>

#include "storage/cached_statement.h"
#include "storage/refused_by_trigger.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT id, client_id, template_id, template_version, template_json, instructions, start_on, "
    "due_on, recurrence, weekdays, weekly_on, goal_id, ended_on, assigned_at "
    "FROM homework_assignments ";

constexpr std::array<std::pair<RecurrenceKind, const char*>, 4> kKinds{{
    {RecurrenceKind::Once, "once"},
    {RecurrenceKind::Daily, "daily"},
    {RecurrenceKind::Weekdays, "weekdays"},
    {RecurrenceKind::Weekly, "weekly"},
}};

[[noreturn]] void Unreadable(Id assignmentId) {
    throw Error(ErrorCode::Damaged, "the vault holds an unreadable assignment " +
                                        std::to_string(assignmentId) +
                                        "; run verify and restore a backup if it fails");
}

std::string Ended(Id assignmentId) {
    return "assignment " + std::to_string(assignmentId) +
           " has ended and cannot change; re-assign it instead";
}

const char* KindText(RecurrenceKind kind) {
    for (const auto& [k, text] : kKinds)
        if (k == kind) return text;
    return "daily";
}

// ISO days: bit 0 is Monday, bit 6 Sunday.
std::int64_t WeekdayMask(const std::vector<std::chrono::weekday>& days) {
    std::int64_t mask = 0;
    for (auto day : days) mask |= std::int64_t{1} << (day.iso_encoding() - 1);
    return mask;
}

std::vector<std::chrono::weekday> WeekdaysOf(std::int64_t mask) {
    std::vector<std::chrono::weekday> days;
    for (unsigned iso = 1; iso <= 7; ++iso)
        if (mask & (std::int64_t{1} << (iso - 1))) days.emplace_back(iso % 7);
    return days;
}

Assignment FromRow(Statement& row) {
    Assignment assignment;
    assignment.id = row.Int(0);
    assignment.clientId = row.Int(1);
    assignment.templateId = row.Text(2);
    assignment.templateVersion = static_cast<int>(row.Int(3));
    assignment.templateJson = row.Text(4);
    assignment.instructions = row.Text(5);
    Schedule& schedule = assignment.schedule;
    schedule.start = RequiredDate(row.Text(6), "homework_assignments.start_on");
    schedule.due = DateFromText(row.OptionalText(7), "homework_assignments.due_on");
    const std::string kind = row.Text(8);
    bool known = false;
    for (const auto& [k, text] : kKinds)
        if (kind == text) {
            schedule.recurrence.kind = k;
            known = true;
        }
    if (!known) Unreadable(assignment.id);
    schedule.recurrence.weekdays = WeekdaysOf(row.Int(9));
    schedule.recurrence.weeklyOn = std::chrono::weekday{static_cast<unsigned>(row.Int(10)) % 7};
    if (schedule.recurrence.kind != RecurrenceKind::Weekdays) schedule.recurrence.weekdays.clear();
    if (const auto goal = row.OptionalInt(11)) assignment.goalId = *goal;
    schedule.ended = DateFromText(row.OptionalText(12), "homework_assignments.ended_on");
    assignment.assignedAt = TimestampFromText(row.Text(13), "homework_assignments.assigned_at");
    return assignment;
}

}  // namespace

SqlcipherAssignmentRepository::SqlcipherAssignmentRepository(Database& db) : m_db(db) {
    // A trigger's refusal is told apart from other constraint failures by its extended code.
    sqlite3_extended_result_codes(m_db.Handle(), 1);
}

Id SqlcipherAssignmentRepository::Insert(const Assignment& assignment) {
    const Schedule& schedule = assignment.schedule;
    const bool ended = schedule.ended.has_value();
    Assignment open = assignment;
    open.schedule.ended.reset();
    CachedStatement(m_db,
                    "INSERT INTO homework_assignments (client_id, template_id, template_version, "
                    "template_json, instructions, start_on, due_on, recurrence, weekdays, "
                    "weekly_on, goal_id, status, assigned_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        ->Bind(1, assignment.clientId)
        .Bind(2, assignment.templateId)
        .Bind(3, assignment.templateVersion)
        .Bind(4, assignment.templateJson)
        .Bind(5, assignment.instructions)
        .Bind(6, FormatDate(schedule.start))
        .Bind(7, DateText(schedule.due))
        .Bind(8, KindText(schedule.recurrence.kind))
        .Bind(9, WeekdayMask(schedule.recurrence.weekdays))
        .Bind(10, static_cast<std::int64_t>(schedule.recurrence.weeklyOn.iso_encoding()))
        .Bind(11, assignment.goalId)
        .Bind(12, ToString(open.Status()))
        .Bind(13, FormatTimestamp(assignment.assignedAt))
        .Run();
    open.id = m_db.LastInsertRowId();
    InsertPauses(open);
    // Pauses go in while it is open; an assignment entered as ended is closed last.
    if (ended) {
        open.schedule.ended = schedule.ended;
        Update(open);
    }
    return open.id;
}

void SqlcipherAssignmentRepository::Update(const Assignment& assignment) {
    RefusedByTrigger(Ended(assignment.id), [&] {
        CachedStatement(m_db, "DELETE FROM homework_pauses WHERE assignment_id = ?1")
            ->Bind(1, assignment.id)
            .Run();
        InsertPauses(assignment);
        CachedStatement(m_db,
                        "UPDATE homework_assignments SET instructions = ?1, due_on = ?2, "
                        "goal_id = ?3, status = ?4, ended_on = ?5 WHERE id = ?6")
            ->Bind(1, assignment.instructions)
            .Bind(2, DateText(assignment.schedule.due))
            .Bind(3, assignment.goalId)
            .Bind(4, ToString(assignment.Status()))
            .Bind(5, DateText(assignment.schedule.ended))
            .Bind(6, assignment.id)
            .Run();
    });
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "no assignment with id " + std::to_string(assignment.id));
}

void SqlcipherAssignmentRepository::InsertPauses(const Assignment& assignment) {
    for (const auto& pause : assignment.schedule.pauses)
        CachedStatement(m_db,
                        "INSERT INTO homework_pauses (assignment_id, first_on, last_on) "
                        "VALUES (?1, ?2, ?3)")
            ->Bind(1, assignment.id)
            .Bind(2, FormatDate(pause.first))
            .Bind(3, DateText(pause.last))
            .Run();
}

std::optional<Assignment> SqlcipherAssignmentRepository::Find(Id assignmentId) const {
    std::optional<Assignment> found;
    {
        CachedStatement select(m_db, std::string(kSelect) + "WHERE id = ?1");
        select->Bind(1, assignmentId);
        if (select->Step()) found = FromRow(*select);
    }
    if (found) LoadPauses(*found);
    return found;
}

std::vector<Assignment> SqlcipherAssignmentRepository::ListForClient(Id clientId) const {
    std::vector<Assignment> list;
    {
        CachedStatement select(m_db, std::string(kSelect) + "WHERE client_id = ?1 ORDER BY id");
        select->Bind(1, clientId);
        while (select->Step()) list.push_back(FromRow(*select));
    }
    for (auto& assignment : list) LoadPauses(assignment);
    return list;
}

void SqlcipherAssignmentRepository::LoadPauses(Assignment& assignment) const {
    CachedStatement select(m_db,
                           "SELECT first_on, last_on FROM homework_pauses "
                           "WHERE assignment_id = ?1 ORDER BY first_on");
    select->Bind(1, assignment.id);
    while (select->Step())
        assignment.schedule.pauses.push_back(
            {RequiredDate(select->Text(0), "homework_pauses.first_on"),
             DateFromText(select->OptionalText(1), "homework_pauses.last_on")});
}

}  // namespace securebase::storage

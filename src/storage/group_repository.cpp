#include "storage/group_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT id, name, kind, weekday, start_minute, duration_minutes, starts_on, meeting_count, "
    "ends_on, capacity, location, curriculum_id, status FROM practice_groups ";

Group FromRow(Statement& row) {
    Group group;
    group.id = row.Int(0);
    group.name = row.Text(1);
    const auto kind = ParseGroupKind(row.Text(2));
    const auto status = ParseGroupStatus(row.Text(12));
    if (!kind || !status)
        throw Error(ErrorCode::Damaged, "the vault holds an unreadable group " +
                                            std::to_string(group.id) +
                                            "; run verify and restore a backup if it fails");
    group.kind = *kind;
    group.status = *status;
    group.weekday = std::chrono::weekday{static_cast<unsigned>(row.Int(3))};
    group.startTime = std::chrono::minutes{row.Int(4)};
    group.duration = std::chrono::minutes{row.Int(5)};
    group.startsOn = RequiredDate(row.Text(6), "practice_groups.starts_on");
    if (const auto count = row.OptionalInt(7)) group.meetingCount = static_cast<int>(*count);
    group.endsOn = DateFromText(row.OptionalText(8), "practice_groups.ends_on");
    group.capacity = static_cast<int>(row.Int(9));
    group.location = row.Text(10);
    group.curriculumId = row.Text(11);
    return group;
}

void BindGroup(Statement& statement, const Group& group) {
    statement.Bind(1, group.name)
        .Bind(2, ToString(group.kind))
        .Bind(3, static_cast<std::int64_t>(group.weekday.c_encoding()))
        .Bind(4, static_cast<std::int64_t>(group.startTime.count()))
        .Bind(5, static_cast<std::int64_t>(group.duration.count()))
        .Bind(6, FormatDate(group.startsOn))
        .Bind(7, group.meetingCount)
        .Bind(8, DateText(group.endsOn))
        .Bind(9, group.capacity)
        .Bind(10, group.location)
        .Bind(11, group.curriculumId)
        .Bind(12, ToString(group.status));
}

}  // namespace

Id SqlcipherGroupRepository::Insert(const Group& group) {
    {
        CachedStatement insert(m_db,
                               "INSERT INTO practice_groups (name, kind, weekday, start_minute, "
                               "duration_minutes, starts_on, meeting_count, ends_on, capacity, "
                               "location, curriculum_id, status) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        BindGroup(*insert, group);
        insert->Run();
    }
    Group stored = group;
    stored.id = m_db.LastInsertRowId();
    SaveFacilitators(stored);
    return stored.id;
}

void SqlcipherGroupRepository::Update(const Group& group) {
    {
        CachedStatement update(m_db,
                               "UPDATE practice_groups SET name = ?1, kind = ?2, weekday = ?3, "
                               "start_minute = ?4, duration_minutes = ?5, starts_on = ?6, "
                               "meeting_count = ?7, ends_on = ?8, capacity = ?9, location = ?10, "
                               "curriculum_id = ?11, status = ?12 WHERE id = ?13");
        BindGroup(*update, group);
        update->Bind(13, group.id).Run();
    }
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "no group with id " + std::to_string(group.id));
    SaveFacilitators(group);
}

std::optional<Group> SqlcipherGroupRepository::Find(Id groupId) const {
    std::optional<Group> found;
    {
        CachedStatement select(m_db, std::string(kSelect) + "WHERE id = ?1");
        select->Bind(1, groupId);
        if (select->Step()) found = FromRow(*select);
    }
    if (found) LoadFacilitators(*found);
    return found;
}

std::vector<Group> SqlcipherGroupRepository::List() const {
    std::vector<Group> groups;
    {
        CachedStatement select(m_db, std::string(kSelect) + "ORDER BY starts_on, id");
        while (select->Step()) groups.push_back(FromRow(*select));
    }
    for (auto& group : groups) LoadFacilitators(group);
    return groups;
}

void SqlcipherGroupRepository::SaveFacilitators(const Group& group) {
    CachedStatement(m_db, "DELETE FROM group_facilitators WHERE group_id = ?1")
        ->Bind(1, group.id)
        .Run();
    for (size_t i = 0; i < group.facilitators.size(); ++i)
        CachedStatement(m_db,
                        "INSERT INTO group_facilitators (group_id, position, name) "
                        "VALUES (?1, ?2, ?3)")
            ->Bind(1, group.id)
            .Bind(2, static_cast<std::int64_t>(i))
            .Bind(3, group.facilitators[i])
            .Run();
}

void SqlcipherGroupRepository::LoadFacilitators(Group& group) const {
    CachedStatement select(m_db,
                           "SELECT name FROM group_facilitators WHERE group_id = ?1 "
                           "ORDER BY position");
    select->Bind(1, group.id);
    while (select->Step()) group.facilitators.push_back(select->Text(0));
}

}  // namespace securebase::storage

#include "storage/group_enrolment_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/row_values.h"

namespace securebase::storage {
namespace {

constexpr const char* kSelect =
    "SELECT group_id, client_id, enrolled_on, left_on, leave_reason FROM group_enrolments ";

GroupEnrolment FromRow(Statement& row) {
    GroupEnrolment enrolment;
    enrolment.groupId = row.Int(0);
    enrolment.clientId = row.Int(1);
    enrolment.enrolledOn = RequiredDate(row.Text(2), "group_enrolments.enrolled_on");
    enrolment.leftOn = DateFromText(row.OptionalText(3), "group_enrolments.left_on");
    enrolment.leaveReason = row.Text(4);
    return enrolment;
}

std::vector<GroupEnrolment> ReadAll(Statement& select) {
    std::vector<GroupEnrolment> list;
    while (select.Step()) list.push_back(FromRow(select));
    return list;
}

void BindEnrolment(Statement& statement, const GroupEnrolment& enrolment) {
    statement.Bind(1, enrolment.groupId)
        .Bind(2, enrolment.clientId)
        .Bind(3, FormatDate(enrolment.enrolledOn))
        .Bind(4, DateText(enrolment.leftOn))
        .Bind(5, enrolment.leaveReason);
}

}  // namespace

void SqlcipherEnrolmentRepository::Insert(const GroupEnrolment& enrolment) {
    CachedStatement insert(m_db,
                           "INSERT INTO group_enrolments (group_id, client_id, enrolled_on, "
                           "left_on, leave_reason) VALUES (?1, ?2, ?3, ?4, ?5)");
    BindEnrolment(*insert, enrolment);
    insert->Run();
}

void SqlcipherEnrolmentRepository::Update(const GroupEnrolment& enrolment) {
    {
        CachedStatement update(m_db,
                               "UPDATE group_enrolments SET enrolled_on = ?3, left_on = ?4, "
                               "leave_reason = ?5 WHERE group_id = ?1 AND client_id = ?2");
        BindEnrolment(*update, enrolment);
        update->Run();
    }
    if (m_db.Changes() == 0)
        throw Error(ErrorCode::NotFound, "client " + std::to_string(enrolment.clientId) +
                                             " is not enrolled in group " +
                                             std::to_string(enrolment.groupId));
}

std::optional<GroupEnrolment> SqlcipherEnrolmentRepository::Find(Id groupId, Id clientId) const {
    CachedStatement select(m_db, std::string(kSelect) + "WHERE group_id = ?1 AND client_id = ?2");
    select->Bind(1, groupId).Bind(2, clientId);
    if (!select->Step()) return std::nullopt;
    return FromRow(*select);
}

std::vector<GroupEnrolment> SqlcipherEnrolmentRepository::ForGroup(Id groupId) const {
    CachedStatement select(m_db, std::string(kSelect) +
                                     "WHERE group_id = ?1 ORDER BY enrolled_on, "
                                     "client_id");
    select->Bind(1, groupId);
    return ReadAll(*select);
}

std::vector<GroupEnrolment> SqlcipherEnrolmentRepository::ForClient(Id clientId) const {
    CachedStatement select(m_db, std::string(kSelect) + "WHERE client_id = ?1 ORDER BY group_id");
    select->Bind(1, clientId);
    return ReadAll(*select);
}

size_t SqlcipherEnrolmentRepository::ActiveCount(Id groupId) const {
    CachedStatement select(m_db,
                           "SELECT count(*) FROM group_enrolments "
                           "WHERE group_id = ?1 AND left_on IS NULL");
    select->Bind(1, groupId).Step();
    return static_cast<size_t>(select->Int(0));
}

}  // namespace securebase::storage

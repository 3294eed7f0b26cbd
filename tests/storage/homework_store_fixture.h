#pragma once

#include <string>

#include "core/error.h"
#include "core/homework_values.h"
#include "repository_test_fixture.h"
#include "storage/sqlcipher_homework_store.h"

namespace securebase::test {

// A migrated vault with one invented client and the homework repositories over it.
struct HomeworkStoreFixture : RepositoryFixture {
    HomeworkStoreFixture() : homework(db) {
        clientId = AddClient("SB-HW0001", "Wrenna", "Calloway");
    }

    static Date Day(const char* iso) { return *ParseDate(iso); }

    Assignment Draft(RecurrenceKind kind = RecurrenceKind::Daily) const {
        Assignment assignment;
        assignment.clientId = clientId;
        assignment.templateId = "trigger_log";
        assignment.templateVersion = 2;
        assignment.templateJson = R"({"id": "trigger_log", "version": 2})";
        assignment.instructions = "Log the evenings after calls home.";
        assignment.schedule.start = Day("2026-03-02");
        assignment.schedule.recurrence.kind = kind;
        if (kind == RecurrenceKind::Once) assignment.schedule.due = Day("2026-03-09");
        assignment.assignedAt = *ParseTimestamp("2026-03-02T09:00:00Z");
        return assignment;
    }

    Entry EntryFor(Id assignmentId, const char* writtenOn = "2026-03-03") const {
        Entry entry;
        entry.assignmentId = assignmentId;
        entry.writtenOn = Day(writtenOn);
        entry.recordedAt = *ParseTimestamp("2026-03-05T15:00:00Z");
        entry.values = {{"intensity_before", std::int64_t{7}}};
        return entry;
    }

    Id SessionFor(Id client) {
        Session session;
        session.clientId = client;
        session.start = *ParseLocalDateTime("2026-03-06 10:00");
        return store->Sessions().Insert(session);
    }

    long long Count(const std::string& table) {
        return *db.QueryInt("SELECT count(*) FROM " + table);
    }

    storage::SqlcipherHomeworkStore homework;
    Id clientId = kNoId;
};

inline bool IsRefused(const Error& error) { return error.Code() == ErrorCode::Refused; }

}  // namespace securebase::test

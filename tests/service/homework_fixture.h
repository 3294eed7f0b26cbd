#pragma once

#include <filesystem>
#include <string>

#include "core/error.h"
#include "practice_fixture.h"
#include "service/homework.h"
#include "storage/sqlcipher_homework_store.h"
#include "support/temp_dir.h"

namespace securebase::test {

// The homework use cases over an in-memory practice with one invented client, the shipped
// templates plus an empty clinic folder of this test's own, and a fixed "today".
struct HomeworkFixture : PracticeFixture {
    HomeworkFixture()
        : homeworkStore(db),
          homework(*store, homeworkStore, {service::HomeworkFolders().front(), clinicFolder},
                   [this] { return today; }) {
        clientId = practice->AdmitClient(Draft()).id;
    }

    static Date Day(const char* iso) { return *ParseDate(iso); }

    Id Assign(RecurrenceKind kind, const char* start, const char* templateId = "trigger_log") {
        service::AssignRequest request;
        request.clientId = clientId;
        request.templateId = templateId;
        request.schedule.start = Day(start);
        request.schedule.recurrence.kind = kind;
        if (kind == RecurrenceKind::Once) request.schedule.due = Day("2026-12-31");
        return homework.Assign(request).id;
    }

    static EntryValues TriggerEntry(std::int64_t intensity) {
        return {{"situation", std::string("a message left unanswered")},
                {"trigger", std::string("silence")},
                {"emotions", std::vector<std::string>{"anxious"}},
                {"intensity_before", intensity}};
    }

    TempDir temp;
    std::filesystem::path clinicFolder = temp / "clinic-homework";
    Date today = Day("2026-12-15");
    storage::SqlcipherHomeworkStore homeworkStore;
    service::Homework homework;
    Id clientId = kNoId;
};

inline bool HasCode(const Error& error, ErrorCode code) { return error.Code() == code; }

}  // namespace securebase::test

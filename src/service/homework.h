#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/homework_repositories.h"
#include "core/repositories.h"
#include "homework/adherence.h"
#include "homework/homework_template.h"
#include "homework/template_library.h"
#include "homework/trends.h"

namespace securebase::service {

// The templates a practice can assign: every folder's files, first folder first.
struct HomeworkCatalog {
    std::vector<homework::HomeworkTemplate> templates;
    std::vector<homework::TemplateLoadFailure> failures;  // bad files and ids loaded twice

    const homework::HomeworkTemplate* Find(std::string_view templateId) const;
};

// Where templates are read from: forms/homework beside each instruments folder of
// InstrumentFolders(), shipped first, then the clinic's own ($XDG_DATA_HOME/securebase/forms).
std::vector<std::filesystem::path> HomeworkFolders();

// Every template in the folders, first folder first; needs no vault (CLI `homework templates`).
HomeworkCatalog LoadHomeworkCatalog(const std::vector<std::filesystem::path>& folders);

// What the practitioner asks for when assigning: the schedule's start, due day and recurrence
// (its pauses and end come later, through Pause/Resume/End).
struct AssignRequest {
    Id clientId = kNoId;
    std::string templateId;
    std::string instructions;
    Schedule schedule;
    std::optional<Id> goalId;
};

// One assignment as a list shows it: the template as frozen when assigned, its adherence today.
struct AssignmentSummary {
    Assignment assignment;
    homework::HomeworkTemplate homeworkTemplate;
    homework::Adherence adherence;
    size_t entries = 0;
};

// What came back for one assignment since it was last talked through in a session.
struct ReviewItem {
    AssignmentSummary summary;
    std::vector<Entry> unreviewed;  // oldest first
};

// The homework use cases. Each public call that touches the vault is one unit of work, audited by
// record id only. Bad input (an unknown template, a rating of 11, an unknown field, an entry for an
// ended assignment) is refused before anything is written.
class Homework {
public:
    // folders: shipped templates first, then the clinic's own (the last one is where
    // SaveClinicTemplate writes). today: the practice's calendar day, injected for tests.
    Homework(PracticeStore& store, HomeworkStore& homework,
             std::vector<std::filesystem::path> templateFolders,
             std::function<Date()> today = Today);

    // Templates: shipped and the clinic's. A malformed file is listed in failures by name and
    // field and never hides the others.
    HomeworkCatalog Templates() const;
    homework::HomeworkTemplate GetTemplate(const std::string& templateId) const;  // NotFound
    // Writes an edited copy (homework::TemplateEditor::Result()) as a new file in the clinic
    // folder; Invalid when it breaks a rule, Refused when its id is taken. Returns the file.
    std::filesystem::path SaveClinicTemplate(const homework::HomeworkTemplate& homeworkTemplate);

    // Assignments. Pause and Resume take the first paused and the first active again day; End
    // the last day work was expected. An ended assignment is final: Reassign gives the same
    // template (as it reads today) with a new schedule, ending the old one the day before.
    Assignment Assign(const AssignRequest& request);
    // Every request in one unit of work, all or nothing, each checked as Assign checks it.
    // withinWork, when given, runs inside that unit with the assignments made (in request order),
    // so a caller can record what the assignments belong to; when it throws, nothing is written.
    std::vector<Assignment> AssignAll(
        const std::vector<AssignRequest>& requests,
        const std::function<void(const std::vector<Assignment>&)>& withinWork = {});
    Assignment Pause(Id assignmentId, Date from);
    Assignment Resume(Id assignmentId, Date on);
    Assignment End(Id assignmentId, Date on);
    Assignment Reassign(Id assignmentId, const Schedule& schedule);
    AssignmentSummary GetAssignment(Id assignmentId);
    std::vector<AssignmentSummary> Assignments(Id clientId);  // oldest first

    // Entries: checked against the template as frozen in the assignment and against the
    // schedule (not in the future, not before the start). Throws homework::ProblemsError
    // (ErrorCode::Invalid) listing every problem by field key.
    Entry AddEntry(Id assignmentId, Date writtenOn, const EntryValues& values,
                   const std::string& freeText);
    // The same with values as a JSON object by field key (src/homework/entry_json.h).
    Entry AddEntryJson(Id assignmentId, Date writtenOn, const std::string& valuesJson,
                       const std::string& freeText);
    std::vector<Entry> Entries(Id assignmentId);  // by day written
    // Links the entries not yet reviewed to the session (of the same client); returns how many.
    size_t MarkReviewed(Id assignmentId, Id sessionId);

    // Adherence from the start up to asOf (today when absent): per occurrence and ISO week,
    // streaks, last entry.
    homework::Adherence Adherence(Id assignmentId, std::optional<Date> asOf = std::nullopt);
    std::vector<homework::TrendSeries> Trends(Id assignmentId);
    // Every assignment of the client with entries not yet reviewed in a session.
    std::vector<ReviewItem> SinceLastReview(Id clientId);

    // Treatment goals.
    Goal AddGoal(Id clientId, const std::string& title);
    Goal UpdateGoal(Id goalId, GoalStatus status, int progress);  // progress 0..100
    std::vector<Goal> Goals(Id clientId);

private:
    Assignment NewAssignment(const AssignRequest& request) const;
    Assignment RequireAssignment(Id assignmentId);
    Assignment RequireOpen(Id assignmentId);
    homework::HomeworkTemplate FrozenTemplate(const Assignment& assignment) const;
    AssignmentSummary Summarize(Assignment assignment);
    Assignment Save(Assignment assignment);
    void RequireClient(Id clientId);
    void Audit(AuditAction action, const char* entity, Id id);

    PracticeStore& m_store;
    HomeworkStore& m_homework;
    std::vector<std::filesystem::path> m_folders;
    std::function<Date()> m_today;
};

}  // namespace securebase::service

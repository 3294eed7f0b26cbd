#include "app/cli/homework_output.h"

#include <Poco/JSON/Parser.h>

#include <cmath>

#include "app/cli/json_output.h"
#include "app/cli/text_table.h"
#include "homework/entry_json.h"
#include "homework/field_text.h"
#include "homework/recurrence_text.h"

namespace securebase::cli {
namespace {

Poco::Dynamic::Var DateOrNull(const std::optional<Date>& date) {
    return date ? Poco::Dynamic::Var(FormatDate(*date)) : Poco::Dynamic::Var();
}

std::string WeekText(const homework::IsoWeek& week) {
    return std::to_string(week.year) + "-W" + (week.week < 10 ? "0" : "") +
           std::to_string(week.week);
}

std::string LastEntryText(const homework::Adherence& adherence) {
    return adherence.lastEntry ? FormatDate(*adherence.lastEntry) : "none";
}

}  // namespace

Poco::JSON::Object::Ptr TemplateSummaryJson(const homework::HomeworkTemplate& homeworkTemplate) {
    auto json = NewJsonObject();
    json->set("id", homeworkTemplate.id);
    json->set("version", homeworkTemplate.version);
    json->set("title", homeworkTemplate.title);
    json->set("purpose", homeworkTemplate.purpose);
    json->set("layout", std::string(homework::ToString(homeworkTemplate.layout)));
    json->set("fields", static_cast<int>(homeworkTemplate.fields.size()));
    json->set("basedOn", homeworkTemplate.basedOn.empty()
                             ? Poco::Dynamic::Var()
                             : Poco::Dynamic::Var(homeworkTemplate.basedOn));
    return json;
}

Poco::JSON::Object::Ptr AssignmentJson(const service::AssignmentSummary& summary) {
    const Assignment& assignment = summary.assignment;
    auto json = NewJsonObject();
    json->set("id", assignment.id);
    json->set("client", assignment.clientId);
    json->set("template", assignment.templateId);
    json->set("templateVersion", assignment.templateVersion);
    json->set("title", summary.homeworkTemplate.title);
    json->set("status", std::string(ToString(assignment.Status())));
    json->set("recurrence", homework::FormatRecurrence(assignment.schedule.recurrence));
    json->set("start", FormatDate(assignment.schedule.start));
    json->set("due", DateOrNull(assignment.schedule.due));
    json->set("ended", DateOrNull(assignment.schedule.ended));
    json->set("goal",
              assignment.goalId ? Poco::Dynamic::Var(*assignment.goalId) : Poco::Dynamic::Var());
    json->set("instructions", assignment.instructions);
    json->set("entries", static_cast<int>(summary.entries));
    json->set("adherence", AdherenceJson(assignment.id, summary.adherence));
    return json;
}

Poco::JSON::Object::Ptr EntryJson(const Entry& entry) {
    auto json = NewJsonObject();
    json->set("id", entry.id);
    json->set("assignment", entry.assignmentId);
    json->set("writtenOn", FormatDate(entry.writtenOn));
    json->set("recordedAt", FormatTimestamp(entry.recordedAt));
    json->set("reviewedInSession", entry.reviewedInSession
                                       ? Poco::Dynamic::Var(*entry.reviewedInSession)
                                       : Poco::Dynamic::Var());
    json->set("values", Poco::JSON::Parser().parse(homework::EntryValuesToJson(entry.values)));
    json->set("freeText", entry.freeText);
    return json;
}

Poco::JSON::Object::Ptr AdherenceJson(Id assignmentId, const homework::Adherence& adherence) {
    auto json = NewJsonObject();
    json->set("assignment", assignmentId);
    json->set("expected", static_cast<int>(adherence.expected));
    json->set("completed", static_cast<int>(adherence.completed));
    json->set("pending", static_cast<int>(adherence.pending));
    const auto rate = adherence.Rate();
    json->set("rate", rate ? Poco::Dynamic::Var(*rate) : Poco::Dynamic::Var());
    json->set("currentStreak", static_cast<int>(adherence.currentStreak));
    json->set("longestStreak", static_cast<int>(adherence.longestStreak));
    json->set("lastEntry", DateOrNull(adherence.lastEntry));
    json->set("entriesOutsideActivePeriod", static_cast<int>(adherence.entriesOutsideActivePeriod));
    Poco::JSON::Array::Ptr weeks = new Poco::JSON::Array;
    for (const auto& week : adherence.weeks) {
        auto item = NewJsonObject();
        item->set("week", WeekText(week.week));
        item->set("expected", static_cast<int>(week.expected));
        item->set("completed", static_cast<int>(week.completed));
        item->set("pending", static_cast<int>(week.pending));
        weeks->add(item);
    }
    json->set("weeks", weeks);
    return json;
}

Poco::JSON::Object::Ptr GoalJson(const Goal& goal) {
    auto json = NewJsonObject();
    json->set("id", goal.id);
    json->set("client", goal.clientId);
    json->set("title", goal.title);
    json->set("status", std::string(ToString(goal.status)));
    json->set("progress", goal.progress);
    json->set("setOn", FormatDate(goal.setOn));
    json->set("updatedAt", FormatTimestamp(goal.updatedAt));
    return json;
}

std::string ScheduleText(const Schedule& schedule) {
    const bool once = schedule.recurrence.kind == RecurrenceKind::Once;
    std::string text = once ? "once" : homework::FormatRecurrence(schedule.recurrence);
    text += " from " + FormatDate(schedule.start);
    if (schedule.due) text += (once ? " due " : " to ") + FormatDate(*schedule.due);
    return text;
}

std::string AdherenceText(const homework::Adherence& adherence) {
    const size_t due = adherence.expected - adherence.pending;
    std::string text = std::to_string(adherence.completed) + "/" + std::to_string(due) + " done";
    if (const auto rate = adherence.Rate())
        text += " (" + std::to_string(static_cast<int>(std::lround(*rate * 100))) + "%)";
    return text + ", streak " + std::to_string(adherence.currentStreak);
}

void PrintAssignments(std::ostream& out, const std::vector<service::AssignmentSummary>& list) {
    TextTable table;
    table.AddRow({"ID", "TEMPLATE", "STATUS", "SCHEDULE", "ENTRIES", "ADHERENCE", "LAST ENTRY"});
    for (const auto& summary : list)
        table.AddRow({std::to_string(summary.assignment.id), summary.assignment.templateId,
                      ToString(summary.assignment.Status()),
                      ScheduleText(summary.assignment.schedule), std::to_string(summary.entries),
                      AdherenceText(summary.adherence), LastEntryText(summary.adherence)});
    table.Print(out);
}

void PrintEntry(std::ostream& out, const homework::HomeworkTemplate& homeworkTemplate,
                const Entry& entry) {
    out << "entry " << entry.id << ", written " << FormatDate(entry.writtenOn) << ", recorded "
        << FormatTimestamp(entry.recordedAt);
    if (entry.reviewedInSession) out << ", reviewed in session " << *entry.reviewedInSession;
    out << "\n";
    for (const auto& field : homeworkTemplate.fields) {
        const auto value = entry.values.find(field.key);
        if (value == entry.values.end()) continue;
        out << "  " << field.label << ": " << homework::FormatFieldValue(field, value->second)
            << "\n";
    }
    if (!entry.freeText.empty()) out << "  Also: " << entry.freeText << "\n";
}

void PrintAdherence(std::ostream& out, const homework::Adherence& adherence) {
    out << AdherenceText(adherence) << ", longest streak " << adherence.longestStreak
        << ", last entry " << LastEntryText(adherence) << "\n";
    if (adherence.pending > 0) out << adherence.pending << " still open\n";
    if (adherence.entriesOutsideActivePeriod > 0)
        out << adherence.entriesOutsideActivePeriod
            << " entries written while paused or outside the schedule (not counted)\n";
    TextTable table;
    table.AddRow({"WEEK", "EXPECTED", "DONE", "OPEN"});
    for (const auto& week : adherence.weeks)
        table.AddRow({WeekText(week.week), std::to_string(week.expected),
                      std::to_string(week.completed), std::to_string(week.pending)});
    table.Print(out);
}

void PrintGoals(std::ostream& out, const std::vector<Goal>& goals) {
    TextTable table;
    table.AddRow({"ID", "STATUS", "PROGRESS", "SET ON", "TITLE"});
    for (const auto& goal : goals)
        table.AddRow({std::to_string(goal.id), ToString(goal.status),
                      std::to_string(goal.progress) + "%", FormatDate(goal.setOn), goal.title});
    table.Print(out);
}

}  // namespace securebase::cli

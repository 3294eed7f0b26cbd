// homework templates | template show | assign | reassign | list | entry add | entries |
// adherence | pause | resume | end | review | reviewed | goal add | goal list | goal progress
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <array>
#include <charconv>
#include <sstream>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/homework_output.h"
#include "app/cli/json_output.h"
#include "app/cli/record_input.h"
#include "app/cli/schedule_options.h"
#include "app/cli/terminal.h"
#include "app/cli/text_table.h"
#include "core/error.h"
#include "homework/field_text.h"
#include "homework/template_json.h"

namespace securebase::cli {
namespace {

// The member of an entry's input that is not a field: template keys are lower_snake, so it can
// never collide with one.
constexpr const char* kFreeText = "freeText";

service::HomeworkCatalog Catalog() {
    return service::LoadHomeworkCatalog(service::HomeworkFolders());
}

const homework::HomeworkTemplate& RequireTemplate(const service::HomeworkCatalog& catalog,
                                                  const std::string& templateId) {
    if (const auto* found = catalog.Find(templateId)) return *found;
    throw Error(ErrorCode::NotFound, "no homework template with id '" + templateId +
                                         "'; run `homework templates` to see the ones installed");
}

std::optional<Id> GoalOption(const CommandContext& context) {
    const auto goal = context.NumberOption("goal", 1, std::numeric_limits<Id>::max());
    if (!goal) return std::nullopt;
    return static_cast<Id>(*goal);
}

std::string Stringify(const Poco::JSON::Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

// One prompt per field the client can answer on one line; steps only come as JSON.
std::vector<std::pair<std::string, std::string>> EntryPrompts(
    const homework::HomeworkTemplate& homeworkTemplate) {
    std::vector<std::pair<std::string, std::string>> prompts;
    for (const auto& field : homeworkTemplate.fields) {
        if (field.type == homework::FieldType::Steps) continue;
        std::string label = field.label;
        if (field.type == homework::FieldType::Rating) label += " (0-10)";
        if (field.type == homework::FieldType::List ||
            field.type == homework::FieldType::MultiChoice)
            label += " (separate with ;)";
        prompts.emplace_back(field.key, label);
    }
    prompts.emplace_back(kFreeText, "Anything else the client added");
    return prompts;
}

int PrintSummary(CommandContext& context, const service::AssignmentSummary& summary) {
    if (context.Json()) {
        PrintJson(context.Out(), AssignmentJson(summary));
        return 0;
    }
    PrintAssignments(context.Out(), {summary});
    return 0;
}

// Pause, resume and end: one assignment, one day (today unless --date).
template <typename Change>
int ChangeAssignment(CommandContext& context, Change change, const char* done) {
    context.ExpectAtMost(1);
    const Id id = context.IdArgument(0, "ASSIGNMENT");
    const Date day = context.DateOption("date", Today());
    auto vault = context.OpenVault();
    change(vault->Homework(), id, day);
    if (context.Json()) return PrintSummary(context, vault->Homework().GetAssignment(id));
    context.Out() << "assignment " << id << " " << done << " " << FormatDate(day) << "\n";
    return 0;
}

bool IsNumber(const std::string& text) {
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    return ec == std::errc{} && end == text.data() + text.size();
}

int HomeworkTemplates(CommandContext& context) {
    context.ExpectAtMost(0);
    const service::HomeworkCatalog catalog = Catalog();
    if (context.Json()) {
        auto json = NewJsonObject();
        Poco::JSON::Array::Ptr templates = new Poco::JSON::Array;
        for (const auto& homeworkTemplate : catalog.templates)
            templates->add(TemplateSummaryJson(homeworkTemplate));
        Poco::JSON::Array::Ptr failures = new Poco::JSON::Array;
        for (const auto& failure : catalog.failures) {
            auto item = NewJsonObject();
            item->set("file", failure.file.string());
            item->set("error", failure.Message());
            failures->add(item);
        }
        json->set("templates", templates);
        json->set("failures", failures);
        PrintJson(context.Out(), json);
        return 0;
    }
    TextTable table;
    table.AddRow({"ID", "VERSION", "FIELDS", "TITLE"});
    for (const auto& homeworkTemplate : catalog.templates)
        table.AddRow({homeworkTemplate.id, std::to_string(homeworkTemplate.version),
                      std::to_string(homeworkTemplate.fields.size()), homeworkTemplate.title});
    table.Print(context.Out());
    for (const auto& failure : catalog.failures)
        context.Out() << "\nnot loaded: " << failure.Message() << "\n";
    return 0;
}

int HomeworkTemplateShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const service::HomeworkCatalog catalog = Catalog();
    const auto& found = RequireTemplate(catalog, context.Argument(0, "template ID"));
    if (context.Json()) {
        PrintJson(context.Out(), Poco::JSON::Parser().parse(homework::ToJson(found)));
        return 0;
    }
    auto& out = context.Out();
    out << found.title << " (" << found.id << ", version " << found.version << ")\n";
    if (!found.notice.empty()) out << "NOTE: " << found.notice << "\n";
    out << "Purpose: " << found.purpose << "\n\n" << found.instructions << "\n\n";
    TextTable fields;
    fields.AddRow({"KEY", "TYPE", "REQUIRED", "TREND", "LABEL"});
    for (const auto& field : found.fields)
        fields.AddRow({field.key, homework::ToString(field.type), field.required ? "yes" : "",
                       field.trend ? "yes" : "", field.label});
    fields.Print(out);
    return 0;
}

int HomeworkAssign(CommandContext& context) {
    context.ExpectAtMost(2);
    const std::string& which = context.Argument(0, "client ID or CODE");
    service::AssignRequest request;
    request.templateId = context.Argument(1, "template ID");
    request.schedule = ScheduleOptions(context, "start", Today());
    request.goalId = GoalOption(context);
    if (const auto file = context.Option("instructions-file"))
        request.instructions = ReadTextFile(*file);
    auto vault = context.OpenVault();
    request.clientId = vault->Records().FindClient(which).id;
    const Assignment assignment = vault->Homework().Assign(request);
    if (context.Json())
        return PrintSummary(context, vault->Homework().GetAssignment(assignment.id));
    context.Out() << "assignment " << assignment.id << ": " << assignment.templateId << ", "
                  << ScheduleText(assignment.schedule) << "\n";
    return 0;
}

int HomeworkReassign(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id id = context.IdArgument(0, "ASSIGNMENT");
    const Schedule schedule = ScheduleOptions(context, "start", Today());
    auto vault = context.OpenVault();
    const Assignment next = vault->Homework().Reassign(id, schedule);
    if (context.Json()) return PrintSummary(context, vault->Homework().GetAssignment(next.id));
    context.Out() << "assignment " << id << " ended; assignment " << next.id << ": "
                  << next.templateId << ", " << ScheduleText(next.schedule) << "\n";
    return 0;
}

int HomeworkList(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    const auto list = vault->Homework().Assignments(vault->Records().FindClient(which).id);
    if (context.Json()) {
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& summary : list) json->add(AssignmentJson(summary));
        PrintJson(context.Out(), json);
        return 0;
    }
    PrintAssignments(context.Out(), list);
    return 0;
}

int HomeworkEntryAdd(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id id = context.IdArgument(0, "ASSIGNMENT");
    const Date writtenOn = context.DateOption("date", Today());
    auto vault = context.OpenVault();
    auto& homework = vault->Homework();
    const service::AssignmentSummary summary = homework.GetAssignment(id);
    const bool prompted = !context.Has("input") && StdinIsTerminal();
    const auto prompts = EntryPrompts(summary.homeworkTemplate);
    std::vector<PromptField> fields;
    for (const auto& [key, label] : prompts) fields.push_back({key, label});
    Poco::JSON::Object::Ptr record = ReadRecord(context, fields);
    std::string freeText;
    if (record->has(kFreeText)) {
        freeText = record->getValue<std::string>(kFreeText);
        record->remove(kFreeText);
    }
    Entry entry;
    if (prompted) {
        EntryValues values;
        for (const auto& field : summary.homeworkTemplate.fields)
            if (record->has(field.key))
                values[field.key] =
                    homework::ParseFieldText(field, record->getValue<std::string>(field.key));
        entry = homework.AddEntry(id, writtenOn, values, freeText);
    } else {
        entry = homework.AddEntryJson(id, writtenOn, Stringify(record), freeText);
    }
    if (context.Json()) {
        PrintJson(context.Out(), EntryJson(entry));
        return 0;
    }
    context.Out() << "entry " << entry.id << " recorded for assignment " << id << ", written "
                  << FormatDate(entry.writtenOn) << "\n";
    return 0;
}

int HomeworkEntries(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id id = context.IdArgument(0, "ASSIGNMENT");
    auto vault = context.OpenVault();
    const service::AssignmentSummary summary = vault->Homework().GetAssignment(id);
    const auto entries = vault->Homework().Entries(id);
    if (context.Json()) {
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& entry : entries) json->add(EntryJson(entry));
        PrintJson(context.Out(), json);
        return 0;
    }
    context.Out() << summary.homeworkTemplate.title << ", assignment " << id << "\n";
    for (const auto& entry : entries) PrintEntry(context.Out(), summary.homeworkTemplate, entry);
    return 0;
}

int HomeworkAdherence(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "ASSIGNMENT or client CODE");
    auto vault = context.OpenVault();
    auto& homework = vault->Homework();
    std::vector<service::AssignmentSummary> list;
    if (IsNumber(which))
        list.push_back(homework.GetAssignment(context.IdArgument(0, "ASSIGNMENT")));
    else
        list = homework.Assignments(vault->Records().FindClient(which).id);
    if (context.Json()) {
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& summary : list)
            json->add(AdherenceJson(summary.assignment.id, summary.adherence));
        PrintJson(context.Out(), IsNumber(which) ? Poco::Dynamic::Var(json->getObject(0))
                                                 : Poco::Dynamic::Var(json));
        return 0;
    }
    for (const auto& summary : list) {
        context.Out() << "assignment " << summary.assignment.id << " ("
                      << summary.assignment.templateId << ", "
                      << ScheduleText(summary.assignment.schedule) << "): ";
        PrintAdherence(context.Out(), summary.adherence);
    }
    return 0;
}

int HomeworkPause(CommandContext& context) {
    return ChangeAssignment(
        context, [](service::Homework& h, Id id, Date day) { h.Pause(id, day); }, "paused from");
}

int HomeworkResume(CommandContext& context) {
    return ChangeAssignment(
        context, [](service::Homework& h, Id id, Date day) { h.Resume(id, day); }, "resumed on");
}

int HomeworkEnd(CommandContext& context) {
    return ChangeAssignment(
        context, [](service::Homework& h, Id id, Date day) { h.End(id, day); }, "ended on");
}

int HomeworkReview(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    const auto items = vault->Homework().SinceLastReview(vault->Records().FindClient(which).id);
    if (context.Json()) {
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& item : items) {
            auto object = AssignmentJson(item.summary);
            Poco::JSON::Array::Ptr entries = new Poco::JSON::Array;
            for (const auto& entry : item.unreviewed) entries->add(EntryJson(entry));
            object->set("unreviewed", entries);
            json->add(object);
        }
        PrintJson(context.Out(), json);
        return 0;
    }
    if (items.empty()) context.Out() << "nothing new since the last review\n";
    for (const auto& item : items) {
        context.Out() << "assignment " << item.summary.assignment.id << " ("
                      << item.summary.homeworkTemplate.title << "), "
                      << AdherenceText(item.summary.adherence) << "\n";
        for (const auto& entry : item.unreviewed)
            PrintEntry(context.Out(), item.summary.homeworkTemplate, entry);
    }
    return 0;
}

int HomeworkReviewed(CommandContext& context) {
    context.ExpectAtMost(2);
    const Id id = context.IdArgument(0, "ASSIGNMENT");
    const Id sessionId = context.IdArgument(1, "SESSION");
    auto vault = context.OpenVault();
    const size_t marked = vault->Homework().MarkReviewed(id, sessionId);
    context.Out() << marked << " entries of assignment " << id << " reviewed in session "
                  << sessionId << "\n";
    return 0;
}

int HomeworkGoalAdd(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    const Id clientId = vault->Records().FindClient(which).id;
    const Goal goal = vault->Homework().AddGoal(clientId, ReadText(context, "Goal"));
    if (context.Json()) {
        PrintJson(context.Out(), GoalJson(goal));
        return 0;
    }
    context.Out() << "goal " << goal.id << " added\n";
    return 0;
}

int HomeworkGoalList(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    const auto goals = vault->Homework().Goals(vault->Records().FindClient(which).id);
    if (context.Json()) {
        Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
        for (const auto& goal : goals) json->add(GoalJson(goal));
        PrintJson(context.Out(), json);
        return 0;
    }
    PrintGoals(context.Out(), goals);
    return 0;
}

int HomeworkGoalProgress(CommandContext& context) {
    context.ExpectAtMost(2);
    const Id id = context.IdArgument(0, "GOAL");
    const std::string& percent = context.Argument(1, "PERCENT");
    int progress = -1;
    const auto [end, ec] =
        std::from_chars(percent.data(), percent.data() + percent.size(), progress);
    if (ec != std::errc{} || end != percent.data() + percent.size())
        throw Error(ErrorCode::Usage, "PERCENT is a whole number from 0 to 100");
    GoalStatus status = GoalStatus::Active;
    if (const auto text = context.Option("status")) {
        const auto parsed = ParseGoalStatus(*text);
        if (!parsed)
            throw Error(ErrorCode::Usage, "--status of a goal: active, achieved or dropped");
        status = *parsed;
    }
    auto vault = context.OpenVault();
    const Goal goal = vault->Homework().UpdateGoal(id, status, progress);
    if (context.Json()) {
        PrintJson(context.Out(), GoalJson(goal));
        return 0;
    }
    context.Out() << "goal " << goal.id << ": " << ToString(goal.status) << ", " << goal.progress
                  << "%\n";
    return 0;
}

}  // namespace

std::span<const Command> HomeworkCommands() {
    static constexpr std::array<Command, 16> kCommands{{
        {"homework templates", "", "homework templates installed (shipped and the clinic's own)",
         HomeworkTemplates},
        {"homework template show", "ID", "one template: purpose, instructions, fields",
         HomeworkTemplateShow},
        {"homework assign",
         "ID|CODE TEMPLATE [--start D] [--due D] [--daily | --weekdays mon,wed | --weekly DAY] "
         "[--goal G] [--instructions-file F]",
         "give a client homework; without a recurrence it is a one-off due on --due",
         HomeworkAssign},
        {"homework reassign",
         "ASSIGNMENT [--start D] [--due D] [--daily | --weekdays L | --weekly D]",
         "the same template again with a new schedule; the old one ends the day before",
         HomeworkReassign},
        {"homework list", "ID|CODE", "a client's assignments with adherence", HomeworkList},
        {"homework entry add", "ASSIGNMENT [--date D] [--input FILE]",
         "record what the client brought back: JSON by field key (and \"freeText\"), or prompts",
         HomeworkEntryAdd},
        {"homework entries", "ASSIGNMENT", "the entries of an assignment, by day written",
         HomeworkEntries},
        {"homework adherence", "ASSIGNMENT|CODE",
         "done against expected, per week, streaks, last entry (one assignment, or a client's)",
         HomeworkAdherence},
        {"homework pause", "ASSIGNMENT [--date D]", "expect nothing from that day on",
         HomeworkPause},
        {"homework resume", "ASSIGNMENT [--date D]", "expect work again from that day",
         HomeworkResume},
        {"homework end", "ASSIGNMENT [--date D]", "end it after that day; it cannot reopen",
         HomeworkEnd},
        {"homework review", "ID|CODE", "what came back since it was last reviewed in a session",
         HomeworkReview},
        {"homework reviewed", "ASSIGNMENT SESSION", "mark its new entries reviewed in the session",
         HomeworkReviewed},
        {"homework goal add", "ID|CODE [--input FILE]",
         "add a treatment goal; its title is read like a record", HomeworkGoalAdd},
        {"homework goal list", "ID|CODE", "a client's treatment goals", HomeworkGoalList},
        {"homework goal progress", "GOAL PERCENT [--status active|achieved|dropped]",
         "record progress towards a goal", HomeworkGoalProgress},
    }};
    return kCommands;
}

}  // namespace securebase::cli

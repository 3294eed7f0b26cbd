// group create | list | show | enrol | leave | meeting add | attendance | checkin | report |
// certificate
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include <Poco/JSON/Array.h>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/homework_output.h"
#include "app/cli/json_output.h"
#include "app/cli/record_input.h"
#include "app/cli/schedule_options.h"
#include "app/cli/text_table.h"
#include "core/error.h"
#include "core/text.h"

namespace securebase::cli {
namespace {

using Poco::JSON::Object;

constexpr const char* kCheckIn = "weekly_secure_base_checkin";
constexpr std::array<const char*, 7> kWeekdays{"sunday",   "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};

[[noreturn]] void Bad(const std::string& field, const std::string& what) {
    throw Error(ErrorCode::Invalid, "field \"" + field + "\" " + what + "; nothing was saved");
}

std::string Text(const Object& object, const std::string& key) {
    const Poco::Dynamic::Var value = object.get(key);
    if (value.isEmpty()) return {};
    if (!value.isString()) Bad(key, "must be text");
    return value.extract<std::string>();
}

std::optional<int> Number(const Object& object, const std::string& key) {
    const Poco::Dynamic::Var value = object.get(key);
    if (value.isEmpty()) return std::nullopt;
    if (!value.isInteger()) Bad(key, "must be a whole number");
    return value.convert<int>();
}

std::optional<Date> DateField(const Object& object, const std::string& key) {
    const std::string text = Trim(Text(object, key));
    if (text.empty()) return std::nullopt;
    const auto date = ParseDate(text);
    if (!date) Bad(key, "is not a date: use YYYY-MM-DD");
    return date;
}

std::string Clock(std::chrono::minutes time) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(time.count() / 60),
                  static_cast<int>(time.count() % 60));
    return text;
}

std::string Percent(const std::optional<double>& rate) {
    return rate ? std::to_string(static_cast<int>(std::lround(*rate * 100))) + "%" : "-";
}

std::string Fixed(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

Group GroupFrom(const Object& fields) {
    static const std::array<const char*, 12> kKnown{
        "name",     "kind",     "facilitators", "weekday",  "startTime", "duration",
        "startsOn", "meetings", "endsOn",       "capacity", "location",  "curriculum"};
    for (const auto& [key, value] : fields)
        if (std::find(kKnown.begin(), kKnown.end(), key) == kKnown.end())
            Bad(key, "is not a group field");
    Group group;
    group.name = Trim(Text(fields, "name"));
    if (const std::string kind = Text(fields, "kind"); !kind.empty()) {
        const auto parsed = ParseGroupKind(ToLower(kind));
        if (!parsed) Bad("kind", "takes support, psychoeducation or therapy");
        group.kind = *parsed;
    }
    if (fields.has("facilitators")) {
        if (!fields.isArray("facilitators")) Bad("facilitators", "must be a list of names");
        for (const auto& name : *fields.getArray("facilitators")) {
            if (!name.isString()) Bad("facilitators", "must be a list of names");
            group.facilitators.push_back(name.extract<std::string>());
        }
    }
    const std::string weekday = ToLower(Trim(Text(fields, "weekday")));
    const auto day = std::find(kWeekdays.begin(), kWeekdays.end(), weekday);
    if (day == kWeekdays.end()) Bad("weekday", "takes a day of the week, e.g. thursday");
    group.weekday = std::chrono::weekday{static_cast<unsigned>(day - kWeekdays.begin())};
    if (const std::string time = Trim(Text(fields, "startTime")); !time.empty()) {
        const auto moment = ParseLocalDateTime("2000-01-01 " + time);
        if (!moment) Bad("startTime", "is not a time: use HH:MM");
        group.startTime = std::chrono::duration_cast<std::chrono::minutes>(
            *moment - std::chrono::floor<std::chrono::days>(*moment));
    }
    if (const auto minutes = Number(fields, "duration"))
        group.duration = std::chrono::minutes{*minutes};
    const auto startsOn = DateField(fields, "startsOn");
    if (!startsOn) Bad("startsOn", "is required: the first meeting, YYYY-MM-DD");
    group.startsOn = *startsOn;
    group.meetingCount = Number(fields, "meetings");
    group.endsOn = DateField(fields, "endsOn");
    if (const auto capacity = Number(fields, "capacity")) group.capacity = *capacity;
    group.location = Text(fields, "location");
    group.curriculumId = Trim(Text(fields, "curriculum"));
    return group;
}

Poco::JSON::Object::Ptr GroupJson(const Group& group, size_t enrolled) {
    auto json = NewJsonObject();
    json->set("id", group.id);
    json->set("name", group.name);
    json->set("kind", std::string(ToString(group.kind)));
    Poco::JSON::Array::Ptr facilitators = new Poco::JSON::Array;
    for (const auto& name : group.facilitators) facilitators->add(name);
    json->set("facilitators", facilitators);
    json->set("weekday", std::string(kWeekdays[group.weekday.c_encoding()]));
    json->set("startTime", Clock(group.startTime));
    json->set("duration", static_cast<int>(group.duration.count()));
    json->set("startsOn", FormatDate(group.startsOn));
    json->set("lastDay", FormatDate(group.LastDay()));
    json->set("meetings",
              group.meetingCount ? Poco::Dynamic::Var(*group.meetingCount) : Poco::Dynamic::Var());
    json->set("capacity", group.capacity);
    json->set("enrolled", static_cast<int>(enrolled));
    json->set("location", group.location);
    json->set("curriculum", group.curriculumId.empty() ? Poco::Dynamic::Var()
                                                       : Poco::Dynamic::Var(group.curriculumId));
    json->set("status", std::string(ToString(group.status)));
    return json;
}

size_t Enrolled(const service::GroupOverview& overview) {
    size_t count = 0;
    for (const auto& participant : overview.roster) count += participant.enrolment.Active();
    return count;
}

// A participant named on the command line or in input: a record id or a client code.
Id ClientId(service::VaultSession& vault, const std::string& idOrCode) {
    return vault.Records().FindClient(idOrCode).id;
}

}  // namespace

int GroupCreate(CommandContext& context) {
    context.ExpectAtMost(0);
    const Group draft = GroupFrom(*ReadRecord(context, {}));
    auto vault = context.OpenVault();
    const Group group = vault->Groups().Create(draft);
    if (context.Json()) {
        PrintJson(context.Out(), GroupJson(group, 0));
        return 0;
    }
    context.Out() << "created group " << group.id << " (" << ToString(group.kind) << ", "
                  << kWeekdays[group.weekday.c_encoding()] << "s at " << Clock(group.startTime)
                  << ", " << FormatDate(group.startsOn) << " to " << FormatDate(group.LastDay())
                  << ")\n";
    return 0;
}

int GroupList(CommandContext& context) {
    context.ExpectAtMost(0);
    auto vault = context.OpenVault();
    Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
    TextTable table;
    table.AddRow({"ID", "NAME", "KIND", "DAY", "TIME", "FROM", "TO", "PLACES", "STATUS"});
    for (const auto& group : vault->Groups().List()) {
        const size_t enrolled = vault->Groups().PlacesTaken(group.id);
        json->add(GroupJson(group, enrolled));
        table.AddRow({std::to_string(group.id), group.name, ToString(group.kind),
                      kWeekdays[group.weekday.c_encoding()], Clock(group.startTime),
                      FormatDate(group.startsOn), FormatDate(group.LastDay()),
                      std::to_string(enrolled) + "/" + std::to_string(group.capacity),
                      ToString(group.status)});
    }
    if (context.Json()) {
        PrintJson(context.Out(), json);
        return 0;
    }
    table.Print(context.Out());
    return 0;
}

int GroupShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id groupId = context.IdArgument(0, "GROUP");
    auto vault = context.OpenVault();
    const auto overview = vault->Groups().Show(groupId);
    const auto mark = [&](Id meetingId, Id clientId) -> std::string {
        for (const auto& m : overview.attendance)
            if (m.meetingId == meetingId && m.clientId == clientId) return ToString(m.attendance);
        return "";
    };
    if (context.Json()) {
        auto json = GroupJson(overview.group, Enrolled(overview));
        Poco::JSON::Array::Ptr roster = new Poco::JSON::Array;
        for (const auto& participant : overview.roster) {
            auto item = NewJsonObject();
            item->set("clientId", participant.enrolment.clientId);
            item->set("code", participant.code);
            item->set("name", participant.displayName);
            item->set("enrolledOn", FormatDate(participant.enrolment.enrolledOn));
            item->set("leftOn", participant.enrolment.leftOn
                                    ? Poco::Dynamic::Var(FormatDate(*participant.enrolment.leftOn))
                                    : Poco::Dynamic::Var());
            roster->add(item);
        }
        Poco::JSON::Array::Ptr meetings = new Poco::JSON::Array;
        for (const auto& meeting : overview.meetings) {
            auto item = NewJsonObject();
            item->set("id", meeting.id);
            item->set("date", FormatDate(meeting.heldOn));
            item->set("topic", meeting.topic);
            item->set("groupNote", meeting.groupNote);
            auto attendance = NewJsonObject();
            for (const auto& participant : overview.roster)
                if (const auto text = mark(meeting.id, participant.enrolment.clientId);
                    !text.empty())
                    attendance->set(participant.code, text);
            item->set("attendance", attendance);
            meetings->add(item);
        }
        json->set("roster", roster);
        json->set("history", meetings);
        PrintJson(context.Out(), json);
        return 0;
    }
    const Group& group = overview.group;
    context.Out() << group.name << " (group " << group.id << ", " << ToString(group.kind) << ", "
                  << ToString(group.status) << ")\n"
                  << kWeekdays[group.weekday.c_encoding()] << "s at " << Clock(group.startTime)
                  << " for " << group.duration.count() << " min, " << FormatDate(group.startsOn)
                  << " to " << FormatDate(group.LastDay()) << ", " << Enrolled(overview) << "/"
                  << group.capacity << " places" << (group.location.empty() ? "" : ", ")
                  << group.location << "\n";
    if (!group.facilitators.empty())
        context.Out() << "Facilitators: " << Join(group.facilitators, ", ") << "\n";
    TextTable roster;
    std::vector<std::string> header{"CODE", "NAME", "JOINED", "LEFT"};
    for (const auto& meeting : overview.meetings) header.push_back(FormatDate(meeting.heldOn));
    roster.AddRow(header);
    for (const auto& participant : overview.roster) {
        std::vector<std::string> row{
            participant.code, participant.displayName, FormatDate(participant.enrolment.enrolledOn),
            participant.enrolment.leftOn ? FormatDate(*participant.enrolment.leftOn) : ""};
        for (const auto& meeting : overview.meetings)
            row.push_back(mark(meeting.id, participant.enrolment.clientId));
        roster.AddRow(row);
    }
    context.Out() << "\n";
    roster.Print(context.Out());
    context.Out() << "\n";
    TextTable meetings;
    meetings.AddRow({"MEETING", "DATE", "TOPIC"});
    for (const auto& meeting : overview.meetings)
        meetings.AddRow({std::to_string(meeting.id), FormatDate(meeting.heldOn), meeting.topic});
    meetings.Print(context.Out());
    return 0;
}

int GroupEnrol(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id groupId = context.IdArgument(0, "GROUP");
    const Date on = context.DateOption("date", Today());
    const auto fields = ReadRecord(context, {});
    for (const auto& [key, value] : *fields)
        if (key != "client" && key != "preferredName" && key != "code")
            Bad(key, "is not an enrolment field (client, or preferredName and code)");
    auto vault = context.OpenVault();
    const std::string existing = Trim(Text(*fields, "client"));
    if (!existing.empty()) {
        const Client client = vault->Records().FindClient(existing);
        vault->Groups().Enrol(groupId, client.id, on);
        context.Out() << "enrolled client " << client.code << " in group " << groupId << "\n";
        return 0;
    }
    const Client client = vault->Groups().EnrolNew(
        groupId, {Text(*fields, "preferredName"), Text(*fields, "code")}, on);
    context.Out() << "enrolled new client " << client.code << " in group " << groupId << "\n";
    return 0;
}

int GroupLeave(CommandContext& context) {
    context.ExpectAtMost(2);
    const Id groupId = context.IdArgument(0, "GROUP");
    const std::string& which = context.Argument(1, "client ID or CODE");
    const Date on = context.DateOption("date", Today());
    const auto file = context.Option("reason-file");
    const std::string reason = file ? ReadTextFile(*file) : ReadText(context, "Reason for leaving");
    auto vault = context.OpenVault();
    const Client client = vault->Records().FindClient(which);
    vault->Groups().Leave(groupId, client.id, on, reason);
    context.Out() << "client " << client.code << " left group " << groupId << " on "
                  << FormatDate(on) << "\n";
    return 0;
}

int GroupMeetingAdd(CommandContext& context) {
    context.ExpectAtMost(1);
    GroupMeeting meeting;
    meeting.groupId = context.IdArgument(0, "GROUP");
    if (!context.Has("date")) throw Error(ErrorCode::Usage, "meeting add needs --date YYYY-MM-DD");
    meeting.heldOn = context.DateOption("date", Today());
    const auto fields = ReadRecord(context, {});
    for (const auto& [key, value] : *fields)
        if (key != "curriculumMeeting" && key != "topic" && key != "groupNote")
            Bad(key, "is not a meeting field (curriculumMeeting, topic, groupNote)");
    if (const auto number = Number(*fields, "curriculumMeeting"))
        meeting.curriculumIndex = *number - 1;
    meeting.topic = Text(*fields, "topic");
    meeting.groupNote = Text(*fields, "groupNote");
    auto vault = context.OpenVault();
    meeting = vault->Groups().AddMeeting(meeting);
    if (context.Json()) {
        auto json = NewJsonObject();
        json->set("id", meeting.id);
        json->set("date", FormatDate(meeting.heldOn));
        json->set("topic", meeting.topic);
        PrintJson(context.Out(), json);
        return 0;
    }
    context.Out() << "added meeting " << meeting.id << " on " << FormatDate(meeting.heldOn) << "\n";
    return 0;
}

int GroupMarkAttendance(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id meetingId = context.IdArgument(0, "MEETING");
    const auto fields = ReadRecord(context, {});
    auto vault = context.OpenVault();
    std::vector<std::pair<Id, securebase::GroupAttendance>> marks;
    std::vector<std::pair<Id, std::string>> notes;
    for (const auto& [who, value] : *fields) {
        // Resolve first: a key that is not a known code is refused without being echoed.
        const Id clientId = ClientId(*vault, who);
        std::string markText;
        if (value.isString()) {
            markText = value.extract<std::string>();
        } else if (fields->isObject(who)) {
            const auto entry = fields->getObject(who);
            markText = Text(*entry, "attendance");
            if (const std::string note = Text(*entry, "note"); !Trim(note).empty())
                notes.emplace_back(clientId, note);
        }
        const auto mark = ParseGroupAttendance(ToLower(Trim(markText)));
        if (!mark) Bad(who, "takes present, late, excused or absent");
        marks.emplace_back(clientId, *mark);
    }
    vault->Groups().RecordAttendance(meetingId, marks);
    for (const auto& [clientId, note] : notes)
        vault->Groups().SaveParticipantNote(meetingId, clientId, note);
    context.Out() << "recorded attendance of " << marks.size() << " participants at meeting "
                  << meetingId << (notes.empty() ? "" : ", with ")
                  << (notes.empty() ? "" : std::to_string(notes.size()) + " notes") << "\n";
    return 0;
}

int GroupRecordCheckins(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id meetingId = context.IdArgument(0, "MEETING");
    const auto fields = ReadRecord(context, {});
    std::string instrument = Trim(Text(*fields, "instrument"));
    if (instrument.empty()) instrument = kCheckIn;
    if (!fields->isObject("answers"))
        Bad("answers", "must map each participant's code to their ratings, e.g. {\"safety\": 6}");
    auto vault = context.OpenVault();
    std::map<Id, assess::Answers> answers;
    const auto byParticipant = fields->getObject("answers");
    for (const auto& [who, ratings] : *byParticipant) {
        const Id clientId = ClientId(*vault, who);
        if (!byParticipant->isObject(who)) Bad(who, "must map items to ratings");
        assess::Answers given;
        for (const auto& [item, value] : *byParticipant->getObject(who)) {
            if (!value.isInteger()) Bad(who + "." + item, "must be a whole number");
            given[item] = value.convert<int>();
        }
        answers[clientId] = std::move(given);
    }
    vault->Groups().RecordCheckins(meetingId, instrument, answers);
    context.Out() << "recorded " << answers.size() << " check-ins at meeting " << meetingId << "\n";
    return 0;
}

// A meeting's homework for everyone who came. The facilitator's instructions come from --input
// or standard input, never argv; the schedule starts on the meeting day unless --from says.
int GroupAssignHomework(CommandContext& context) {
    context.ExpectAtMost(1);
    service::MeetingHomeworkRequest request;
    request.meetingId = context.IdArgument(0, "MEETING");
    request.templateId = Trim(context.Option("template").value_or(""));
    if (request.templateId.empty())
        throw Error(ErrorCode::Usage,
                    "group homework needs --template ID; `homework templates` lists them");
    request.instructions = ReadText(context, "Instructions for everyone (Enter for none)");
    auto vault = context.OpenVault();
    service::GroupHomework& homework = vault->GroupAssignments();
    const Date meetingDay = homework.MeetingOf(request.meetingId).heldOn;
    request.schedule = ScheduleOptions(context, "from", meetingDay);
    const std::vector<Assignment> made = homework.AssignToPresent(request);
    Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
    TextTable table;
    table.AddRow({"CODE", "ASSIGNMENT"});
    for (const auto& assignment : made) {
        const std::string code = vault->Records().GetClient(assignment.clientId).code;
        auto item = NewJsonObject();
        item->set("code", code);
        item->set("clientId", assignment.clientId);
        item->set("assignmentId", assignment.id);
        json->add(item);
        table.AddRow({code, std::to_string(assignment.id)});
    }
    if (context.Json()) {
        auto result = NewJsonObject();
        result->set("meetingId", request.meetingId);
        result->set("template", request.templateId);
        result->set("schedule", ScheduleText(request.schedule));
        result->set("assigned", json);
        PrintJson(context.Out(), result);
        return 0;
    }
    context.Out() << "assigned " << request.templateId << " (" << ScheduleText(request.schedule)
                  << ") to " << made.size() << (made.size() == 1 ? " participant" : " participants")
                  << " of meeting " << request.meetingId << "\n";
    table.Print(context.Out());
    return 0;
}

// With --out: the group report as PDF, participants by client code only.
int GroupReportPdf(CommandContext& context, Id groupId, const std::string& out) {
    service::GroupReportRequest request;
    request.groupId = groupId;
    if (const auto file = context.Option("summary-file")) request.summary = ReadTextFile(*file);
    auto vault = context.OpenVault();
    const int pages = vault->GroupReporting().WriteReport(request, out);
    context.Out() << "wrote " << out << " (" << pages << (pages == 1 ? " page" : " pages") << ")\n";
    return 0;
}

int GroupReport(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id groupId = context.IdArgument(0, "GROUP");
    if (const auto out = context.Option("out")) {
        if (out->empty()) throw Error(ErrorCode::Usage, "give --out: where to write the PDF");
        return GroupReportPdf(context, groupId, *out);
    }
    auto vault = context.OpenVault();
    const auto rates = vault->Groups().AttendanceRates(groupId);
    const auto checkins = vault->Groups().CheckinSummary(groupId);
    if (context.Json()) {
        auto json = NewJsonObject();
        Poco::JSON::Array::Ptr attendance = new Poco::JSON::Array;
        for (const auto& rate : rates) {
            auto item = NewJsonObject();
            item->set("code", rate.code);
            item->set("meetings", rate.meetings);
            item->set("attended", rate.attended);
            item->set("late", rate.late);
            item->set("excused", rate.excused);
            item->set("absent", rate.absent);
            item->set("rate", rate.rate ? Poco::Dynamic::Var(*rate.rate) : Poco::Dynamic::Var());
            attendance->add(item);
        }
        Poco::JSON::Array::Ptr trend = new Poco::JSON::Array;
        for (const auto& meeting : checkins) {
            auto item = NewJsonObject();
            item->set("meetingId", meeting.meetingId);
            item->set("date", FormatDate(meeting.heldOn));
            Poco::JSON::Array::Ptr subscales = new Poco::JSON::Array;
            for (const auto& spread : meeting.subscales) {
                auto s = NewJsonObject();
                s->set("subscale", spread.subscaleId);
                s->set("participants", spread.participants);
                s->set("mean", spread.participants ? Poco::Dynamic::Var(spread.mean)
                                                   : Poco::Dynamic::Var());
                s->set("min", spread.participants ? Poco::Dynamic::Var(spread.minimum)
                                                  : Poco::Dynamic::Var());
                s->set("max", spread.participants ? Poco::Dynamic::Var(spread.maximum)
                                                  : Poco::Dynamic::Var());
                subscales->add(s);
            }
            item->set("checkins", subscales);
            trend->add(item);
        }
        json->set("attendance", attendance);
        json->set("checkinTrend", trend);
        PrintJson(context.Out(), json);
        return 0;
    }
    TextTable attendance;
    attendance.AddRow({"CODE", "MEETINGS", "ATTENDED", "LATE", "EXCUSED", "ABSENT", "RATE"});
    for (const auto& rate : rates)
        attendance.AddRow({rate.code, std::to_string(rate.meetings), std::to_string(rate.attended),
                           std::to_string(rate.late), std::to_string(rate.excused),
                           std::to_string(rate.absent), Percent(rate.rate)});
    attendance.Print(context.Out());
    context.Out() << "\n";
    TextTable trend;
    trend.AddRow({"DATE", "SUBSCALE", "N", "MEAN", "MIN", "MAX"});
    for (const auto& meeting : checkins)
        for (const auto& spread : meeting.subscales)
            if (spread.participants > 0)
                trend.AddRow({FormatDate(meeting.heldOn), spread.name,
                              std::to_string(spread.participants), Fixed(spread.mean),
                              Fixed(spread.minimum), Fixed(spread.maximum)});
    trend.Print(context.Out());
    return 0;
}

int GroupCertificate(CommandContext& context) {
    context.ExpectAtMost(2);
    const Id groupId = context.IdArgument(0, "GROUP");
    const std::string& which = context.Argument(1, "the participant (ID or CODE)");
    const auto out = context.Option("out");
    if (!out || out->empty()) throw Error(ErrorCode::Usage, "give --out: where to write the PDF");
    auto vault = context.OpenVault();
    const Client client = vault->Records().FindClient(which);
    const int pages = vault->GroupReporting().WriteCertificate(groupId, client.id,
                                                               context.Has("code-only"), *out);
    context.Out() << "wrote " << *out << " (" << pages << (pages == 1 ? " page" : " pages")
                  << ")\n";
    return 0;
}

std::span<const Command> GroupCommands() {
    static constexpr std::array<Command, 11> kCommands{{
        {"group create", "[--input FILE]",
         "a group from JSON: name, kind, facilitators, weekday, startTime, duration, startsOn, "
         "meetings or endsOn, capacity, location, curriculum",
         GroupCreate},
        {"group list", "[--json]", "groups with their schedule and places taken", GroupList},
        {"group show", "GROUP [--json]", "a group's roster, attendance grid and history",
         GroupShow},
        {"group enrol", "GROUP [--date D] [--input FILE]",
         "enrol {\"client\": CODE}, or someone new as {\"preferredName\": ..., \"code\": ...}",
         GroupEnrol},
        {"group leave", "GROUP ID|CODE [--date D] [--reason-file F]",
         "a participant leaves; the reason comes from F or standard input", GroupLeave},
        {"group meeting add", "GROUP --date D [--input FILE]",
         "a meeting: {\"curriculumMeeting\": N} or {\"topic\": ...}, and a \"groupNote\"",
         GroupMeetingAdd},
        {"group attendance", "MEETING [--input FILE]",
         "{CODE: present|late|excused|absent} or {CODE: {\"attendance\": ..., \"note\": ...}}; "
         "a note goes to that participant's own chart",
         GroupMarkAttendance},
        {"group checkin", "MEETING [--input FILE]",
         "the weekly check-in for several participants: {\"answers\": {CODE: {item: rating}}}",
         GroupRecordCheckins},
        {"group homework",
         "MEETING --template ID [--from D] [--due D] [--daily|--weekdays L|--weekly DAY] "
         "[--input FILE]",
         "the meeting's homework for everyone marked present or late, all or nothing; "
         "instructions from FILE or standard input; starts on the meeting day unless --from",
         GroupAssignHomework},
        {"group report", "GROUP [--json] [--out F.pdf [--summary-file F]]",
         "attendance rate per participant and the check-in trend (mean and range per meeting); "
         "with --out the group report as PDF, participants by client code",
         GroupReport},
        {"group certificate", "GROUP ID|CODE --out F.pdf [--code-only]",
         "a participant's attendance certificate, with their name (only the code with "
         "--code-only)",
         GroupCertificate},
    }};
    return kCommands;
}

}  // namespace securebase::cli

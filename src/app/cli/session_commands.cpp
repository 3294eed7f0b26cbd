// session add | list | show
#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/json_output.h"
#include "app/cli/note_printing.h"
#include "app/cli/text_table.h"
#include "core/error.h"

namespace securebase::cli {
namespace {

template <typename Enum>
Enum EnumOption(const CommandContext& context, std::string_view option, Enum fallback,
                std::optional<Enum> (*parse)(std::string_view), std::string_view choices) {
    const auto text = context.Option(option);
    if (!text) return fallback;
    const auto value = parse(*text);
    if (!value)
        throw Error(ErrorCode::Invalid,
                    "--" + std::string(option) + " takes " + std::string(choices));
    return *value;
}

const char* NoteState(const std::optional<ProgressNote>& note) {
    if (!note) return "none";
    return note->IsSigned() ? "signed" : "draft";
}

}  // namespace

int SessionAdd(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    const auto startText = context.Option("start");
    if (!startText) throw Error(ErrorCode::Usage, "session add needs --start \"YYYY-MM-DD HH:MM\"");
    const auto start = ParseLocalDateTime(*startText);
    if (!start)
        throw Error(ErrorCode::Invalid, "--start is not a date and time: use \"YYYY-MM-DD HH:MM\"");
    Session session;
    session.start = *start;
    session.duration =
        std::chrono::minutes(context.NumberOption("duration", 1, 24 * 60).value_or(50));
    session.kind = EnumOption(context, "kind", SessionKind::Individual, &ParseSessionKind,
                              "individual, couple, family or group");
    session.attendance = EnumOption(context, "attendance", Attendance::Attended, &ParseAttendance,
                                    "attended, cancelled or no-show");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    const Client client = practice.FindClient(which);
    session.clientId = client.id;
    session = practice.AddSession(session);
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(session));
        return 0;
    }
    context.Out() << "added session " << session.id << " for client " << client.code << "\n";
    return 0;
}

int SessionList(CommandContext& context) {
    context.ExpectAtMost(1);
    const std::string& which = context.Argument(0, "client ID or CODE");
    auto vault = context.OpenVault();
    // The whole chart in one unit of work: one commit, not one per session's note.
    const service::ClientChart chart = vault->Records().FindChart(which);
    Poco::JSON::Array::Ptr json = new Poco::JSON::Array;
    TextTable table;
    table.AddRow({"ID", "START", "MIN", "KIND", "ATTENDANCE", "NOTE"});
    for (const auto& [session, note] : chart.sessions) {
        auto item = ToJson(session);
        item->set("note", std::string(NoteState(note)));
        item->set("noteId", note ? Poco::Dynamic::Var(note->id) : Poco::Dynamic::Var());
        json->add(item);
        table.AddRow({std::to_string(session.id), FormatLocalDateTime(session.start),
                      std::to_string(session.duration.count()), ToString(session.kind),
                      ToString(session.attendance), NoteState(note)});
    }
    if (context.Json()) {
        PrintJson(context.Out(), json);
        return 0;
    }
    table.Print(context.Out());
    context.Out() << chart.sessions.size() << " sessions of client " << chart.client.code << "\n";
    return 0;
}

int SessionShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id sessionId = context.IdArgument(0, "SESSION");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    const Session session = practice.GetSession(sessionId);
    const auto note = practice.NoteOf(sessionId);
    if (context.Json()) {
        auto json = ToJson(session);
        json->set("note", note ? Poco::Dynamic::Var(ToJson(*note)) : Poco::Dynamic::Var());
        PrintJson(context.Out(), json);
        return 0;
    }
    TextTable table;
    table.AddRow({"Session", std::to_string(session.id)});
    table.AddRow({"Client id", std::to_string(session.clientId)});
    table.AddRow({"Start", FormatLocalDateTime(session.start)});
    table.AddRow({"Duration", std::to_string(session.duration.count()) + " min"});
    table.AddRow({"Kind", ToString(session.kind)});
    table.AddRow({"Attendance", ToString(session.attendance)});
    table.Print(context.Out());
    context.Out() << "\n";
    if (note)
        PrintNote(context.Out(), *note);
    else
        context.Out() << "No progress note yet (note write " << session.id << ").\n";
    return 0;
}

}  // namespace securebase::cli

// note write | show | sign | addendum; process-note write | show
#include <vector>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/json_input.h"
#include "app/cli/json_output.h"
#include "app/cli/note_printing.h"
#include "app/cli/record_input.h"
#include "core/error.h"

namespace securebase::cli {
namespace {

std::optional<NoteFormat> FormatOption(const CommandContext& context) {
    const auto text = context.Option("format");
    if (!text) return std::nullopt;
    const auto format = ParseNoteFormat(*text);
    if (!format) throw Error(ErrorCode::Invalid, "--format takes soap, dap, birp or free");
    return format;
}

}  // namespace

int NoteWrite(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id sessionId = context.IdArgument(0, "SESSION");
    const auto requested = FormatOption(context);
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    practice.GetSession(sessionId);
    ProgressNote note = practice.NoteOf(sessionId).value_or(ProgressNote{});
    const bool existing = note.id != kNoId;
    if (existing && note.IsSigned())
        throw Error(ErrorCode::Refused, "note " + std::to_string(note.id) +
                                            " is signed and cannot change; add an addendum "
                                            "with note addendum " +
                                            std::to_string(note.id));
    const NoteFormat format =
        requested.value_or(existing ? note.format : practice.Settings().defaultNoteFormat);
    std::vector<PromptField> prompts;
    for (const auto& spec : FieldsOf(format)) prompts.push_back({spec.key, spec.label});
    const auto record = ReadRecord(context, prompts);
    note.sessionId = sessionId;
    note.fields = NoteFieldsFrom(*record, format,
                                 note.format == format ? note.fields : std::vector<NoteField>{});
    note.format = format;
    note = practice.SaveNote(std::move(note));
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(note));
        return 0;
    }
    context.Out() << "saved " << DisplayName(format) << " note " << note.id << " of session "
                  << sessionId << " (draft: sign it with note sign " << note.id << ")\n";
    return 0;
}

int NoteShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id sessionId = context.IdArgument(0, "SESSION");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    practice.GetSession(sessionId);
    const auto note = practice.NoteOf(sessionId);
    if (!note)
        throw Error(ErrorCode::NotFound,
                    "session " + std::to_string(sessionId) + " has no progress note yet");
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(*note));
        return 0;
    }
    PrintNote(context.Out(), *note);
    return 0;
}

int NoteSign(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id noteId = context.IdArgument(0, "NOTE");
    auto vault = context.OpenVault();
    const ProgressNote note = vault->Records().SignNote(noteId);
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(note));
        return 0;
    }
    context.Out() << "signed note " << note.id << " as " << note.signature->signedBy << "\n";
    return 0;
}

int NoteAddendum(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id noteId = context.IdArgument(0, "NOTE");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    practice.GetNote(noteId);
    std::string text = ReadText(context, "Addendum");
    if (text.empty())
        throw Error(ErrorCode::Invalid, "the addendum is empty: give its text on standard input");
    const Addendum addendum = practice.AddAddendum(noteId, std::move(text));
    context.Out() << "added addendum " << addendum.id << " to note " << noteId << "\n";
    return 0;
}

int ProcessNoteWrite(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id sessionId = context.IdArgument(0, "SESSION");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    practice.GetSession(sessionId);
    practice.SaveProcessNote(sessionId, ReadText(context, "Process note"));
    context.Out() << "saved the process note of session " << sessionId << "\n";
    return 0;
}

int ProcessNoteShow(CommandContext& context) {
    context.ExpectAtMost(1);
    const Id sessionId = context.IdArgument(0, "SESSION");
    auto vault = context.OpenVault();
    auto& practice = vault->Records();
    practice.GetSession(sessionId);
    const auto note = practice.ProcessNoteOf(sessionId);
    if (!note)
        throw Error(ErrorCode::NotFound,
                    "session " + std::to_string(sessionId) + " has no process note");
    if (context.Json()) {
        PrintJson(context.Out(), ToJson(*note));
        return 0;
    }
    context.Out() << note->text << "\n";
    return 0;
}

}  // namespace securebase::cli

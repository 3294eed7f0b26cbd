#include "app/cli/commands.h"

#include <array>
#include <initializer_list>
#include <vector>

namespace securebase::cli {

namespace {

// The vault, records, demo and bench: the commands every practice uses.
std::span<const Command> RecordCommands() {
    static constexpr std::array<Command, 27> kRecordCommands{{
        {"init", "", "create a new vault (asks for the new passphrase twice)", Init},
        {"client add", "[--input FILE]", "admit a client; the record is JSON or prompts",
         ClientAdd},
        {"client list", "[--status S] [--limit N] [--offset N]", "list clients by family name",
         ClientList},
        {"client show", "ID|CODE", "show one client's record", ClientShow},
        {"client update", "ID|CODE [--input FILE]", "change the fields given as JSON",
         ClientUpdate},
        {"client search", "[--input FILE] [--limit N]",
         "find clients by name, code, tag or note text; the query is read like a record",
         ClientSearch},
        {"client discharge", "ID|CODE [--date D] [--reason-file F]",
         "discharge; the reason comes from F or standard input", ClientDischarge},
        {"client activate", "ID|CODE [--date D]", "admit a waitlisted or discharged client",
         ClientActivate},
        {"session add",
         "ID|CODE --start \"YYYY-MM-DD HH:MM\" [--duration MIN] [--kind K] "
         "[--attendance A]",
         "record a session (kind: individual, couple, family, group; attendance: attended, "
         "cancelled, no-show)",
         SessionAdd},
        {"session list", "ID|CODE", "a client's sessions, newest first", SessionList},
        {"session show", "SESSION", "one session with its progress note and addenda", SessionShow},
        {"note write", "SESSION [--format soap|dap|birp|free] [--input FILE]",
         "write or edit the progress note: JSON of its sections, e.g. {\"subjective\": ...}",
         NoteWrite},
        {"note show", "SESSION", "the progress note of a session", NoteShow},
        {"note sign", "NOTE", "sign a note; it can never change afterwards", NoteSign},
        {"note addendum", "NOTE [--input FILE]", "add a signed, dated addendum (text)",
         NoteAddendum},
        {"process-note write", "SESSION [--input FILE]",
         "write the private process note (text), kept apart from the record", ProcessNoteWrite},
        {"process-note show", "SESSION", "show the process note of a session", ProcessNoteShow},
        {"settings show", "", "practice name, practitioner, idle lock, default note format",
         SettingsShow},
        {"settings set", "[--input FILE]", "change the settings given as JSON", SettingsSet},
        {"settings logo", "FILE|default|none",
         "the logo in report headers: a PNG file (up to 1 MiB), the SecureBase logo, or none",
         SettingsLogo},
        {"passphrase change", "", "new passphrase; the vault is not re-encrypted",
         PassphraseChange},
        {"backup", "OUT", "write an encrypted, verified copy that opens with today's passphrase",
         Backup},
        {"restore", "IN",
         "replace the vault with a verified backup (asks the backup's "
         "passphrase); close other programs using the vault first",
         Restore},
        {"verify", "", "check every page, the schema, the links and the audit chain", Verify},
        {"audit", "[--limit N] [--offset N]", "the audit log, newest first", Audit},
        {"demo", "--clients N [--sessions N] [--seed S]",
         "fill an empty vault with an invented practice, the same for the same seed", Demo},
        {"bench", "[--clients N] [--sessions N] [--scale] [--report-batch N] [--json]",
         "measure the encrypted vault against the same schema unencrypted, and the time to draw "
         "progress reports against bare libharu",
         Bench},
    }};
    return kRecordCommands;
}

}  // namespace

std::span<const Command> Commands() {
    // Each area keeps its own table beside its handlers, so adding an area is one line here.
    static const std::vector<Command> all = [] {
        std::vector<Command> commands;
        for (auto table : std::initializer_list<std::span<const Command>>{
                 RecordCommands(),
                 AssessmentCommands(),
                 HomeworkCommands(),
                 ReportCommands(),
                 GroupCommands(),
             })
            commands.insert(commands.end(), table.begin(), table.end());
        return commands;
    }();
    return all;
}

}  // namespace securebase::cli

#pragma once

#include <span>
#include <string_view>

namespace securebase::cli {

class CommandContext;

// One command of securebase-cli: the words that name it, how it is called, and what it does.
struct Command {
    std::string_view words;     // "client add"
    std::string_view synopsis;  // arguments and options after the words
    std::string_view summary;
    int (*run)(CommandContext&);
};

// Every command, in the order --help lists them.
std::span<const Command> Commands();

// clients
int ClientAdd(CommandContext& context);
int ClientList(CommandContext& context);
int ClientShow(CommandContext& context);
int ClientUpdate(CommandContext& context);
int ClientSearch(CommandContext& context);
int ClientDischarge(CommandContext& context);
int ClientActivate(CommandContext& context);

// sessions and notes
int SessionAdd(CommandContext& context);
int SessionList(CommandContext& context);
int SessionShow(CommandContext& context);
int NoteWrite(CommandContext& context);
int NoteShow(CommandContext& context);
int NoteSign(CommandContext& context);
int NoteAddendum(CommandContext& context);
int ProcessNoteWrite(CommandContext& context);
int ProcessNoteShow(CommandContext& context);

// the vault and the practice
int Init(CommandContext& context);
int PassphraseChange(CommandContext& context);
int Backup(CommandContext& context);
int Restore(CommandContext& context);
int Verify(CommandContext& context);
int Audit(CommandContext& context);
int SettingsShow(CommandContext& context);
int SettingsSet(CommandContext& context);
int SettingsLogo(CommandContext& context);

// synthetic data and measurement
int Demo(CommandContext& context);
int Bench(CommandContext& context);

// The commands of each further area, defined beside their handlers.
std::span<const Command> AssessmentCommands();
std::span<const Command> HomeworkCommands();
std::span<const Command> ReportCommands();
std::span<const Command> GroupCommands();

}  // namespace securebase::cli

#include "app/cli/help_text.h"

#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/text_table.h"
#include "service/about.h"

namespace securebase::cli {

void PrintHelp(std::ostream& out) {
    out << "Usage: securebase-cli [--vault PATH] [options] COMMAND [ARGS]\n"
           "\n"
           "Keeps a therapy practice's client records in an encrypted vault (SQLCipher).\n"
           "The default vault is $XDG_DATA_HOME/securebase/practice.sbv.\n"
           "\n"
           "Commands:\n";
    for (const auto& command : Commands()) {
        out << "  " << command.words;
        if (!command.synopsis.empty()) out << " " << command.synopsis;
        out << "\n      " << command.summary << "\n";
    }
    out << "\n"
           "Options:\n"
           "  --vault PATH             the vault file to use\n"
           "  --json                   machine-readable output for commands that list or show\n"
           "  --input FILE             read the record (JSON) or text from FILE; '-' = stdin\n"
           "  --passphrase-fd N        read the passphrase from file descriptor N\n"
           "  --new-passphrase-fd N    read the new passphrase (init, passphrase change) from N\n"
           "  --help, --version\n"
           "\n"
           "Passphrases are never command-line arguments. The vault's passphrase comes from\n"
           "--passphrase-fd N, else SECUREBASE_PASSPHRASE, else a prompt without echo on the\n"
           "terminal. A new passphrase (init, passphrase change) comes from --new-passphrase-fd "
           "N,\n"
           "else SECUREBASE_NEW_PASSPHRASE, else a prompt asked twice; it needs at least 10\n"
           "characters. restore asks the passphrase of the backup.\n"
           "\n"
           "Privacy: client data never goes on the command line, where other users and shell\n"
           "history can see it. Names, contact details, concerns, note text and search queries\n"
           "are read from standard input or --input FILE (JSON objects for records, plain text\n"
           "for queries, addenda and reasons), or asked for at prompts when standard input is a\n"
           "terminal. Ids, client codes, dates and options are fine as arguments. Errors name\n"
           "records by id or code only.\n"
           "\n"
           "Client JSON fields: given, family, preferred, dateOfBirth, pronouns, phone, email,\n"
           "address, emergencyContact {name, relationship, phone}, referralSource,\n"
           "presentingConcerns, status (client add only), tags [..], consents [{topic, givenOn}].\n"
           "Note JSON: one member per section of the format, e.g. {\"subjective\": \"...\"};\n"
           "soap: subjective objective assessment plan; dap: data assessment plan;\n"
           "birp: behavior intervention response plan; free: text.\n"
           "Settings JSON: practiceName, practitionerName, credentials, idleLockMinutes,\n"
           "defaultNoteFormat.\n"
           "\n"
           "Benchmark: bench builds an invented practice (default 5000 clients, 100000 sessions)\n"
           "twice in a temporary folder, encrypted and unencrypted, and measures both: unlock,\n"
           "client list, search, chart opening, add and sign a note, backup. --scale also\n"
           "measures search and chart opening at 5000 and 50000 clients with one session each,\n"
           "to show how cost grows with the number of clients; it adds about 3 minutes of\n"
           "loading on a two-core machine. The whole default run takes several minutes.\n"
           "\n"
           "Exit codes:\n";
    TextTable codes;
    for (const auto& code : DocumentedExitCodes())
        codes.AddRow({"  " + std::to_string(code.status), std::string(code.meaning)});
    codes.Print(out);
}

void PrintVersion(std::ostream& out) {
    out << "securebase-cli " << SECUREBASE_VERSION << "\n" << service::EngineDescription() << "\n";
}

}  // namespace securebase::cli

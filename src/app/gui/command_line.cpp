#include "app/gui/command_line.h"

namespace securebase::gui {

CommandLine ParseCommandLine(const std::vector<std::string>& arguments,
                             const std::filesystem::path& defaultVault) {
    CommandLine result;
    result.vaultPath = defaultVault;
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--help" || argument == "-h") {
            result.action = CommandLine::Action::Help;
            return result;
        }
        if (argument == "--version") {
            result.action = CommandLine::Action::Version;
            return result;
        }
        if (argument == "--vault" && i + 1 < arguments.size()) {
            result.vaultPath = arguments[++i];
        } else if (argument.starts_with("--vault=")) {
            result.vaultPath = argument.substr(8);
        } else {
            result.action = CommandLine::Action::Usage;
            result.problem =
                argument == "--vault" ? "--vault needs a path" : "unknown argument: " + argument;
            return result;
        }
    }
    if (result.vaultPath.empty()) {
        result.action = CommandLine::Action::Usage;
        result.problem = "--vault needs a path";
    }
    return result;
}

std::string HelpText(const std::filesystem::path& defaultVault) {
    return "Usage: securebase [--vault PATH]\n"
           "       securebase --help | --version\n"
           "\n"
           "SecureBase: encrypted client records and session notes.\n"
           "\n"
           "  --vault PATH  the vault to open (created on first run after asking for a\n"
           "                passphrase twice); default " +
           defaultVault.string() +
           "\n"
           "  --help        show this help and exit\n"
           "  --version     show the versions of SecureBase and its encryption engine\n"
           "\n"
           "Environment:\n"
           "  SECUREBASE_PASSPHRASE  when set, tried once to unlock an existing vault at start\n"
           "                         (for demonstrations and screenshots; the unlock dialog\n"
           "                         appears if it does not open the vault). It is removed\n"
           "                         from the environment right after it is read.\n"
           "\n"
           "The passphrase is never accepted as an argument.\n";
}

}  // namespace securebase::gui

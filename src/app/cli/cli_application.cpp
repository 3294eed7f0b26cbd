#include "app/cli/cli_application.h"

#include <iostream>

#include <Poco/Util/OptionSet.h>

#include "app/cli/command_context.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "app/cli/help_text.h"
#include "app/cli/option_table.h"
#include "core/text.h"
#include "service/validation.h"

namespace securebase::cli {
namespace {

// The command whose words start the arguments, preferring the longest match ("note sign" over
// a hypothetical "note").
const Command* Match(const std::vector<std::string>& arguments, size_t& wordCount) {
    const Command* best = nullptr;
    for (const auto& command : Commands()) {
        const auto words = Split(command.words, ' ');
        if (words.size() > arguments.size()) continue;
        if (!std::equal(words.begin(), words.end(), arguments.begin())) continue;
        if (!best || words.size() > wordCount) {
            best = &command;
            wordCount = words.size();
        }
    }
    return best;
}

int Report(const Error& error) {
    std::cerr << "securebase-cli: " << error.what() << "\n";
    return ExitCodeFor(error.Code());
}

}  // namespace

void CliApplication::defineOptions(Poco::Util::OptionSet& options) {
    for (const auto& spec : OptionTable()) {
        Poco::Util::Option option(spec.name, "", spec.description);
        option.repeatable(false);
        if (spec.argument) option.argument(spec.argument);
        options.addOption(option);
    }
}

void CliApplication::handleOption(const std::string& name, const std::string& value) {
    Application::handleOption(name, value);
    m_options[name] = value;
}

int CliApplication::main(const std::vector<std::string>& arguments) {
    try {
        return Dispatch(arguments);
    } catch (const service::ValidationError& error) {
        std::cerr << "securebase-cli: " << error.what() << "\n";
        for (const auto& problem : error.Problems())
            std::cerr << "  " << problem.field << ": " << problem.message << "\n";
        return ExitCodeFor(error.Code());
    } catch (const Error& error) {
        return Report(error);
    } catch (const std::filesystem::filesystem_error& error) {
        return Report(Error(ErrorCode::Io, error.what()));
    } catch (const std::exception& error) {
        std::cerr << "securebase-cli: unexpected failure: " << error.what() << "\n";
        return kExitUnexpected;
    }
}

int CliApplication::Dispatch(const std::vector<std::string>& arguments) {
    if (m_options.contains("help")) {
        PrintHelp(std::cout);
        return kExitOk;
    }
    if (m_options.contains("version")) {
        PrintVersion(std::cout);
        return kExitOk;
    }
    if (arguments.empty()) throw Error(ErrorCode::Usage, "no command given (see --help)");
    size_t wordCount = 0;
    const Command* command = Match(arguments, wordCount);
    // Not echoed: a mistyped line may hold client data.
    if (!command) throw Error(ErrorCode::Usage, "unknown command (see --help for the list)");
    CommandContext context(
        m_options,
        std::vector<std::string>(arguments.begin() + static_cast<long>(wordCount), arguments.end()),
        std::cout);
    return command->run(context);
}

}  // namespace securebase::cli

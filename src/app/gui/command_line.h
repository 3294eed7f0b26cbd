#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace securebase::gui {

struct CommandLine {
    enum class Action { Run, Help, Version, Usage };
    Action action = Action::Run;
    std::filesystem::path vaultPath;
    std::string problem;  // for Action::Usage
};

// Read before wx starts, so --help and --version answer without a display.
CommandLine ParseCommandLine(const std::vector<std::string>& arguments,
                             const std::filesystem::path& defaultVault);

std::string HelpText(const std::filesystem::path& defaultVault);

}  // namespace securebase::gui

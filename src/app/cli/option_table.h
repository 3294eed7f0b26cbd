#pragma once

#include <optional>
#include <span>
#include <string>

namespace securebase::cli {

struct OptionSpec {
    const char* name;
    const char* argument;  // nullptr for a flag
    const char* description;
};

// Every option securebase-cli accepts. They are global so they may stand anywhere on the line;
// each command reads those it needs.
std::span<const OptionSpec> OptionTable();

// The name of the first "--option" in argv that is not exactly one of OptionTable(). Poco would
// accept an unambiguous abbreviation, so `--passphrase secret` would pass as --passphrase-fd; the
// CLI wants such a line refused before anything runs. Only the name is returned, never a value.
std::optional<std::string> FirstUnknownOption(int argc, const char* const* argv);

}  // namespace securebase::cli

#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "app/cli/passphrase_source.h"
#include "core/date_time.h"
#include "core/ids.h"
#include "service/vault_session.h"

namespace securebase::cli {

// What one command sees of its invocation: the options given, the positional arguments after
// the command's own words, where to print, and how to open the vault.
class CommandContext {
public:
    CommandContext(std::map<std::string, std::string> options, std::vector<std::string> arguments,
                   std::ostream& out);

    bool Has(std::string_view option) const;
    std::optional<std::string> Option(std::string_view option) const;
    // An integer option within [minimum, maximum]; Usage when it is not one.
    std::optional<long long> NumberOption(std::string_view option, long long minimum,
                                          long long maximum) const;
    bool Json() const { return Has("json"); }

    // The index-th positional argument; Usage naming `what` when it is missing.
    const std::string& Argument(size_t index, std::string_view what) const;
    // The index-th positional argument as a record id; Usage when it is not a positive number.
    Id IdArgument(size_t index, std::string_view what) const;
    // The date of option `option` (YYYY-MM-DD), or `fallback` when it is absent; Invalid when bad.
    Date DateOption(std::string_view option, Date fallback) const;
    // Usage when more than `count` positional arguments were given.
    void ExpectAtMost(size_t count) const;

    std::filesystem::path VaultPath() const;
    PassphraseSource Passphrase() const;
    PassphraseSource NewPassphrase() const;
    // Opens the vault at VaultPath() with the passphrase from its sources; NotFound when absent.
    std::unique_ptr<service::VaultSession> OpenVault() const;

    std::ostream& Out() const { return m_out; }

private:
    std::optional<int> Fd(std::string_view option) const;

    std::map<std::string, std::string> m_options;
    std::vector<std::string> m_arguments;
    std::ostream& m_out;
};

}  // namespace securebase::cli

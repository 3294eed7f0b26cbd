#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "support/temp_dir.h"

namespace securebase::test {

inline constexpr const char* kPassphrase = "lantern-harbour-quill-7";
inline constexpr const char* kNewPassphrase = "copper-meadow-signal-42";

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs the real securebase-cli binary against a vault in a TempDir, the way a script would:
// passphrases through the environment (or an extra file descriptor), record contents through
// standard input. Every argv is checked to hold no record content before it is spawned.
class CliRunner {
public:
    explicit CliRunner(const TempDir& dir);

    // `--vault <vault> args...`; stdin gets `input`. env entries override the defaults
    // (SECUREBASE_PASSPHRASE = kPassphrase); an empty value removes the variable.
    CliResult Run(const std::vector<std::string>& args, const std::string& input = "",
                  const std::map<std::string, std::string>& env = {});
    // As Run, with `fdText` readable on file descriptor 3 of the child.
    CliResult RunWithFd3(const std::vector<std::string>& args, const std::string& fdText,
                         const std::map<std::string, std::string>& env = {});
    // Runs init with kPassphrase as the new passphrase; fails the test when it does not succeed.
    void Init();

    const std::filesystem::path& Vault() const { return m_vault; }
    void UseVault(std::filesystem::path vault) { m_vault = std::move(vault); }

private:
    CliResult Spawn(const std::vector<std::string>& args, const std::string& input,
                    const std::map<std::string, std::string>& env,
                    const std::optional<std::string>& fd3);

    const TempDir& m_dir;
    std::filesystem::path m_vault;
    int m_runs = 0;
};

// The JSON object or array a --json command printed; fails the test when it does not parse.
Poco::Dynamic::Var ParseJson(const std::string& text);

}  // namespace securebase::test

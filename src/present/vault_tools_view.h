#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace securebase::present {

// What File > Back up and File > Verify vault need from the window: a place to write the backup
// and a way to tell the outcome.
class VaultToolsView {
public:
    virtual ~VaultToolsView() = default;
    // Asks where to write the backup, proposing `suggestedName`; nullopt when the user cancels.
    virtual std::optional<std::filesystem::path> ChooseBackupPath(
        const std::string& suggestedName) = 0;
    virtual void ShowOutcome(bool ok, const std::string& title, const std::string& message) = 0;
};

}  // namespace securebase::present

#pragma once

#include <string>

#include "core/practice_settings.h"

namespace securebase::present {

// The practice settings dialog: who signs, how long the vault stays open unattended, which logo
// heads the practice's documents.
class SettingsView {
public:
    virtual ~SettingsView() = default;
    virtual void ShowSettings(const PracticeSettings& settings) = 0;
    // The text fields; the logo is the presenter's to keep.
    virtual PracticeSettings ReadSettings() const = 0;
    virtual void ShowError(const std::string& message) = 0;  // empty clears it
    // The logo row: a preview (the application's own logo for Default, nothing for None, the PNG
    // bytes for Custom) and words saying which it is.
    virtual void ShowLogo(LogoChoice choice, const std::string& png,
                          const std::string& description) = 0;
    virtual void ShowLogoError(const std::string& message) = 0;  // beside the row; empty clears
};

}  // namespace securebase::present

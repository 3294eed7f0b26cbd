#pragma once

#include <string>

#include "core/practice_settings.h"

namespace securebase::present {

// The practice settings dialog: who signs, how long the vault stays open unattended.
class SettingsView {
public:
    virtual ~SettingsView() = default;
    virtual void ShowSettings(const PracticeSettings& settings) = 0;
    virtual PracticeSettings ReadSettings() const = 0;
    virtual void ShowError(const std::string& message) = 0;  // empty clears it
};

}  // namespace securebase::present

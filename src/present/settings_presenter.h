#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "present/settings_view.h"
#include "service/practice.h"

namespace securebase::present {

class SettingsPresenter {
public:
    using Saved = std::function<void(const PracticeSettings&)>;

    SettingsPresenter(SettingsView& view, service::Practice& practice, Saved saved);

    void Load();
    bool OnSave();  // false (with the reason shown) when a setting breaks a rule

    // The logo row. A file that is not a usable PNG is refused beside the row at once and the
    // logo shown before stays; nothing reaches the vault before OnSave.
    void OnChooseLogo(const std::filesystem::path& file);
    void OnDefaultLogo();
    void OnNoLogo();

private:
    void ShowLogo();
    void Use(LogoChoice logo, std::string png);

    SettingsView& m_view;
    service::Practice& m_practice;
    Saved m_saved;
    LogoChoice m_logo = LogoChoice::Default;
    std::string m_logoPng;
};

// What the logo row says: "SecureBase logo (default)", "No logo" or
// "Your custom PNG, 120 × 30 pixels".
std::string LogoRowText(const PracticeSettings& settings);

}  // namespace securebase::present

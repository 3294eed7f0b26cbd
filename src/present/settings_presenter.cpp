#include "present/settings_presenter.h"

#include "service/logo_file.h"
#include "service/validation.h"

namespace securebase::present {

std::string LogoRowText(const PracticeSettings& settings) {
    if (settings.logo == LogoChoice::Default) return "SecureBase logo (default)";
    if (settings.logo == LogoChoice::None) return "No logo";
    return "Your " + LogoDescription(settings);
}

SettingsPresenter::SettingsPresenter(SettingsView& view, service::Practice& practice, Saved saved)
    : m_view(view), m_practice(practice), m_saved(std::move(saved)) {}

void SettingsPresenter::Load() {
    const PracticeSettings settings = m_practice.Settings();
    m_logo = settings.logo;
    m_logoPng = settings.logoPng;
    m_view.ShowSettings(settings);
    ShowLogo();
    m_view.ShowLogoError("");
    m_view.ShowError("");
}

void SettingsPresenter::ShowLogo() {
    PracticeSettings settings;
    settings.logo = m_logo;
    settings.logoPng = m_logoPng;
    m_view.ShowLogo(m_logo, m_logoPng, LogoRowText(settings));
}

void SettingsPresenter::OnChooseLogo(const std::filesystem::path& file) {
    PracticeSettings candidate;
    candidate.logo = LogoChoice::Custom;
    try {
        candidate.logoPng = service::ReadLogoFile(file);
    } catch (const Error& error) {
        m_view.ShowLogoError(error.what());
        return;
    }
    if (const auto problem = service::LogoRefusal(candidate)) {
        m_view.ShowLogoError(*problem);
        return;
    }
    Use(LogoChoice::Custom, std::move(candidate.logoPng));
}

void SettingsPresenter::OnDefaultLogo() { Use(LogoChoice::Default, {}); }

void SettingsPresenter::OnNoLogo() { Use(LogoChoice::None, {}); }

void SettingsPresenter::Use(LogoChoice logo, std::string png) {
    m_logo = logo;
    m_logoPng = std::move(png);
    m_view.ShowLogoError("");
    ShowLogo();
}

bool SettingsPresenter::OnSave() {
    PracticeSettings settings = m_view.ReadSettings();
    settings.logo = m_logo;
    settings.logoPng = m_logoPng;
    const auto problems = service::Validate(settings);
    if (!problems.empty()) {
        std::string message;
        for (const auto& problem : problems) {
            if (problem.field == "logo") {
                m_view.ShowLogoError(problem.message);
                continue;
            }
            message += (message.empty() ? "" : " ") + problem.message;
        }
        m_view.ShowError(message);
        return false;
    }
    try {
        m_practice.SaveSettings(settings);
    } catch (const service::ValidationError& invalid) {
        m_view.ShowError(invalid.what());
        return false;
    }
    m_view.ShowError("");
    if (m_saved) m_saved(settings);
    return true;
}

}  // namespace securebase::present

#include "present/settings_presenter.h"

#include "service/validation.h"

namespace securebase::present {

SettingsPresenter::SettingsPresenter(SettingsView& view, service::Practice& practice, Saved saved)
    : m_view(view), m_practice(practice), m_saved(std::move(saved)) {}

void SettingsPresenter::Load() {
    m_view.ShowSettings(m_practice.Settings());
    m_view.ShowError("");
}

bool SettingsPresenter::OnSave() {
    const PracticeSettings settings = m_view.ReadSettings();
    const auto problems = service::Validate(settings);
    if (!problems.empty()) {
        std::string message;
        for (const auto& problem : problems)
            message += (message.empty() ? "" : " ") + problem.message;
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

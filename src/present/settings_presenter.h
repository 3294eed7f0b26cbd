#pragma once

#include <functional>

#include "present/settings_view.h"
#include "service/practice.h"

namespace securebase::present {

class SettingsPresenter {
public:
    using Saved = std::function<void(const PracticeSettings&)>;

    SettingsPresenter(SettingsView& view, service::Practice& practice, Saved saved);

    void Load();
    bool OnSave();  // false (with the reason shown) when a setting breaks a rule

private:
    SettingsView& m_view;
    service::Practice& m_practice;
    Saved m_saved;
};

}  // namespace securebase::present

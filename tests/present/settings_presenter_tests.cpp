#include <boost/test/unit_test.hpp>

#include "present/main_presenter.h"
#include "present/settings_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(settings_presenter)

namespace {

struct FakeSettingsView : present::SettingsView {
    PracticeSettings shown;
    PracticeSettings typed;
    std::string error;
    void ShowSettings(const PracticeSettings& settings) override { shown = typed = settings; }
    PracticeSettings ReadSettings() const override { return typed; }
    void ShowError(const std::string& message) override { error = message; }
};

}  // namespace

BOOST_AUTO_TEST_CASE(saved_settings_are_kept_in_the_vault_and_announced) {
    TestVault vault;
    FakeSettingsView view;
    std::optional<int> announcedMinutes;
    present::SettingsPresenter presenter(view, vault.Records(), [&](const PracticeSettings& s) {
        announcedMinutes = s.idleLockMinutes;
    });
    presenter.Load();
    BOOST_TEST(view.shown.practitionerName == "Dr Wenna Castellan");
    view.typed.idleLockMinutes = 3;
    view.typed.practiceName = "Harrowmede Rooms";
    BOOST_TEST(presenter.OnSave());
    BOOST_TEST((announcedMinutes == std::optional<int>(3)));
    BOOST_TEST(vault.Records().Settings().idleLockMinutes == 3);
    BOOST_TEST(present::WindowTitle(vault.Records().Settings()) == "Harrowmede Rooms — SecureBase");
}

BOOST_AUTO_TEST_CASE(a_negative_idle_time_is_refused_with_a_reason) {
    TestVault vault;
    FakeSettingsView view;
    bool announced = false;
    present::SettingsPresenter presenter(view, vault.Records(),
                                         [&](const PracticeSettings&) { announced = true; });
    presenter.Load();
    view.typed.idleLockMinutes = -5;
    BOOST_TEST(!presenter.OnSave());
    BOOST_TEST(!view.error.empty());
    BOOST_TEST(!announced);
    BOOST_TEST(vault.Records().Settings().idleLockMinutes != -5);
}

BOOST_AUTO_TEST_SUITE_END()

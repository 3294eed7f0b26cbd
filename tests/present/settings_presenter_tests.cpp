#include <boost/test/unit_test.hpp>

#include <fstream>

#include "present/main_presenter.h"
#include "present/settings_presenter.h"
#include "support/png_bytes.h"
#include "support/temp_dir.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(settings_presenter)

namespace {

struct FakeSettingsView : present::SettingsView {
    PracticeSettings shown;
    PracticeSettings typed;
    std::string error;
    LogoChoice logo = LogoChoice::Default;
    std::string logoPng;
    std::string logoText;
    std::string logoError;
    void ShowSettings(const PracticeSettings& settings) override { shown = typed = settings; }
    PracticeSettings ReadSettings() const override { return typed; }
    void ShowError(const std::string& message) override { error = message; }
    void ShowLogo(LogoChoice choice, const std::string& png,
                  const std::string& description) override {
        logo = choice;
        logoPng = png;
        logoText = description;
    }
    void ShowLogoError(const std::string& message) override { logoError = message; }
};

std::filesystem::path WriteFile(const TempDir& dir, const std::string& name,
                                const std::string& bytes) {
    const auto file = dir / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
}

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

BOOST_AUTO_TEST_CASE(a_chosen_png_is_previewed_and_saved_with_the_settings) {
    TestVault vault;
    TempDir dir;
    FakeSettingsView view;
    present::SettingsPresenter presenter(view, vault.Records(), nullptr);
    presenter.Load();
    BOOST_TEST(view.logoText == "SecureBase logo (default)");
    presenter.OnChooseLogo(WriteFile(dir, "logo.png", WideLogo()));
    BOOST_TEST((view.logo == LogoChoice::Custom));
    BOOST_TEST((view.logoPng == WideLogo()));
    BOOST_TEST(view.logoText == "Your custom PNG, 120 × 30 pixels");
    BOOST_TEST(view.logoError.empty());
    // Nothing reaches the vault before Save.
    BOOST_TEST((vault.Records().Settings().logo == LogoChoice::Default));
    BOOST_TEST(presenter.OnSave());
    BOOST_TEST((vault.Records().Settings().logo == LogoChoice::Custom));
    BOOST_TEST((vault.Records().Settings().logoPng == WideLogo()));
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_png_is_refused_beside_the_row_and_the_logo_stays) {
    TestVault vault;
    TempDir dir;
    FakeSettingsView view;
    present::SettingsPresenter presenter(view, vault.Records(), nullptr);
    presenter.Load();
    presenter.OnChooseLogo(WriteFile(dir, "logo.png", WideLogo()));
    presenter.OnChooseLogo(WriteFile(dir, "logo.jpg", "\xff\xd8\xff\xe0 not a png"));
    BOOST_TEST(view.logoError.find("not a PNG image") != std::string::npos, view.logoError);
    BOOST_TEST((view.logoPng == WideLogo()));
    presenter.OnChooseLogo(dir / "missing.png");
    BOOST_TEST(view.logoError.find("cannot open") != std::string::npos, view.logoError);
    BOOST_TEST(presenter.OnSave());
    BOOST_TEST((vault.Records().Settings().logoPng == WideLogo()));
}

BOOST_AUTO_TEST_CASE(none_and_default_are_saved_and_clear_an_earlier_error) {
    TestVault vault;
    TempDir dir;
    FakeSettingsView view;
    present::SettingsPresenter presenter(view, vault.Records(), nullptr);
    presenter.Load();
    presenter.OnChooseLogo(WriteFile(dir, "logo.gif", "GIF89a"));
    BOOST_TEST(!view.logoError.empty());
    presenter.OnNoLogo();
    BOOST_TEST(view.logoError.empty());
    BOOST_TEST(view.logoText == "No logo");
    BOOST_TEST(presenter.OnSave());
    BOOST_TEST((vault.Records().Settings().logo == LogoChoice::None));
    presenter.OnDefaultLogo();
    BOOST_TEST(presenter.OnSave());
    BOOST_TEST((vault.Records().Settings().logo == LogoChoice::Default));
}

BOOST_AUTO_TEST_SUITE_END()

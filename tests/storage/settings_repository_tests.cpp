#include <boost/test/unit_test.hpp>

#include "repository_test_fixture.h"
#include "support/png_bytes.h"

using namespace securebase;
using securebase::test::RepositoryFixture;

BOOST_FIXTURE_TEST_SUITE(settings_repository, RepositoryFixture)

BOOST_AUTO_TEST_CASE(a_new_vault_reads_the_default_settings) {
    const PracticeSettings settings = store->Settings().Load();
    BOOST_TEST(settings.practitionerName.empty());
    BOOST_TEST(store->Settings().PractitionerName().empty());
    BOOST_TEST(settings.idleLockMinutes == PracticeSettings{}.idleLockMinutes);
    BOOST_TEST((settings.defaultNoteFormat == PracticeSettings{}.defaultNoteFormat));
}

BOOST_AUTO_TEST_CASE(saved_settings_read_back_and_a_second_save_replaces_them) {
    PracticeSettings settings;
    settings.practiceName = "Harbour Lane Therapy";
    settings.practitionerName = "Dr Imogen Vasquez-Lark";
    settings.credentials = "DClinPsy";
    settings.idleLockMinutes = 3;
    settings.defaultNoteFormat = NoteFormat::Birp;
    store->Settings().Save(settings);
    settings.idleLockMinutes = 0;
    store->Settings().Save(settings);
    const PracticeSettings read = store->Settings().Load();
    BOOST_TEST(read.practiceName == settings.practiceName);
    BOOST_TEST(read.practitionerName == settings.practitionerName);
    BOOST_TEST(store->Settings().PractitionerName() == settings.practitionerName);
    BOOST_TEST(read.credentials == settings.credentials);
    BOOST_TEST(read.idleLockMinutes == 0);
    BOOST_TEST((read.defaultNoteFormat == NoteFormat::Birp));
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM practice_settings") == 7);
}

BOOST_AUTO_TEST_CASE(a_new_vault_uses_the_default_logo) {
    const PracticeSettings settings = store->Settings().Load();
    BOOST_TEST((settings.logo == LogoChoice::Default));
    BOOST_TEST(settings.logoPng.empty());
}

BOOST_AUTO_TEST_CASE(a_custom_logo_reads_back_byte_for_byte_and_unknown_keys_are_kept) {
    db.Exec("INSERT INTO practice_settings (key, value) VALUES ('from_a_later_version', 'kept')");
    PracticeSettings settings;
    settings.logo = LogoChoice::Custom;
    // Every byte value, NUL and high bytes included, after a real PNG's own bytes.
    settings.logoPng = test::WideLogo();
    for (int value = 0; value < 256; ++value) settings.logoPng += static_cast<char>(value);
    store->Settings().Save(settings);
    const PracticeSettings read = store->Settings().Load();
    BOOST_TEST((read.logo == LogoChoice::Custom));
    BOOST_TEST((read.logoPng == settings.logoPng));
    BOOST_TEST(
        db.QueryText("SELECT value FROM practice_settings WHERE key = 'from_a_later_version'")
            .value_or("") == "kept");
}

BOOST_AUTO_TEST_CASE(choosing_none_or_the_default_after_a_custom_logo_drops_its_bytes) {
    PracticeSettings settings;
    settings.logo = LogoChoice::Custom;
    settings.logoPng = test::WideLogo();
    store->Settings().Save(settings);
    for (const LogoChoice choice : {LogoChoice::None, LogoChoice::Default}) {
        settings.logo = choice;
        store->Settings().Save(settings);
        const PracticeSettings read = store->Settings().Load();
        BOOST_TEST((read.logo == choice));
        BOOST_TEST(read.logoPng.empty());
        BOOST_TEST(db.QueryText("SELECT value FROM practice_settings WHERE key = "
                                "'report_logo_png'")
                       .value_or("?")
                       .empty());
    }
}

BOOST_AUTO_TEST_CASE(a_custom_logo_row_that_is_not_base64_reads_as_the_default) {
    db.Exec(
        "INSERT INTO practice_settings (key, value) VALUES ('report_logo', 'custom'), "
        "('report_logo_png', '@@ not base64 @@')");
    const PracticeSettings read = store->Settings().Load();
    BOOST_TEST((read.logo == LogoChoice::Default));
    BOOST_TEST(read.logoPng.empty());
}

BOOST_AUTO_TEST_SUITE_END()

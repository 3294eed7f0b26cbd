#include <boost/test/unit_test.hpp>

#include "repository_test_fixture.h"

using namespace securebase;
using securebase::test::RepositoryFixture;

BOOST_FIXTURE_TEST_SUITE(settings_repository, RepositoryFixture)

BOOST_AUTO_TEST_CASE(a_new_vault_reads_the_default_settings) {
    const PracticeSettings settings = store->Settings().Load();
    BOOST_TEST(settings.practitionerName.empty());
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
    BOOST_TEST(read.credentials == settings.credentials);
    BOOST_TEST(read.idleLockMinutes == 0);
    BOOST_TEST((read.defaultNoteFormat == NoteFormat::Birp));
    BOOST_TEST(*db.QueryInt("SELECT count(*) FROM practice_settings") == 5);
}

BOOST_AUTO_TEST_SUITE_END()

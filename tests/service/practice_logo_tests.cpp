#include <boost/test/unit_test.hpp>

#include "practice_fixture.h"
#include "support/png_bytes.h"

using namespace securebase;
using namespace securebase::service;
using securebase::test::PracticeFixture;

namespace {

// The problems of a refused save, or none when it was saved.
std::vector<FieldProblem> ProblemsOfSaving(Practice& practice, const PracticeSettings& settings) {
    try {
        practice.SaveSettings(settings);
    } catch (const ValidationError& error) {
        return error.Problems();
    }
    return {};
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(practice_logo, PracticeFixture)

BOOST_AUTO_TEST_CASE(a_png_logo_is_saved_with_the_settings) {
    PracticeSettings settings = practice->Settings();
    settings.logo = LogoChoice::Custom;
    settings.logoPng = test::WideLogo();
    BOOST_TEST(ProblemsOfSaving(*practice, settings).empty());
    BOOST_TEST((practice->Settings().logoPng == test::WideLogo()));
}

BOOST_AUTO_TEST_CASE(a_logo_that_is_not_a_png_or_too_large_is_refused_and_nothing_changes) {
    PracticeSettings before = practice->Settings();
    before.practiceName = "Tollbridge Rooms";
    before.logo = LogoChoice::Custom;
    before.logoPng = test::WideLogo();
    practice->SaveSettings(before);
    const auto audits = Count("audit_log");

    std::string tooLarge = test::WideLogo();
    tooLarge.resize(kMaxLogoBytes + 1, '\0');
    for (const std::string& bytes :
         {std::string("GIF89a, a picture of sorts"), tooLarge, test::DamagedLogo()}) {
        PracticeSettings changed = before;
        changed.practiceName = "Renamed Rooms";
        changed.logoPng = bytes;
        const auto problems = ProblemsOfSaving(*practice, changed);
        BOOST_REQUIRE_EQUAL(problems.size(), 1u);
        BOOST_TEST(problems[0].field == "logo");
        BOOST_TEST(problems[0].message.find("try again") != std::string::npos);
        const PracticeSettings after = practice->Settings();
        BOOST_TEST(after.practiceName == "Tollbridge Rooms");
        BOOST_TEST((after.logoPng == test::WideLogo()));
    }
    BOOST_TEST(Count("audit_log") == audits);
}

BOOST_AUTO_TEST_SUITE_END()

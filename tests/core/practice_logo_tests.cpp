#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "core/png_size.h"
#include "core/practice_settings.h"
#include "support/png_bytes.h"

using namespace securebase;
using securebase::test::PngHeader;
namespace data = boost::unit_test::data;

namespace {

PracticeSettings WithLogo(LogoChoice choice, std::string png) {
    PracticeSettings settings;
    settings.logo = choice;
    settings.logoPng = std::move(png);
    return settings;
}

struct NotPng {
    const char* what;
    std::string bytes;
};

std::ostream& operator<<(std::ostream& out, const NotPng& sample) { return out << sample.what; }

const NotPng kNotPng[] = {
    {"empty", ""},
    {"a GIF", "GIF89a\x01\x00\x01\x00\x00\x00\x00"},
    {"a JPEG", std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00", 20)},
    {"the signature alone", std::string("\x89PNG\r\n\x1a\n", 8)},
    {"a header cut short", PngHeader(40, 10).substr(0, 20)},
    {"no width", PngHeader(0, 10)},
    {"no height", PngHeader(40, 0)},
    {"an impossible bit depth", PngHeader(40, 10, 3, 6)},
    {"an unknown colour type", PngHeader(40, 10, 8, 5)},
    {"another chunk first",
     [] {
         auto bytes = PngHeader(40, 10);
         bytes.replace(12, 4, "tEXt");
         return bytes;
     }()},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(practice_logo)

BOOST_AUTO_TEST_CASE(the_size_of_a_real_png_is_read_from_its_header) {
    const auto shipped = ReadPngSize(test::ReadBytes(std::filesystem::path(SECUREBASE_SOURCE_ROOT) /
                                                     "assets/securebase-logo.png"));
    BOOST_REQUIRE(shipped);
    BOOST_TEST(shipped->width == 96u);
    BOOST_TEST(shipped->height == 96u);
    const auto wide = ReadPngSize(test::WideLogo());
    BOOST_REQUIRE(wide);
    BOOST_TEST(wide->width == 120u);
    BOOST_TEST(wide->height == 30u);
}

BOOST_DATA_TEST_CASE(bytes_that_are_not_a_png_have_no_size, data::make(kNotPng), sample) {
    BOOST_TEST(!ReadPngSize(sample.bytes).has_value());
}

BOOST_DATA_TEST_CASE(a_custom_logo_that_is_not_a_png_is_refused_with_what_to_do,
                     data::make(kNotPng), sample) {
    const auto problem = LogoProblem(WithLogo(LogoChoice::Custom, sample.bytes));
    BOOST_REQUIRE(problem.has_value());
    BOOST_TEST((problem->find("PNG") != std::string::npos), *problem);
}

BOOST_AUTO_TEST_CASE(a_custom_logo_over_one_mebibyte_is_refused) {
    auto bytes = test::WideLogo();
    bytes.resize(kMaxLogoBytes + 1, '\0');
    const auto problem = LogoProblem(WithLogo(LogoChoice::Custom, bytes));
    BOOST_REQUIRE(problem.has_value());
    BOOST_TEST(problem->find("larger than 1 MiB") != std::string::npos, *problem);
}

BOOST_AUTO_TEST_CASE(a_custom_logo_of_huge_dimensions_is_refused) {
    const auto problem = LogoProblem(WithLogo(LogoChoice::Custom, PngHeader(20000, 40)));
    BOOST_REQUIRE(problem.has_value());
    BOOST_TEST(problem->find("pixels") != std::string::npos, *problem);
}

BOOST_AUTO_TEST_CASE(a_real_png_and_the_default_and_none_choices_are_accepted) {
    BOOST_TEST(!LogoProblem(WithLogo(LogoChoice::Custom, test::WideLogo())).has_value());
    BOOST_TEST(!LogoProblem(WithLogo(LogoChoice::Default, "")).has_value());
    BOOST_TEST(!LogoProblem(WithLogo(LogoChoice::None, "")).has_value());
}

BOOST_AUTO_TEST_CASE(the_description_names_the_choice_and_never_holds_the_bytes) {
    BOOST_TEST(LogoDescription(WithLogo(LogoChoice::Default, "")) == "default");
    BOOST_TEST(LogoDescription(WithLogo(LogoChoice::None, "")) == "none");
    BOOST_TEST(LogoDescription(WithLogo(LogoChoice::Custom, test::WideLogo())) ==
               "custom PNG, 120 × 30 pixels");
}

BOOST_AUTO_TEST_SUITE_END()

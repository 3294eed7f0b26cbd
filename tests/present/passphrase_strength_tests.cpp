#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "present/passphrase_strength.h"

using namespace securebase::present;
namespace data = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(passphrase_strength)

BOOST_DATA_TEST_CASE(passphrases_shorter_than_ten_characters_are_too_short,
                     data::make({"", "a", "Xy7!Xy7!q", "žluťoučký"}), passphrase) {
    const auto strength = EstimatePassphraseStrength(passphrase);
    BOOST_TEST(static_cast<int>(strength.level) == static_cast<int>(StrengthLevel::TooShort));
    BOOST_TEST(!strength.Acceptable());
    BOOST_TEST(!strength.advice.empty());
}

BOOST_DATA_TEST_CASE(predictable_passphrases_are_weak,
                     data::make({"password12", "aaaaaaaaaaaa", "1234567890", "qwertyuiop",
                                 "Summer2024!", "abcdefghijkl", "letmein-letmein"}),
                     passphrase) {
    const auto strength = EstimatePassphraseStrength(passphrase);
    BOOST_TEST(!strength.Acceptable(), passphrase << " rated " << strength.summary);
}

BOOST_DATA_TEST_CASE(long_unpredictable_passphrases_are_accepted,
                     data::make({"orchid-lantern-47-quiet", "correct horse battery staple",
                                 "Tz8#qLm2vR!k", "kettle violin marsh"}),
                     passphrase) {
    const auto strength = EstimatePassphraseStrength(passphrase);
    BOOST_TEST(strength.Acceptable(), passphrase << " rated " << strength.summary);
}

BOOST_AUTO_TEST_CASE(adding_words_makes_a_passphrase_stronger) {
    const auto shorter = EstimatePassphraseStrength("kettle violin");
    const auto longer = EstimatePassphraseStrength("kettle violin marsh ember");
    BOOST_TEST(longer.bits > shorter.bits);
    BOOST_TEST(static_cast<int>(longer.level) >= static_cast<int>(shorter.level));
}

BOOST_AUTO_TEST_CASE(a_common_word_is_named_in_the_advice) {
    const auto strength = EstimatePassphraseStrength("mypassword99");
    bool mentioned = false;
    for (const auto& line : strength.advice)
        mentioned |= line.find("common words") != std::string::npos;
    BOOST_TEST(mentioned);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "report/text_wrap.h"

using namespace securebase::report;

namespace {

// Every character (code point) is one unit wide, so widths are easy to reason about.
double CodePoints(std::string_view text) {
    double count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(text_wrap)

BOOST_AUTO_TEST_CASE(text_breaks_at_spaces_to_fill_each_line) {
    const auto lines = WrapText("one two three four five", 9, CodePoints);
    BOOST_TEST(lines == (std::vector<std::string>{"one two", "three", "four five"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_texts_own_line_breaks_and_empty_lines_are_kept) {
    const auto lines = WrapText("first\n\nsecond line\r\nthird", 40, CodePoints);
    BOOST_TEST(lines == (std::vector<std::string>{"first", "", "second line", "third"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_word_wider_than_the_line_is_split_between_characters_not_bytes) {
    const auto lines = WrapText("ΔήμητραΠαπαδοπούλου ok", 7, CodePoints);
    BOOST_TEST(lines == (std::vector<std::string>{"Δήμητρα", "Παπαδοπ", "ούλου", "ok"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_hyphenated_word_wider_than_the_line_breaks_after_its_hyphen) {
    const auto lines = WrapText("Reassurance-seeking", 14, CodePoints);
    BOOST_TEST(lines == (std::vector<std::string>{"Reassurance-", "seeking"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_line_narrower_than_one_character_still_makes_progress) {
    const auto lines = WrapText("abc", 0.5, CodePoints);
    BOOST_TEST(lines == (std::vector<std::string>{"a", "b", "c"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(runs_of_spaces_do_not_make_empty_lines) {
    const auto lines = WrapText("  a    b  ", 3, CodePoints);
    BOOST_TEST(lines == (std::vector<std::string>{"a b"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "core/client.h"
#include "core/note_format.h"
#include "core/secret.h"
#include "core/text.h"

using namespace securebase;
namespace data = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(split_trims_and_drops_empty_parts) {
    auto parts = Split(" grief , ,attachment,  work ", ',');
    BOOST_TEST(parts == (std::vector<std::string>{"grief", "attachment", "work"}));
    BOOST_TEST(Join(parts, ";") == "grief;attachment;work");
}

BOOST_DATA_TEST_CASE(valid_utf8_is_accepted,
                     data::make({"", "plain", "Zoë Müller", "Ł\xc3\xb3\x64\xc5\xba", "日本語",
                                 "\xf0\x9f\x98\x80"}),
                     text) {
    BOOST_TEST(IsValidUtf8(text));
}

BOOST_DATA_TEST_CASE(invalid_utf8_is_rejected,
                     data::make({"\xff", "\xc3", "\xe6\x97", "\xc0\xaf", "a\x80", "\xf5\x80\x80\x80"}),
                     text) {
    BOOST_TEST(!IsValidUtf8(text));
}

BOOST_AUTO_TEST_CASE(display_name_prefers_the_preferred_name) {
    PersonName name{"Margaret", "Okafor", "Maggie"};
    BOOST_TEST(name.Display() == "Maggie Okafor");
    name.preferred.clear();
    BOOST_TEST(name.Display() == "Margaret Okafor");
}

BOOST_AUTO_TEST_CASE(every_note_format_parses_back_and_has_fields) {
    for (auto format : {NoteFormat::Soap, NoteFormat::Dap, NoteFormat::Birp, NoteFormat::Free}) {
        BOOST_TEST((ParseNoteFormat(ToString(format)) == format));
        BOOST_TEST(!FieldsOf(format).empty());
    }
    BOOST_TEST(FieldsOf(NoteFormat::Soap).size() == 4u);
    BOOST_TEST(FieldsOf(NoteFormat::Dap).size() == 3u);
    BOOST_TEST(!ParseNoteFormat("soapy").has_value());
}

BOOST_AUTO_TEST_CASE(client_status_strings_are_stable) {
    BOOST_TEST(std::string(ToString(ClientStatus::Discharged)) == "discharged");
    BOOST_TEST((ParseClientStatus("Active") == ClientStatus::Active));
    BOOST_TEST(!ParseClientStatus("gone").has_value());
}

BOOST_AUTO_TEST_CASE(a_moved_secret_leaves_nothing_behind) {
    Secret a(std::string("correct horse battery staple"));
    Secret b(std::move(a));
    BOOST_TEST(a.Empty());
    BOOST_TEST(b.View() == "correct horse battery staple");
}

BOOST_AUTO_TEST_SUITE_END()

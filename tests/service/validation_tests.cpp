#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <functional>
#include <ostream>

#include "service/validation.h"

using namespace securebase;
using namespace securebase::service;
using namespace std::chrono;
namespace data = boost::unit_test::data;

namespace {

const Date kToday{year{2026}, month{11}, day{25}};

Client ValidClient() {
    Client client;
    client.name = {"Tamsin", "Orrell", ""};
    client.dateOfBirth = Date{year{1990}, month{6}, day{1}};
    client.contact.email = "tamsin@example.org";
    client.status = ClientStatus::Active;
    client.waitlistedOn = Date{year{2026}, month{1}, day{5}};
    client.admittedOn = Date{year{2026}, month{2}, day{2}};
    client.consents = {{kNoId, "treatment", Date{year{2026}, month{2}, day{2}}, std::nullopt}};
    client.tags = {"sleep", "work"};
    return client;
}

struct ClientCase {
    const char* rule;
    std::function<void(Client&)> breakIt;
    const char* field;  // the field the problem names; empty = the client is valid
};
std::ostream& operator<<(std::ostream& out, const ClientCase& c) { return out << c.rule; }

const std::string kBadUtf8 = std::string("Ta") + char(0xC3) + char(0x28);

const ClientCase kClientCases[] = {
    {"a complete client is valid", [](Client&) {}, ""},
    {"a preferred name alone is enough",
     [](Client& c) {
         c.name = {"", "", "Sunny"};
     },
     ""},
    {"a given name alone is enough",
     [](Client& c) {
         c.name = {"Tamsin", "", ""};
     },
     ""},
    {"no usable name",
     [](Client& c) {
         c.name = {"  ", "Orrell", ""};
     },
     "name.given"},
    {"a name that is not UTF-8", [](Client& c) { c.name.family = kBadUtf8; }, "name.family"},
    {"a preferred name that is not UTF-8", [](Client& c) { c.name.preferred = kBadUtf8; },
     "name.preferred"},
    {"a very long given name", [](Client& c) { c.name.given = std::string(300, 'a'); },
     "name.given"},
    {"born tomorrow",
     [](Client& c) {
         c.dateOfBirth = Date{year{2026}, month{11}, day{26}};
     },
     "dateOfBirth"},
    {"born before 1900",
     [](Client& c) {
         c.dateOfBirth = Date{year{1899}, month{12}, day{31}};
     },
     "dateOfBirth"},
    {"born on the first day of 1900 is fine",
     [](Client& c) {
         c.dateOfBirth = Date{year{1900}, month{1}, day{1}};
     },
     ""},
    {"born today is fine", [](Client& c) { c.dateOfBirth = kToday; }, ""},
    {"an email without @", [](Client& c) { c.contact.email = "tamsin.example.org"; },
     "contact.email"},
    {"an email without a domain dot", [](Client& c) { c.contact.email = "tamsin@example"; },
     "contact.email"},
    {"an email with two @", [](Client& c) { c.contact.email = "a@b@example.org"; },
     "contact.email"},
    {"an email with a space", [](Client& c) { c.contact.email = "tam sin@example.org"; },
     "contact.email"},
    {"no email is fine", [](Client& c) { c.contact.email.clear(); }, ""},
    {"an address that is not UTF-8", [](Client& c) { c.contact.address = kBadUtf8; },
     "contact.address"},
    {"presenting concerns that are not UTF-8", [](Client& c) { c.presentingConcerns = kBadUtf8; },
     "presentingConcerns"},
    {"active without an admission date", [](Client& c) { c.admittedOn.reset(); }, "admittedOn"},
    {"discharged without a discharge date", [](Client& c) { c.status = ClientStatus::Discharged; },
     "dischargedOn"},
    {"a discharge date on an active client",
     [](Client& c) {
         c.dischargedOn = Date{year{2026}, month{3}, day{1}};
     },
     "dischargedOn"},
    {"discharged before admitted",
     [](Client& c) {
         c.status = ClientStatus::Discharged;
         c.dischargedOn = Date{year{2026}, month{1}, day{1}};
     },
     "dischargedOn"},
    {"admitted before waitlisted",
     [](Client& c) {
         c.admittedOn = Date{year{2025}, month{12}, day{1}};
     },
     "admittedOn"},
    {"admitted in the future",
     [](Client& c) {
         c.admittedOn = Date{year{2027}, month{1}, day{1}};
     },
     "admittedOn"},
    {"a consent without a topic", [](Client& c) { c.consents[0].topic = " "; },
     "consents[0].topic"},
    {"a consent withdrawn before it was given",
     [](Client& c) {
         c.consents[0].withdrawnOn = Date{year{2026}, month{1}, day{1}};
     },
     "consents[0].withdrawnOn"},
    {"a consent given in the future",
     [](Client& c) {
         c.consents[0].givenOn = Date{year{2027}, month{1}, day{1}};
     },
     "consents[0].givenOn"},
    {"an empty tag", [](Client& c) { c.tags.push_back(""); }, "tags[2]"},
    {"a repeated tag", [](Client& c) { c.tags.push_back("sleep"); }, "tags[2]"},
    {"a code with a space", [](Client& c) { c.code = "SB 123"; }, "code"},
};

bool Names(const std::vector<FieldProblem>& problems, const std::string& field) {
    for (const auto& problem : problems)
        if (problem.field == field) return true;
    return false;
}

struct SessionCase {
    const char* rule;
    std::function<void(Session&)> breakIt;
    const char* field;
};
std::ostream& operator<<(std::ostream& out, const SessionCase& c) { return out << c.rule; }

const SessionCase kSessionCases[] = {
    {"a complete session is valid", [](Session&) {}, ""},
    {"one minute is the shortest", [](Session& s) { s.duration = minutes{1}; }, ""},
    {"ten hours is the longest", [](Session& s) { s.duration = minutes{600}; }, ""},
    {"zero minutes", [](Session& s) { s.duration = minutes{0}; }, "duration"},
    {"a negative duration", [](Session& s) { s.duration = minutes{-5}; }, "duration"},
    {"more than ten hours", [](Session& s) { s.duration = minutes{601}; }, "duration"},
    {"no client", [](Session& s) { s.clientId = kNoId; }, "clientId"},
    {"no start", [](Session& s) { s.start = LocalDateTime{}; }, "start"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(validation)

BOOST_DATA_TEST_CASE(each_client_rule_names_the_field_it_concerns, data::make(kClientCases),
                     testCase) {
    Client client = ValidClient();
    testCase.breakIt(client);
    const auto problems = Validate(client, kToday);
    if (std::string(testCase.field).empty()) {
        BOOST_TEST(problems.empty());
        for (const auto& problem : problems)
            BOOST_TEST_MESSAGE(problem.field << ": " << problem.message);
    } else {
        BOOST_TEST(Names(problems, testCase.field));
        for (const auto& problem : problems) BOOST_TEST(!problem.message.empty());
    }
}

BOOST_AUTO_TEST_CASE(every_problem_is_listed_not_only_the_first) {
    Client client = ValidClient();
    client.name = {"", "", ""};
    client.contact.email = "nope";
    client.dateOfBirth = Date{year{1800}, month{1}, day{1}};
    const auto problems = Validate(client, kToday);
    BOOST_TEST(problems.size() == 3u);
    const ValidationError error(problems);
    BOOST_TEST((error.Code() == ErrorCode::Invalid));
    BOOST_TEST(error.Problems().size() == 3u);
}

BOOST_AUTO_TEST_CASE(problem_messages_never_quote_the_clients_words) {
    Client client = ValidClient();
    client.name.given = std::string(300, 'Z');
    client.contact.email = "Zanzibar-not-an-email";
    for (const auto& problem : Validate(client, kToday)) {
        BOOST_TEST(problem.message.find("Zanzibar") == std::string::npos);
        BOOST_TEST(problem.message.find("ZZZ") == std::string::npos);
    }
}

BOOST_DATA_TEST_CASE(each_session_rule_names_the_field_it_concerns, data::make(kSessionCases),
                     testCase) {
    Session session;
    session.clientId = 7;
    session.start = local_days{year{2026} / 11 / 20} + hours{10};
    testCase.breakIt(session);
    const auto problems = Validate(session);
    if (std::string(testCase.field).empty())
        BOOST_TEST(problems.empty());
    else
        BOOST_TEST(Names(problems, testCase.field));
}

BOOST_DATA_TEST_CASE(idle_lock_minutes_stay_between_off_and_a_day,
                     data::make({-1, 0, 10, 1440, 1441}) ^
                         data::make({false, true, true, true, false}),
                     minutes, valid) {
    PracticeSettings settings;
    settings.idleLockMinutes = minutes;
    BOOST_TEST(Validate(settings).empty() == valid);
}

BOOST_AUTO_TEST_CASE(a_note_takes_only_its_formats_sections_once_each_as_valid_text) {
    ProgressNote note;
    note.sessionId = 3;
    note.format = NoteFormat::Dap;
    note.fields = {{"data", "ok"}, {"plan", "ok"}};
    BOOST_TEST(Validate(note).empty());
    note.fields.push_back({"subjective", "belongs to SOAP"});
    BOOST_TEST(Names(Validate(note), "fields.subjective"));
    note.fields.back() = {"data", "again"};
    BOOST_TEST(Names(Validate(note), "fields.data"));
    note.fields.back() = {"assessment", kBadUtf8};
    BOOST_TEST(Names(Validate(note), "fields.assessment"));
}

BOOST_AUTO_TEST_SUITE_END()

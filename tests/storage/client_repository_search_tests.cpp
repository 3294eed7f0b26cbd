#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "core/error.h"
#include "repository_test_fixture.h"
#include "storage/transaction.h"

using namespace securebase;
using namespace std::chrono;
using securebase::test::RepositoryFixture;
namespace data = boost::unit_test::data;

namespace {

struct SearchFixture : RepositoryFixture {
    SearchFixture() {
        orla = AddClient("SB-4KQ7M2", "Orla", "Fenwright", {"insomnia", "couples"});
        zoe = AddClient("SB-XH3P9T", "Zoë", "Pellicano", {"grief"});
        Client preferred;
        preferred.code = "SB-RRWW22";
        preferred.name = {"Bartholomew", "Ickworth", "Tolly"};
        tolly = store->Clients().Insert(preferred);
        AddNote(zoe, "She spoke about the allotment and her brother's visit");
    }

    Id AddNote(Id clientId, const std::string& text) {
        Session session;
        session.clientId = clientId;
        session.start = local_days{year{2026} / 3 / 1} + hours{10};
        ProgressNote note;
        note.sessionId = store->Sessions().Insert(session);
        note.format = NoteFormat::Free;
        note.fields = {{"text", text}};
        return store->Notes().SaveProgressNote(note);
    }

    std::vector<Id> Found(std::string_view query) {
        std::vector<Id> ids;
        for (const auto& summary : store->Clients().Search(query, 20)) ids.push_back(summary.id);
        return ids;
    }

    Id orla = kNoId;
    Id zoe = kNoId;
    Id tolly = kNoId;
};

struct Probe {
    const char* query;
    const char* who;  // "orla", "zoe", "tolly"
};
std::ostream& operator<<(std::ostream& out, const Probe& probe) { return out << probe.query; }

const Probe kProbes[] = {
    {"Orl", "orla"},      {"fenw", "orla"},   {"orla fen", "orla"}, {"ZOE", "zoe"},
    {"zoë pell", "zoe"},  {"tolly", "tolly"}, {"bartho", "tolly"},  {"SB-4KQ", "orla"},
    {"sb-xh3p9t", "zoe"}, {"insom", "orla"},  {"grief", "zoe"},     {"allotm", "zoe"},
    {"brother's", "zoe"},
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(client_search, SearchFixture)

BOOST_DATA_TEST_CASE_F(SearchFixture, a_prefix_of_a_name_code_tag_or_note_word_finds_the_client,
                       data::make(kProbes), probe) {
    const Id expected = std::string(probe.who) == "orla"  ? orla
                        : std::string(probe.who) == "zoe" ? zoe
                                                          : tolly;
    BOOST_TEST(Found(probe.query) == std::vector<Id>{expected}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(words_that_match_nobody_find_nothing) {
    BOOST_TEST(Found("orla pellicano").empty());
    BOOST_TEST(Found("quixotic").empty());
    BOOST_TEST(Found("   ").empty());
}

BOOST_DATA_TEST_CASE_F(SearchFixture, search_syntax_typed_by_a_person_is_taken_as_plain_words,
                       data::make({"\"AND OR NEAR(", "*", "\"", "NOT orla", "orla OR", "-", "(((",
                                   "col:orla", "^orla", "a\"b", "''", "NEAR(orla zoe, 2)"}),
                       query) {
    BOOST_CHECK_NO_THROW(store->Clients().Search(query, 10));
}

BOOST_AUTO_TEST_CASE(fts_operators_in_the_query_are_words_not_operators) {
    // Unquoted, "NOT" would exclude; here it is a word nobody has, so nothing matches.
    BOOST_TEST(Found("NOT orla").empty());
}

BOOST_AUTO_TEST_CASE(a_client_with_many_matching_notes_appears_once) {
    AddNote(orla, "allotment again");
    AddNote(orla, "the allotment shed");
    const auto found = Found("allotment");
    BOOST_TEST(found.size() == 2u);
    BOOST_TEST(std::count(found.begin(), found.end(), orla) == 1);
}

BOOST_AUTO_TEST_CASE(a_name_match_ranks_above_a_mention_in_a_note) {
    const Id mentioned = AddClient("SB-MENT10", "Piers", "Lowther");
    AddNote(mentioned, "talked about Kestrel, his old teacher, at length");
    const Id named = AddClient("SB-NAME10", "Ruth", "Kestrel");
    const auto found = Found("kestrel");
    BOOST_REQUIRE(found.size() == 2u);
    BOOST_TEST(found[0] == named);
    BOOST_TEST(found[1] == mentioned);
}

BOOST_AUTO_TEST_CASE(the_index_follows_renames_new_tags_and_rewritten_notes) {
    Client client = *store->Clients().Find(orla);
    client.name.family = "Dunmore";
    client.tags = {"panic"};
    store->Clients().Update(client);
    BOOST_TEST(Found("fenwright").empty());
    BOOST_TEST(Found("insomnia").empty());
    BOOST_TEST(Found("dunmore") == std::vector<Id>{orla}, boost::test_tools::per_element());
    BOOST_TEST(Found("panic") == std::vector<Id>{orla}, boost::test_tools::per_element());

    auto note = *store->Notes().FindProgressNote(store->Sessions().ListForClient(zoe)[0].id);
    note.fields = {{"text", "bicycle repairs"}};
    store->Notes().SaveProgressNote(note);
    BOOST_TEST(Found("allotment").empty());
    BOOST_TEST(Found("bicycle") == std::vector<Id>{zoe}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(clients_found_in_notes_come_newest_note_first) {
    const Id older = AddClient("SB-OLD001", "Maelis", "Quorrow");
    const Id newer = AddClient("SB-NEW001", "Tovin", "Harlaxe");
    AddNote(older, "first talked about the lighthouse");
    AddNote(newer, "mentioned the lighthouse trip");
    BOOST_TEST(Found("lighthouse") == (std::vector<Id>{newer, older}),
               boost::test_tools::per_element());
    AddNote(older, "back to the lighthouse");
    BOOST_TEST(Found("lighthouse") == (std::vector<Id>{older, newer}),
               boost::test_tools::per_element());
}

BOOST_DATA_TEST_CASE_F(SearchFixture, a_name_word_and_a_note_word_together_find_the_client,
                       data::make({"zoe allotment", "allotm pell", "grief allot", "SB-XH3 broth",
                                   "zo pe allot"}),
                       query) {
    AddNote(orla, "the allotment came up here too");
    BOOST_TEST(Found(query) == std::vector<Id>{zoe}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(words_spread_over_names_and_several_notes_find_the_client) {
    AddNote(zoe, "a new job at the harbour");
    BOOST_TEST(Found("zoe allotment harbour") == std::vector<Id>{zoe},
               boost::test_tools::per_element());
    BOOST_TEST(Found("orla allotment").empty());
}

BOOST_AUTO_TEST_CASE(the_limit_caps_the_results) {
    for (int i = 0; i < 5; ++i) AddClient("SB-LIM00" + std::to_string(i), "Common", "Surname");
    BOOST_TEST(store->Clients().Search("common", 3).size() == 3u);
}

BOOST_AUTO_TEST_CASE(search_over_ten_thousand_clients_finds_the_right_one) {
    {
        storage::Transaction bulk(db);
        for (int i = 0; i < 10000; ++i) {
            AddClient("SB-B" + std::to_string(100000 + i), "Given" + std::to_string(i),
                      i % 2 ? "Holloway" : "Ashcombe", {i % 3 ? "routine" : "urgent"});
        }
        bulk.Commit();
    }
    BOOST_TEST(Found("given4242 hollo").size() == 0u);  // 4242 is even: an Ashcombe
    const auto found = store->Clients().Search("given4243 hollo", 5);
    BOOST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].displayName == "Given4243 Holloway");
    BOOST_TEST(store->Clients().Search("ash", 50).size() == 50u);
    BOOST_TEST(store->Clients().Search("SB-B10999", 50).size() == 10u);  // 109990..109999
}

BOOST_AUTO_TEST_CASE(the_search_step_of_schema_5_indexes_records_written_before_it) {
    storage::Database older = storage::Database::InMemory();
    older.Exec("PRAGMA foreign_keys = ON");
    for (const auto& step : storage::EmbeddedMigrations()) {
        if (step.version >= 5) break;
        older.Exec(step.sql);
        older.Exec("PRAGMA user_version = " + std::to_string(step.version));
    }
    older.Exec(
        "INSERT INTO clients (id, code, given_name, family_name, status)"
        " VALUES (7, 'SB-PRE005', 'Ysmay', 'Corrowan', 'active');"
        "INSERT INTO client_tags (client_id, tag) VALUES (7, 'sleep');"
        "INSERT INTO sessions (id, client_id, start, duration_minutes, kind, attendance)"
        " VALUES (3, 7, '2026-03-01 10:00', 50, 'individual', 'attended');"
        "INSERT INTO progress_notes (id, session_id, format) VALUES (11, 3, 'free');"
        "INSERT INTO note_fields (note_id, position, key, text)"
        " VALUES (11, 0, 'text', 'talked about the marsh walk');");
    storage::Migrate(older);
    storage::SqlcipherPracticeStore migrated(older, AuditKey());
    for (const char* query : {"ysm", "corrowan", "SB-PRE", "sleep", "marsh", "ysmay marsh"}) {
        const auto found = migrated.Clients().Search(query, 5);
        BOOST_TEST_INFO("query " << query);
        BOOST_TEST((found.size() == 1u && found[0].id == 7));
    }
}

BOOST_AUTO_TEST_SUITE_END()

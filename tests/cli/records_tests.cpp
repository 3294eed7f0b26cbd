// Client, session and note commands end to end, through the real binary.
#include <boost/test/unit_test.hpp>

#include "cli/cli_runner.h"
#include "cli/json_access.h"
#include "cli/test_records.h"

namespace securebase::test {
namespace {

std::string ClientJson() {
    return std::string(R"({"given": ")") + std::string(kGiven) + R"(", "family": ")" +
           std::string(kFamily) + R"(", "dateOfBirth": "1988-04-12", "pronouns": "they/them",
        "phone": "555-0142", "email": "quenby@example.org",
        "emergencyContact": {"name": ")" +
           std::string(kOtherGiven) + R"(", "relationship": "sibling", "phone": "555-0199"},
        "presentingConcerns": ")" +
           std::string(kConcern) + R"(", "status": "active", "admittedOn": "2026-01-05",
        "tags": ["avoidant pattern"], "consents": [{"topic": "treatment", "givenOn": "2026-01-05"}]})";
}

std::string AddClient(CliRunner& cli) {
    const auto added = cli.Run({"client", "add", "--json"}, ClientJson());
    BOOST_REQUIRE_MESSAGE(added.status == 0, added.err);
    return JsonObject(added.out)->getValue<std::string>("code");
}

size_t ClientCount(CliRunner& cli) {
    const auto listed = cli.Run({"client", "list", "--json"});
    BOOST_REQUIRE_MESSAGE(listed.status == 0, listed.err);
    return JsonObject(listed.out)->getValue<size_t>("total");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(records)

BOOST_AUTO_TEST_CASE(a_client_is_added_listed_shown_updated_and_found_by_search) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const std::string code = AddClient(cli);
    BOOST_TEST(code.rfind("SB-", 0) == 0);

    const auto list = JsonObject(cli.Run({"client", "list", "--json", "--status", "active"}).out);
    BOOST_TEST(list->getValue<size_t>("total") == 1u);
    BOOST_TEST(list->getArray("clients")->getObject(0)->getValue<std::string>("code") == code);
    const auto text = cli.Run({"client", "list"});
    BOOST_TEST(text.out.find(std::string(kFamily)) != std::string::npos);

    const auto update = cli.Run({"client", "update", code},
                                R"({"preferred": ")" + std::string(kPreferred) + R"("})");
    BOOST_REQUIRE_MESSAGE(update.status == 0, update.err);
    const auto shown = JsonObject(cli.Run({"client", "show", code, "--json"}).out);
    BOOST_TEST(shown->getValue<std::string>("given") == std::string(kGiven));
    BOOST_TEST(shown->getValue<std::string>("preferred") == std::string(kPreferred));
    BOOST_TEST(shown->getValue<std::string>("dateOfBirth") == "1988-04-12");
    BOOST_TEST(shown->getObject("emergencyContact")->getValue<std::string>("relationship") ==
               "sibling");
    BOOST_TEST(shown->getArray("consents")->size() == 1u);

    const auto found = cli.Run({"client", "search", "--json"}, std::string(kFamily.substr(0, 5)));
    BOOST_REQUIRE_MESSAGE(found.status == 0, found.err);
    const auto results = JsonArray(found.out);
    BOOST_REQUIRE(results->size() == 1u);
    BOOST_TEST(results->getObject(0)->getValue<std::string>("code") == code);
}

BOOST_AUTO_TEST_CASE(a_session_note_is_written_signed_once_and_corrected_by_an_addendum) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    BOOST_REQUIRE(
        cli.Run({"settings", "set"}, R"({"practitionerName": "Orrin Velsk", "credentials": "MSc"})")
            .status == 0);
    const std::string code = AddClient(cli);

    const auto session = cli.Run({"session", "add", code, "--start", "2026-02-03 10:00",
                                  "--duration", "50", "--kind", "individual", "--json"});
    BOOST_REQUIRE_MESSAGE(session.status == 0, session.err);
    const std::string sessionId = std::to_string(JsonObject(session.out)->getValue<long>("id"));

    const auto written = cli.Run(
        {"note", "write", sessionId, "--format", "soap", "--json"},
        R"({"subjective": "Felt steadier.", "plan": ")" + std::string(kNotePhrase) + R"("})");
    BOOST_REQUIRE_MESSAGE(written.status == 0, written.err);
    const std::string noteId = std::to_string(JsonObject(written.out)->getValue<long>("id"));

    const auto signedNote = cli.Run({"note", "sign", noteId});
    BOOST_REQUIRE_MESSAGE(signedNote.status == 0, signedNote.err);
    BOOST_TEST(cli.Run({"note", "sign", noteId}).status == 6);
    BOOST_TEST(cli.Run({"note", "write", sessionId}, R"({"plan": "changed"})").status == 6);
    BOOST_REQUIRE(cli.Run({"note", "addendum", noteId}, std::string(kAddendumText)).status == 0);
    BOOST_REQUIRE(cli.Run({"process-note", "write", sessionId}, std::string(kProcessText)).status ==
                  0);

    const auto shown = JsonObject(cli.Run({"session", "show", sessionId, "--json"}).out);
    const auto note = shown->getObject("note");
    BOOST_TEST(note->getValue<bool>("signed"));
    BOOST_TEST(note->getObject("fields")->getValue<std::string>("plan") ==
               std::string(kNotePhrase));
    BOOST_TEST(note->getObject("signature")->getValue<std::string>("signedBy") ==
               "Orrin Velsk, MSc");
    BOOST_REQUIRE(note->getArray("addenda")->size() == 1u);
    BOOST_TEST(note->getArray("addenda")->getObject(0)->getValue<std::string>("text") ==
               std::string(kAddendumText));
    const auto process = cli.Run({"process-note", "show", sessionId});
    BOOST_TEST(process.out.find(std::string(kProcessText)) != std::string::npos);
    const auto sessions = JsonArray(cli.Run({"session", "list", code, "--json"}).out);
    BOOST_REQUIRE(sessions->size() == 1u);
    BOOST_TEST(sessions->getObject(0)->getValue<std::string>("note") == "signed");
    BOOST_TEST(cli.Run({"note", "show", sessionId}).out.find("Addendum") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(session_list_reads_the_chart_once_and_audits_the_client_and_each_note) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const std::string code = AddClient(cli);
    std::vector<std::string> sessionIds;
    for (const char* start : {"2026-02-03 10:00", "2026-02-10 10:00"}) {
        const auto added = cli.Run({"session", "add", code, "--start", start, "--json"});
        BOOST_REQUIRE_MESSAGE(added.status == 0, added.err);
        sessionIds.push_back(std::to_string(JsonObject(added.out)->getValue<long>("id")));
    }
    const auto written = cli.Run({"note", "write", sessionIds[0], "--format", "free", "--json"},
                                 R"({"text": ")" + std::string(kNotePhrase) + R"("})");
    BOOST_REQUIRE_MESSAGE(written.status == 0, written.err);
    const long noteId = JsonObject(written.out)->getValue<long>("id");

    const auto listed = cli.Run({"session", "list", code, "--json"});
    BOOST_REQUIRE_MESSAGE(listed.status == 0, listed.err);
    const auto sessions = JsonArray(listed.out);
    BOOST_REQUIRE(sessions->size() == 2u);
    BOOST_TEST(sessions->getObject(0)->getValue<std::string>("note") == "none");  // newest first
    BOOST_TEST(sessions->getObject(1)->getValue<long>("noteId") == noteId);

    // Newest first, leaving out the vault's own unlock and lock rows: the note read, then the
    // client read, then the note's creation; one read of each, nothing between them.
    const auto entries = JsonArray(cli.Run({"audit", "--limit", "10", "--json"}).out);
    std::vector<Poco::JSON::Object::Ptr> records;
    for (size_t i = 0; i < entries->size(); ++i)
        if (entries->getObject(static_cast<unsigned>(i))->getValue<std::string>("entity") !=
            "vault")
            records.push_back(entries->getObject(static_cast<unsigned>(i)));
    BOOST_REQUIRE(records.size() >= 3u);
    BOOST_TEST(records[0]->getValue<std::string>("entity") == "note");
    BOOST_TEST(records[0]->getValue<std::string>("action") == "read");
    BOOST_TEST(records[0]->getValue<long>("entityId") == noteId);
    BOOST_TEST(records[1]->getValue<std::string>("entity") == "client");
    BOOST_TEST(records[1]->getValue<std::string>("action") == "read");
    BOOST_TEST(records[2]->getValue<std::string>("action") == "create");
    BOOST_TEST(cli.Run({"session", "list", "SB-ZZZZZZ"}).status == 4);
}

BOOST_AUTO_TEST_CASE(discharge_and_activation_change_the_status_and_are_audited) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const std::string code = AddClient(cli);
    const auto discharged =
        cli.Run({"client", "discharge", code, "--date", "2026-03-01"}, std::string(kReason));
    BOOST_REQUIRE_MESSAGE(discharged.status == 0, discharged.err);
    auto shown = JsonObject(cli.Run({"client", "show", code, "--json"}).out);
    BOOST_TEST(shown->getValue<std::string>("status") == "discharged");
    BOOST_TEST(shown->getValue<std::string>("dischargedOn") == "2026-03-01");
    BOOST_TEST(shown->getValue<std::string>("dischargeReason") == std::string(kReason));

    BOOST_REQUIRE(cli.Run({"client", "activate", code, "--date", "2026-03-10"}).status == 0);
    shown = JsonObject(cli.Run({"client", "show", code, "--json"}).out);
    BOOST_TEST(shown->getValue<std::string>("status") == "active");

    const auto audit = cli.Run({"audit", "--limit", "100", "--json"});
    BOOST_REQUIRE_MESSAGE(audit.status == 0, audit.err);
    const auto entries = JsonArray(audit.out);
    bool created = false, updated = false;
    for (size_t i = 0; i < entries->size(); ++i) {
        const auto entry = entries->getObject(static_cast<unsigned>(i));
        const auto action = entry->getValue<std::string>("action");
        if (entry->getValue<std::string>("entity") != "client") continue;
        created |= action == "create";
        updated |= action == "update";
    }
    BOOST_TEST(created);
    BOOST_TEST(updated);
    BOOST_TEST(audit.out.find(std::string(kFamily)) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(settings_set_from_json_are_shown_back) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    const auto set = cli.Run({"settings", "set"},
                             R"({"practiceName": "Brackenvale Rooms", "idleLockMinutes": 15,
                                 "defaultNoteFormat": "dap"})");
    BOOST_REQUIRE_MESSAGE(set.status == 0, set.err);
    const auto shown = JsonObject(cli.Run({"settings", "show", "--json"}).out);
    BOOST_TEST(shown->getValue<std::string>("practiceName") == "Brackenvale Rooms");
    BOOST_TEST(shown->getValue<int>("idleLockMinutes") == 15);
    BOOST_TEST(shown->getValue<std::string>("defaultNoteFormat") == "dap");
}

BOOST_AUTO_TEST_CASE(a_client_with_an_invalid_date_is_refused_and_nothing_is_saved) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    AddClient(cli);
    const auto bad = cli.Run({"client", "add"},
                             R"({"given": ")" + std::string(kOtherGiven) + R"(", "family": ")" +
                                 std::string(kOtherFamily) + R"(", "dateOfBirth": "2026-02-30"})");
    BOOST_TEST(bad.status == 5);
    BOOST_TEST(bad.err.find("dateOfBirth") != std::string::npos);
    BOOST_TEST(bad.err.find(std::string(kOtherFamily)) == std::string::npos);
    BOOST_TEST(ClientCount(cli) == 1u);
    BOOST_TEST(cli.Run({"client", "add"}, "not json").status == 5);
    BOOST_TEST(cli.Run({"session", "add", "1", "--start", "2026-13-01 10:00"}).status == 5);
    BOOST_TEST(ClientCount(cli) == 1u);
}

BOOST_AUTO_TEST_CASE(an_unknown_client_session_or_note_is_not_found) {
    TempDir dir;
    CliRunner cli(dir);
    cli.Init();
    BOOST_TEST(cli.Run({"client", "show", "SB-ZZZZZZ"}).status == 4);
    BOOST_TEST(cli.Run({"session", "show", "999"}).status == 4);
    BOOST_TEST(cli.Run({"note", "sign", "999"}).status == 4);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace securebase::test

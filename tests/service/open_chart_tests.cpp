#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>

#include "core/error.h"
#include "practice_fixture.h"

using namespace securebase;
using namespace securebase::service;
using namespace std::chrono;
using securebase::test::PracticeFixture;

namespace {

// Counts units of work begun through it; everything else goes straight to the real store.
class CountingStore : public PracticeStore {
public:
    explicit CountingStore(PracticeStore& inner) : m_inner(inner) {}
    ClientRepository& Clients() override { return m_inner.Clients(); }
    SessionRepository& Sessions() override { return m_inner.Sessions(); }
    NoteRepository& Notes() override { return m_inner.Notes(); }
    AuditLog& Audit() override { return m_inner.Audit(); }
    SettingsRepository& Settings() override { return m_inner.Settings(); }
    std::unique_ptr<UnitOfWork> BeginWork() override {
        ++units;
        return m_inner.BeginWork();
    }
    int units = 0;

private:
    PracticeStore& m_inner;
};

// An active client with three sessions booked out of order: the oldest has a signed note, the
// newest a draft note and a process note, the middle one (cancelled) no note at all.
struct ThreeSessionChart : PracticeFixture {
    ThreeSessionChart() {
        NamePractitioner();
        Client draft = Draft();
        draft.status = ClientStatus::Active;
        client = practice->AdmitClient(draft);
        oldest = Book(local_days{year{2026} / 10 / 6} + hours{9});
        newest = Book(local_days{year{2026} / 10 / 20} + hours{9});
        middle = Book(local_days{year{2026} / 10 / 13} + hours{9});
        signedNote = practice->SignNote(Write(oldest, "Named the fear of the tunnel").id);
        draftNote = Write(newest, "Rode two stops with a friend");
        practice->SaveProcessNote(newest.id, "My own pull to rescue her");
    }

    Session Book(LocalDateTime start) {
        Session session;
        session.clientId = client.id;
        session.start = start;
        return practice->AddSession(session);
    }

    ProgressNote Write(const Session& session, const std::string& text) {
        ProgressNote note;
        note.sessionId = session.id;
        note.format = NoteFormat::Free;
        note.fields = {{"text", text}};
        return practice->SaveNote(note);
    }

    std::vector<AuditEntry> AuditAfter(std::int64_t rowsBefore) {
        return practice->AuditTrail(static_cast<size_t>(Count("audit_log") - rowsBefore));
    }

    Client client;
    Session oldest, middle, newest;
    ProgressNote signedNote, draftNote;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(open_chart, ThreeSessionChart)

BOOST_AUTO_TEST_CASE(a_chart_holds_the_client_and_every_session_newest_first_with_its_note) {
    const ClientChart chart = practice->OpenChart(client.id);
    BOOST_TEST(chart.client.id == client.id);
    BOOST_TEST(chart.client.name.family == "Quillfeather");
    BOOST_REQUIRE(chart.sessions.size() == 3u);
    BOOST_TEST(chart.sessions[0].session.id == newest.id);
    BOOST_TEST(chart.sessions[1].session.id == middle.id);
    BOOST_TEST(chart.sessions[2].session.id == oldest.id);
    BOOST_REQUIRE(chart.sessions[0].note.has_value());
    BOOST_TEST(chart.sessions[0].note->id == draftNote.id);
    BOOST_TEST(!chart.sessions[0].note->IsSigned());
    BOOST_TEST(!chart.sessions[1].note.has_value());
    BOOST_REQUIRE(chart.sessions[2].note.has_value());
    BOOST_TEST(chart.sessions[2].note->IsSigned());
    BOOST_TEST(*chart.sessions[2].note->Field("text") == "Named the fear of the tunnel");
}

BOOST_AUTO_TEST_CASE(opening_a_chart_audits_the_client_and_each_note_read_and_nothing_else) {
    const auto before = Count("audit_log");
    practice->OpenChart(client.id);
    const auto rows = AuditAfter(before);
    BOOST_REQUIRE(rows.size() == 3u);  // the client and two progress notes
    for (const auto& row : rows) {
        BOOST_TEST((row.action == AuditAction::Read));
        BOOST_TEST(row.actor == "Dr Aurelio Stanwick");
    }
    BOOST_TEST(rows.back().entity == "client");  // newest first: the client was read first
    BOOST_TEST(rows.back().entityId == client.id);
    std::vector<Id> notes;
    for (size_t i = 0; i + 1 < rows.size(); ++i) {
        BOOST_TEST(rows[i].entity == "note");
        notes.push_back(rows[i].entityId);
    }
    std::sort(notes.begin(), notes.end());
    BOOST_TEST(notes == (std::vector<Id>{signedNote.id, draftNote.id}),
               boost::test_tools::per_element());
    BOOST_TEST(practice->VerifyAuditTrail().intact);
}

BOOST_AUTO_TEST_CASE(the_whole_chart_is_read_and_audited_in_one_unit_of_work) {
    CountingStore counting(*store);
    Practice counted(counting);
    counted.OpenChart(client.id);
    BOOST_TEST(counting.units == 1);
    counted.FindChart(client.code);
    BOOST_TEST(counting.units == 2);
}

BOOST_AUTO_TEST_CASE(a_chart_is_found_by_id_or_by_code_in_any_case) {
    BOOST_TEST(practice->FindChart(std::to_string(client.id)).client.id == client.id);
    std::string lower = client.code;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    BOOST_TEST(practice->FindChart(lower).sessions.size() == 3u);
    try {
        practice->FindChart("SB-ZZZZZZ");
        BOOST_FAIL("expected NotFound");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
    }
}

BOOST_AUTO_TEST_CASE(a_process_note_is_neither_in_the_chart_nor_read) {
    const auto before = Count("audit_log");
    const ClientChart chart = practice->OpenChart(client.id);
    for (const auto& entry : chart.sessions)
        if (entry.note)
            for (const auto& field : entry.note->fields)
                BOOST_TEST(field.text.find("rescue") == std::string::npos);
    for (const auto& row : AuditAfter(before)) BOOST_TEST(row.entity != "process-note");
}

BOOST_AUTO_TEST_CASE(an_unknown_client_is_not_found_and_leaves_no_audit_row) {
    const auto before = Count("audit_log");
    try {
        practice->OpenChart(client.id + 100);
        BOOST_FAIL("expected NotFound");
    } catch (const Error& error) {
        BOOST_TEST((error.Code() == ErrorCode::NotFound));
    }
    BOOST_TEST(Count("audit_log") == before);
}

BOOST_AUTO_TEST_CASE(a_client_without_sessions_has_an_empty_chart_and_one_audit_row) {
    Client draft = Draft();
    draft.name.given = "Ottoline";
    const Client waiting = practice->AdmitClient(draft);
    const auto before = Count("audit_log");
    BOOST_TEST(practice->OpenChart(waiting.id).sessions.empty());
    BOOST_TEST(Count("audit_log") == before + 1);
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>

#include "fake_views.h"
#include "present/display_time.h"
#include "present/note_editor_presenter.h"
#include "present/sessions_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(note_editor_presenter)

namespace {

struct NoteFixture {
    TestVault vault;
    FakeSessionsView sessionsView;
    FakeNoteEditorView noteView;
    present::NoteEditorPresenter note{noteView, vault.Records()};
    present::SessionsPresenter sessions{sessionsView, vault.Records(),
                                        [this](std::optional<Id> id) { note.ShowSession(id); }};
    Client client = vault.Admit("Marisol", "Thornquist");

    NoteFixture() {
        sessions.ShowClient(client.id);
        sessionsView.draft.start = "2026-11-20 10:00";
        sessions.OnAddSession();
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(adding_a_session_opens_its_empty_note_in_the_default_format, NoteFixture) {
    BOOST_TEST(sessionsView.rows.size() == 1u);
    BOOST_TEST(sessionsView.rows[0].when == "2026-11-20 10:00");
    BOOST_TEST((sessionsView.selected == std::optional<size_t>(0)));
    BOOST_TEST(noteView.state.hasSession);
    BOOST_TEST(!noteView.state.readOnly);
    BOOST_TEST(noteView.state.sections.size() == FieldsOf(NoteFormat::Soap).size());
    BOOST_TEST(noteView.state.sections[0].label == "Subjective");
}

BOOST_FIXTURE_TEST_CASE(a_malformed_session_start_is_explained, NoteFixture) {
    sessionsView.draft.start = "next tuesday";
    sessions.OnAddSession();
    BOOST_TEST(sessionsView.message.find("YYYY-MM-DD") != std::string::npos);
    BOOST_TEST(sessionsView.rows.size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(switching_format_keeps_the_sections_both_formats_share, NoteFixture) {
    noteView.texts = {"Reported better sleep.", "Calm.", "Improving.", "Continue diary."};
    note.OnFormatChosen(NoteFormat::Dap);
    BOOST_TEST(noteView.state.sections.size() == 3u);
    BOOST_TEST(noteView.state.sections[1].label == "Assessment");
    BOOST_TEST(noteView.state.sections[1].text == "Improving.");
    BOOST_TEST(noteView.state.sections[2].text == "Continue diary.");
}

BOOST_FIXTURE_TEST_CASE(a_saved_note_comes_back_when_the_session_is_reopened, NoteFixture) {
    noteView.texts = {"Reported better sleep.", "", "", "Continue diary."};
    BOOST_TEST(note.OnSave());
    note.ShowSession(std::nullopt);
    BOOST_TEST(!noteView.state.hasSession);
    sessions.OnSessionSelected(0);
    BOOST_TEST(noteView.state.sections[0].text == "Reported better sleep.");
    BOOST_TEST(noteView.state.sections[3].text == "Continue diary.");
}

BOOST_FIXTURE_TEST_CASE(signing_makes_the_note_read_only_and_offers_addenda, NoteFixture) {
    noteView.texts = {"Reported better sleep.", "Calm.", "Improving.", "Continue diary."};
    note.OnSign();
    BOOST_TEST(noteView.state.readOnly, noteView.message);
    BOOST_REQUIRE(note.Note().IsSigned());
    // Read in the local zone, not as ISO UTC.
    const std::string signedAt = present::FormatLocalTime(note.Note().signature->signedAt);
    BOOST_TEST(noteView.state.signatureLine ==
               "Signed " + signedAt + ", " + note.Note().signature->signedBy);

    // Edits typed after signing are not saved, and the format cannot change.
    noteView.texts[0] = "Changed afterwards.";
    BOOST_TEST(!note.OnSave());
    note.OnFormatChosen(NoteFormat::Free);
    BOOST_TEST((noteView.state.format == NoteFormat::Soap));
    sessions.OnSessionSelected(0);
    BOOST_TEST(noteView.state.sections[0].text == "Reported better sleep.");
    BOOST_TEST(noteView.state.readOnly);

    noteView.addendum = "Client called to add context.";
    note.OnAddAddendum();
    BOOST_TEST(noteView.state.addenda.size() == 1u);
    BOOST_TEST(noteView.state.addenda[0].ends_with(": Client called to add context."));
    BOOST_TEST(noteView.state.addenda[0].find('T') == std::string::npos, noteView.state.addenda[0]);
    BOOST_TEST(noteView.addendum.empty());
}

BOOST_FIXTURE_TEST_CASE(an_empty_addendum_is_not_added, NoteFixture) {
    noteView.texts = {"Reported better sleep.", "", "", ""};
    note.OnSign();
    noteView.addendum = "   ";
    note.OnAddAddendum();
    BOOST_TEST(noteView.state.addenda.empty());
    BOOST_TEST(!noteView.message.empty());
}

BOOST_AUTO_TEST_SUITE_END()

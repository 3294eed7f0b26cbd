#include <boost/test/unit_test.hpp>

#include "fake_views.h"
#include "present/main_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(process_note_presenter)

namespace {

// Through MainPresenter, so the process note follows the chosen session as in the window.
struct ChartFixture {
    TestVault vault;
    FakeMainView mainView;
    FakeClientListView listView;
    FakeClientDetailsView detailsView;
    FakeSessionsView sessionsView;
    FakeNoteEditorView noteView;
    FakeProcessNoteView processView;
    present::MainPresenter presenter{
        {mainView, listView, detailsView, sessionsView, noteView, processView},
        vault.Records(),
        vault.path};
    Client client = vault.Admit("Perpetua", "Lindqvist");

    ChartFixture() {
        presenter.Start();
        presenter.OnClientChosen(0);
        sessionsView.draft.start = "2026-11-18 09:00";
        presenter.Sessions().OnAddSession();
        sessionsView.draft.start = "2026-11-11 09:00";
        presenter.Sessions().OnAddSession();
    }
    Id SessionAt(size_t row) { return presenter.Sessions().Sessions().at(row).id; }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(without_a_session_there_is_no_process_note_to_write, ChartFixture) {
    presenter.Sessions().Clear();
    BOOST_TEST(!processView.hasSession);
    processView.text = "typed into nowhere";
    BOOST_TEST(!presenter.Process().OnSave());
}

BOOST_FIXTURE_TEST_CASE(a_process_note_is_saved_and_loaded_with_its_session, ChartFixture) {
    presenter.Sessions().OnSessionSelected(0);
    BOOST_TEST(processView.hasSession);
    BOOST_TEST(processView.text.empty());
    processView.text = "Noticed my own impatience when the topic of work came up.";
    BOOST_TEST(presenter.Process().OnSave(), processView.message);
    BOOST_TEST(processView.message.find("private") != std::string::npos);

    // The other session has its own (empty) process note; coming back loads the saved one.
    presenter.Sessions().OnSessionSelected(1);
    BOOST_TEST(processView.text.empty());
    presenter.Sessions().OnSessionSelected(0);
    BOOST_TEST(processView.text == "Noticed my own impatience when the topic of work came up.");
    const auto stored = vault.Records().ProcessNoteOf(SessionAt(0));
    BOOST_REQUIRE(stored);
    BOOST_TEST(stored->text == "Noticed my own impatience when the topic of work came up.");
    BOOST_TEST(!vault.Records().ProcessNoteOf(SessionAt(1)));
}

BOOST_FIXTURE_TEST_CASE(process_and_progress_notes_are_kept_apart, ChartFixture) {
    presenter.Sessions().OnSessionSelected(0);
    noteView.texts = {"Reports better sleep.", "", "", ""};
    BOOST_REQUIRE(presenter.Note().OnSave());
    processView.text = "Hypothesis: avoidance around father.";
    BOOST_REQUIRE(presenter.Process().OnSave());

    const auto progress = vault.Records().NoteOf(SessionAt(0));
    BOOST_REQUIRE(progress);
    for (const NoteField& field : progress->fields)
        BOOST_TEST(field.text.find("avoidance") == std::string::npos, field.key);
    BOOST_TEST(vault.Records().ProcessNoteOf(SessionAt(0))->text.find("sleep") ==
               std::string::npos);

    // Signing the progress note leaves the process note editable.
    presenter.Note().OnSign();
    BOOST_REQUIRE(presenter.Note().Note().IsSigned());
    processView.text = "Revised hypothesis.";
    BOOST_TEST(presenter.Process().OnSave(), processView.message);
    BOOST_TEST(vault.Records().ProcessNoteOf(SessionAt(0))->text == "Revised hypothesis.");
}

BOOST_FIXTURE_TEST_CASE(ctrl_s_on_the_sessions_tab_saves_a_changed_process_note, ChartFixture) {
    presenter.Sessions().OnSessionSelected(1);
    BOOST_TEST(!presenter.Process().HasChanges());
    processView.text = "Countertransference worth supervision.";
    BOOST_TEST(presenter.Process().HasChanges());
    presenter.OnSave(present::ChartTab::Sessions);
    BOOST_TEST(!presenter.Process().HasChanges());
    const auto stored = vault.Records().ProcessNoteOf(SessionAt(1));
    BOOST_REQUIRE(stored);
    BOOST_TEST(stored->text == "Countertransference worth supervision.");
}

BOOST_AUTO_TEST_SUITE_END()

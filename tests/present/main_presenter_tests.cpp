#include <boost/test/unit_test.hpp>

#include "fake_views.h"
#include "present/main_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

BOOST_AUTO_TEST_SUITE(main_presenter)

namespace {

struct MainFixture {
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
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(starts_with_the_list_and_no_chart, MainFixture) {
    vault.Admit("Oriel", "Vantongeren");
    presenter.Start();
    BOOST_TEST(!mainView.chartVisible);
    BOOST_TEST(listView.rows == 1u);
    BOOST_TEST(mainView.status.find("unlocked") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(a_new_client_without_a_name_shows_the_problem_next_to_the_field,
                        MainFixture) {
    presenter.Start();
    presenter.OnNewClient();
    BOOST_TEST(mainView.chartVisible);
    BOOST_TEST(!mainView.sessionsEnabled);
    BOOST_TEST(detailsView.form["code"].empty());
    detailsView.form["name.family"] = "Vantongeren";
    detailsView.form["dateOfBirth"] = "1990-02-31";
    presenter.OnSave(present::ChartTab::Details);
    bool birthFlagged = false;
    for (const auto& problem : detailsView.problems) birthFlagged |= problem.field == "dateOfBirth";
    BOOST_TEST(birthFlagged);
    BOOST_TEST(listView.rows == 0u);

    detailsView.form["dateOfBirth"] = "";
    presenter.OnSave(present::ChartTab::Details);
    bool givenFlagged = false;
    for (const auto& problem : detailsView.problems) givenFlagged |= problem.field == "name.given";
    BOOST_TEST(givenFlagged);
    BOOST_TEST(listView.rows == 0u);
}

BOOST_FIXTURE_TEST_CASE(a_saved_new_client_joins_the_list_and_can_have_sessions, MainFixture) {
    presenter.Start();
    presenter.OnNewClient();
    detailsView.form["name.given"] = "Oriel";
    detailsView.form["name.family"] = "Vantongeren";
    detailsView.form["tags"] = "grief, couples";
    presenter.OnSave(present::ChartTab::Details);
    BOOST_TEST(detailsView.problems.empty());
    BOOST_TEST(detailsView.form["code"].starts_with("SB-"));
    BOOST_TEST(listView.rows == 1u);
    BOOST_TEST(mainView.sessionsEnabled);
    BOOST_TEST(sessionsView.addingEnabled);

    presenter.List().OnQueryChanged("Vanto");
    BOOST_TEST(listView.rows == 1u);
    presenter.OnClientChosen(0);
    BOOST_TEST(detailsView.form["name.given"] == "Oriel");
    BOOST_TEST(detailsView.form["tags"].find("grief") != std::string::npos);
    BOOST_TEST(detailsView.form["tags"].find("couples") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(edits_to_a_client_are_saved, MainFixture) {
    const Client client = vault.Admit("Oriel", "Vantongeren");
    presenter.Start();
    presenter.OnClientChosen(0);
    detailsView.form["pronouns"] = "she/her";
    presenter.OnSave(present::ChartTab::Details);
    BOOST_TEST(detailsView.problems.empty());
    BOOST_TEST(vault.Records().GetClient(client.id).pronouns == "she/her");
}

BOOST_AUTO_TEST_SUITE_END()

#include <boost/test/unit_test.hpp>

#include "assessment_fakes.h"
#include "present/norms_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

constexpr const char* kInventory = "relationship_patterns_inventory";

struct Norms {
    TestVault vault;
    service::Assessments& assessments = vault.session->Assessing();
    FakeNormsView view;
    bool saved = false;
    present::NormsPresenter presenter{view, assessments, kInventory, [this] { saved = true; }};

    Norms() { presenter.Start(); }

    // Whether a change between two administrations now carries an RCI.
    bool GivesRci() {
        const Client client = vault.Admit("Ilse", "Marchetti");
        assess::Answers answers;
        for (const auto& item : assessments.GetInstrument(kInventory).items) answers[item.id] = 4;
        assessments.Record(client.id, kInventory, answers);
        const auto report = assessments.Record(client.id, kInventory, answers);
        return report.sinceBaseline.at(0).change && report.sinceBaseline.at(0).change->rci;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(norms_dialog)

BOOST_AUTO_TEST_CASE(every_subscale_without_shipped_norms_gets_a_row) {
    Norms norms;
    BOOST_REQUIRE(norms.view.rows.size() == 3u);
    BOOST_TEST(norms.view.rows[0].subscale == "Attachment anxiety");
}

BOOST_AUTO_TEST_CASE(a_row_without_its_source_is_refused_by_name_and_nothing_is_saved) {
    Norms norms;
    norms.view.rows[0] = {"Attachment anxiety", "1.1", "0,82", "Invented study, 2020"};
    norms.view.rows[1] = {"Attachment avoidance", "1.2", "0.8", ""};
    norms.presenter.OnSave();
    BOOST_TEST(norms.view.error.find("Attachment avoidance") == 0u, norms.view.error);
    BOOST_TEST(!norms.view.closed);
    BOOST_TEST(!norms.GivesRci());
}

BOOST_AUTO_TEST_CASE(a_reliability_outside_zero_to_one_is_refused) {
    Norms norms;
    norms.view.rows[0] = {"Attachment anxiety", "1.1", "1.5", "Invented study, 2020"};
    norms.presenter.OnSave();
    BOOST_TEST(norms.view.error.find("Attachment anxiety: ") == 0u, norms.view.error);
    BOOST_TEST(!norms.saved);
}

BOOST_AUTO_TEST_CASE(complete_rows_are_saved_and_change_then_carries_an_rci) {
    Norms norms;
    norms.view.rows[0] = {"Attachment anxiety", "1.1", "0,82", "Invented study, 2020"};
    norms.presenter.OnSave();
    BOOST_TEST(norms.view.error.empty(), norms.view.error);
    BOOST_TEST(norms.view.closed);
    BOOST_TEST(norms.saved);
    BOOST_TEST(norms.GivesRci());
}

BOOST_AUTO_TEST_CASE(norms_entered_before_are_shown_again) {
    Norms norms;
    norms.assessments.SetNorms({kInventory, "avoidance", 1.25, 0.85, "Invented study, 2021"});
    FakeNormsView again;
    present::NormsPresenter reopened(again, norms.assessments, kInventory, [] {});
    reopened.Start();
    BOOST_REQUIRE(again.rows.size() == 3u);
    BOOST_TEST(again.rows[0].sd.empty());
    BOOST_TEST(again.rows[1].sd == "1.25");
    BOOST_TEST(again.rows[1].reliability == "0.85");
    BOOST_TEST(again.rows[1].source == "Invented study, 2021");
}

BOOST_AUTO_TEST_SUITE_END()

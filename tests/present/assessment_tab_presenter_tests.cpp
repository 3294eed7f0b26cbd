#include <boost/test/unit_test.hpp>

#include "assessment_fakes.h"
#include "present/assessment_tab_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

constexpr const char* kInventory = "relationship_patterns_inventory";
constexpr const char* kPaperKey = "ecr_r_scoring_key";

assess::Answers AllAnswered(service::Assessments& assessments, const std::string& instrumentId,
                            int value) {
    assess::Answers answers;
    for (const auto& item : assessments.GetInstrument(instrumentId).items) answers[item.id] = value;
    return answers;
}

struct Tab {
    TestVault vault;
    Client client = vault.Admit("Ilse", "Marchetti");
    FakeAssessmentTabView view;
    service::Assessments& assessments = vault.session->Assessing();
    present::AssessmentTabPresenter presenter{view, assessments};

    std::optional<size_t> IndexOf(const std::string& instrumentId) {
        const std::string title = assessments.GetInstrument(instrumentId).title;
        for (size_t i = 0; i < view.instruments.size(); ++i)
            if (view.instruments[i] == title) return i;
        return std::nullopt;
    }
    bool Shows(const std::string& text) const {
        return view.ResultText().find(text) != std::string::npos;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_tab)

BOOST_AUTO_TEST_CASE(a_completed_inventory_shows_its_scores_classification_and_disclaimer) {
    Tab tab;
    tab.assessments.Record(tab.client.id, kInventory, AllAnswered(tab.assessments, kInventory, 5));
    tab.presenter.ShowClient(tab.client.id);
    BOOST_REQUIRE(tab.view.rows.size() == 1u);
    BOOST_TEST(tab.view.rows[0].status == "Completed");
    BOOST_TEST(tab.view.rows[0].scores.find("Attachment anxiety") != std::string::npos);
    BOOST_REQUIRE(tab.view.result);
    BOOST_TEST(tab.view.result->disclaimer.find(
                   "structured reflection tool, not a validated diagnostic measure") !=
               std::string::npos);
    BOOST_TEST(tab.Shows("# Scores"));
    BOOST_TEST(tab.Shows("# Classification"));
    BOOST_TEST(tab.Shows("Disorganization"));
    BOOST_TEST(tab.Shows("None: every item was answered."));
    BOOST_TEST(tab.Shows("first scored administration"));
    BOOST_TEST(tab.Shows("# About this instrument"));
}

BOOST_AUTO_TEST_CASE(unanswered_items_and_a_subscale_with_too_many_gaps_are_named) {
    Tab tab;
    assess::Answers answers = AllAnswered(tab.assessments, kInventory, 3);
    const auto instrument = tab.assessments.GetInstrument(kInventory);
    const auto& anxiety = *instrument.FindSubscale("anxiety");
    for (size_t i = 0; i < 3; ++i) answers.erase(anxiety.items.at(i));
    tab.assessments.Record(tab.client.id, kInventory, answers);
    tab.presenter.ShowClient(tab.client.id);
    BOOST_TEST(tab.Shows("Attachment anxiety: not scored, 3 items unanswered (at most 1 allowed)"));
    BOOST_TEST(
        tab.Shows("Item " + anxiety.items[0] + ": " + instrument.FindItem(anxiety.items[0])->text));
    BOOST_TEST(tab.Shows("Not classified"));
}

BOOST_AUTO_TEST_CASE(without_norms_the_change_is_raw_with_the_reason_and_norms_are_offered) {
    Tab tab;
    tab.assessments.Record(tab.client.id, kInventory, AllAnswered(tab.assessments, kInventory, 5));
    tab.assessments.Record(tab.client.id, kInventory, AllAnswered(tab.assessments, kInventory, 3));
    tab.presenter.ShowClient(tab.client.id);
    BOOST_REQUIRE(tab.view.rows.size() == 2u);
    BOOST_TEST((tab.view.selected == std::optional<size_t>(0)));  // the newest, listed first
    BOOST_TEST(tab.Shows("# Change since baseline"));
    BOOST_TEST(tab.Shows("Raw change"));
    BOOST_TEST(tab.Shows("no reliable change index"));
    BOOST_TEST(tab.view.actions.norms);
    tab.presenter.OnEnterNorms();
    BOOST_TEST(tab.view.normsOpened == kInventory);
}

BOOST_AUTO_TEST_CASE(with_practitioner_norms_the_change_carries_an_rci_verdict) {
    Tab tab;
    for (const char* subscale : {"anxiety", "avoidance", "disorganization"})
        tab.assessments.SetNorms({kInventory, subscale, 1.0, 0.8, "Invented for this test"});
    // Two of a subscale's eight items are reversed, so answering v throughout scores v/2 + 2:
    // 5.50, 4.00, 3.50. S_diff = √2 · 1.0 · √0.2 ≈ 0.632, so −2.00 is RCI −3.16, −0.50 is −0.79.
    for (int value : {7, 4, 3})
        tab.assessments.Record(tab.client.id, kInventory,
                               AllAnswered(tab.assessments, kInventory, value));
    tab.presenter.ShowClient(tab.client.id);
    BOOST_TEST(tab.Shows("# Change since baseline"));
    BOOST_TEST(tab.Shows("Attachment anxiety: 5.50 → 3.50. RCI -3.16"));
    BOOST_TEST(tab.Shows("improved"));
    BOOST_TEST(tab.Shows("# Change since last time"));
    BOOST_TEST(tab.Shows("Attachment anxiety: 4.00 → 3.50. RCI -0.79"));
    BOOST_TEST(tab.Shows("no reliable change"));
    BOOST_TEST(!tab.view.actions.norms);
}

BOOST_AUTO_TEST_CASE(the_history_charts_follow_every_subscale_and_the_path_through_the_plane) {
    Tab tab;
    tab.presenter.ShowClient(tab.client.id);
    BOOST_TEST(tab.view.charts.Empty());
    for (int value : {6, 3})
        tab.assessments.Record(tab.client.id, kInventory,
                               AllAnswered(tab.assessments, kInventory, value));
    tab.presenter.ShowClient(tab.client.id);
    BOOST_REQUIRE(tab.view.charts.subscales.size() == 3u);
    BOOST_TEST(tab.view.charts.subscales[0].title == "Attachment anxiety");
    BOOST_TEST(tab.view.charts.subscales[0].series.at(0).points.size() == 2u);
    BOOST_REQUIRE(tab.view.charts.plane);
    BOOST_TEST(tab.view.charts.plane->path.size() == 2u);
}

BOOST_AUTO_TEST_CASE(starting_in_client_mode_stores_an_administration_and_opens_the_window) {
    Tab tab;
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnStartClientMode(tab.IndexOf(kInventory));
    BOOST_REQUIRE(tab.view.clientModeOpened);
    BOOST_REQUIRE(tab.view.rows.size() == 1u);
    BOOST_TEST(tab.view.rows[0].status == "In progress");
    BOOST_TEST(tab.view.actions.resume);
    BOOST_TEST(tab.view.actions.abandon);
    tab.view.clientModeOpened.reset();
    tab.presenter.OnResume();
    BOOST_TEST(tab.view.clientModeOpened.has_value());
}

BOOST_AUTO_TEST_CASE(a_paper_key_is_entered_in_the_interview_grid_not_in_client_mode) {
    Tab tab;
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnStartClientMode(tab.IndexOf(kPaperKey));
    BOOST_TEST(!tab.view.clientModeOpened);
    BOOST_TEST(tab.view.message.find("paper form") != std::string::npos, tab.view.message);
    BOOST_TEST(tab.view.rows.empty());
    tab.presenter.OnStartInterview(tab.IndexOf(kPaperKey));
    BOOST_REQUIRE(tab.view.interviewOpened);
    BOOST_TEST((tab.assessments.Show(*tab.view.interviewOpened).administration.mode ==
                AdministrationMode::Paper));
}

BOOST_AUTO_TEST_CASE(abandoning_asks_first_and_then_keeps_the_row_as_abandoned) {
    Tab tab;
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnStartInterview(tab.IndexOf(kInventory));
    tab.view.confirmAbandon = false;
    tab.presenter.OnAbandon();
    BOOST_TEST(tab.view.rows.at(0).status == "In progress");
    tab.view.confirmAbandon = true;
    tab.presenter.OnAbandon();
    BOOST_TEST(tab.view.rows.at(0).status == "Abandoned");
    BOOST_TEST(!tab.view.actions.resume);
}

BOOST_AUTO_TEST_CASE(without_a_chosen_instrument_nothing_starts) {
    Tab tab;
    tab.presenter.ShowClient(tab.client.id);
    tab.presenter.OnStartClientMode(std::nullopt);
    BOOST_TEST(tab.view.message == "Choose an instrument first.");
    BOOST_TEST(tab.assessments.History(tab.client.id).empty());
}

BOOST_AUTO_TEST_SUITE_END()

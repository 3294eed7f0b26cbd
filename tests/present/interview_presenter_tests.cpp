#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "assessment_fakes.h"
#include "present/interview_presenter.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

constexpr const char* kPaperKey = "ecr_r_scoring_key";

struct Interview {
    TestVault vault;
    Client client = vault.Admit("Ilse", "Marchetti");
    service::Assessments& assessments = vault.session->Assessing();
    Id id = assessments.Start(client.id, kPaperKey, AdministrationMode::Paper).id;
    FakeInterviewView view;
    std::optional<bool> left;
    present::InterviewPresenter presenter{view, assessments, id,
                                          [this](Id, bool completed) { left = completed; }};

    Interview() { presenter.Start(); }
    std::map<std::string, int> Saved() { return assessments.Resume(id).answers; }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(interview)

BOOST_AUTO_TEST_CASE(the_paper_key_lists_its_36_numbered_items_for_single_key_entry) {
    Interview interview;
    BOOST_REQUIRE(interview.view.rows.size() == 36u);
    BOOST_TEST(interview.view.rows[0].text == "Item 1");
    BOOST_TEST(interview.view.rows[35].number == "36");
    BOOST_TEST(interview.view.rows[0].range == "1–7");
    BOOST_TEST(interview.view.rows[0].singleKey);
    BOOST_TEST((interview.view.focused == std::optional<size_t>(0)));
    BOOST_TEST(interview.view.progress == "0 of 36 answered");
}

BOOST_AUTO_TEST_CASE(an_accepted_value_is_saved_and_the_cursor_moves_to_the_next_item) {
    Interview interview;
    BOOST_TEST(interview.presenter.OnEntered(0, "6"));
    BOOST_TEST(interview.Saved().at("1") == 6);
    BOOST_TEST(interview.view.rows[0].answer == "6");
    BOOST_TEST((interview.view.focused == std::optional<size_t>(1)));
    BOOST_TEST(interview.view.progress == "1 of 36 answered");
    BOOST_TEST(interview.presenter.OnEntered(0, ""));  // cleared again
    BOOST_TEST(interview.Saved().empty());
}

const char* const kRefused[] = {"8", "0", "-1", "x", "3.5", "4 4", "77"};

BOOST_DATA_TEST_CASE(a_value_off_the_scale_is_refused_on_its_row_and_nothing_is_saved,
                     boost::unit_test::data::make(kRefused), typed) {
    Interview interview;
    BOOST_TEST(!interview.presenter.OnEntered(4, typed));
    BOOST_TEST(interview.view.problems[4] == "Not on the scale: enter a whole number from 1–7.");
    BOOST_TEST((interview.view.focused == std::optional<size_t>(0)));
    BOOST_TEST(interview.Saved().empty());
    BOOST_TEST(interview.presenter.OnEntered(4, "7"));
    BOOST_TEST(interview.view.problems[4].empty());
}

BOOST_AUTO_TEST_CASE(a_resumed_interview_puts_the_cursor_on_the_first_empty_item) {
    Interview interview;
    for (size_t row = 0; row < 3; ++row) interview.presenter.OnEntered(row, "2");
    FakeInterviewView again;
    present::InterviewPresenter resumed(again, interview.assessments, interview.id,
                                        [](Id, bool) {});
    resumed.Start();
    BOOST_TEST((again.focused == std::optional<size_t>(3)));
    BOOST_TEST(again.rows[2].answer == "2");
}

// Every answer 2; items 9 and 11 are reverse-keyed in anxiety (8 − 2 = 6): (16·2 + 2·6) / 18.
BOOST_AUTO_TEST_CASE(saving_completes_and_scores_the_paper_form) {
    Interview interview;
    for (size_t row = 0; row < 36; ++row) BOOST_REQUIRE(interview.presenter.OnEntered(row, "2"));
    interview.presenter.OnSave();
    BOOST_TEST(interview.view.closed);
    BOOST_TEST((interview.left == std::optional<bool>(true)));
    const auto report = interview.assessments.Show(interview.id);
    BOOST_REQUIRE(report.scores);
    const auto* anxiety = report.scores->Find("anxiety");
    BOOST_REQUIRE(anxiety);
    BOOST_TEST(*anxiety->score == (2.0 * 16 + 6.0 + 6.0) / 18.0,
               boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()

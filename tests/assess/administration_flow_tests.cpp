#include <boost/test/unit_test.hpp>

#include "assess/administration_flow.h"
#include "assess/assess_test_support.h"
#include "core/error.h"

using namespace securebase;
using namespace securebase::assess;

BOOST_AUTO_TEST_SUITE(administration_flow)

BOOST_AUTO_TEST_CASE(a_new_administration_starts_at_the_first_item_with_nothing_answered) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    AdministrationFlow flow(instrument);
    BOOST_TEST(flow.Position() == 0u);
    BOOST_TEST(flow.CurrentItem().id == "1");
    BOOST_TEST(flow.AnsweredCount() == 0u);
    BOOST_TEST(flow.ItemCount() == 24u);
    BOOST_TEST(!flow.IsComplete());
    BOOST_TEST(!flow.CurrentAnswer().has_value());
}

BOOST_AUTO_TEST_CASE(answering_moves_on_and_counts_progress) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    AdministrationFlow flow(instrument);
    flow.Answer(5);
    flow.Answer(2);
    BOOST_TEST(flow.Position() == 2u);
    BOOST_TEST(flow.AnsweredCount() == 2u);
    BOOST_TEST(flow.GivenAnswers().at("1") == 5);
    BOOST_TEST(flow.GivenAnswers().at("2") == 2);
}

BOOST_AUTO_TEST_CASE(back_shows_the_earlier_answer_and_a_new_answer_replaces_it) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    AdministrationFlow flow(instrument);
    flow.Answer(5);
    BOOST_TEST(flow.Back());
    BOOST_TEST((flow.CurrentAnswer() == 5));
    flow.Answer(3);
    BOOST_TEST(flow.GivenAnswers().at("1") == 3);
    BOOST_TEST(flow.AnsweredCount() == 1u);
    BOOST_TEST(flow.Back());
    BOOST_TEST(!flow.Back());
    BOOST_TEST(flow.Position() == 0u);
}

BOOST_AUTO_TEST_CASE(next_keeps_an_answer_and_skip_clears_it) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    AdministrationFlow flow(instrument);
    flow.Answer(6);
    flow.Back();
    flow.Next();
    BOOST_TEST(flow.GivenAnswers().count("1") == 1u);
    flow.Back();
    flow.Skip();
    BOOST_TEST(flow.GivenAnswers().count("1") == 0u);
    BOOST_TEST(flow.Position() == 1u);
}

BOOST_AUTO_TEST_CASE(number_keys_answer_with_the_scale_value_they_show) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    AdministrationFlow flow(instrument);
    BOOST_TEST(!flow.AnswerKey('0'));  // 1–7 scale: 0 is no answer
    BOOST_TEST(!flow.AnswerKey('8'));
    BOOST_TEST(!flow.AnswerKey('x'));
    BOOST_TEST(flow.Position() == 0u);
    BOOST_TEST(flow.AnswerKey('7'));
    BOOST_TEST(flow.GivenAnswers().at("1") == 7);
    BOOST_TEST(flow.Position() == 1u);
}

BOOST_AUTO_TEST_CASE(a_zero_to_ten_rating_takes_the_zero_key_and_ten_by_value) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    AdministrationFlow flow(instrument);
    BOOST_TEST(flow.AnswerKey('0'));
    flow.Answer(10);
    BOOST_TEST(flow.GivenAnswers().at("safety") == 0);
    BOOST_TEST(flow.GivenAnswers().at("trust") == 10);
}

BOOST_AUTO_TEST_CASE(an_answer_off_the_scale_is_refused_and_changes_nothing) {
    const auto instrument = test::LoadShipped("relationship_patterns_inventory");
    AdministrationFlow flow(instrument);
    BOOST_CHECK_THROW(flow.Answer(9), Error);
    BOOST_TEST(flow.Position() == 0u);
    BOOST_TEST(flow.AnsweredCount() == 0u);
}

BOOST_AUTO_TEST_CASE(answering_every_item_completes_and_ends_past_the_last_item) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    AdministrationFlow flow(instrument);
    for (int value : {8, 7, 3, 2, 6, 5}) flow.Answer(value);
    BOOST_TEST(flow.IsComplete());
    BOOST_TEST(flow.AtEnd());
    BOOST_CHECK_THROW(flow.CurrentItem(), Error);
    BOOST_CHECK_THROW(flow.Answer(1), Error);
    BOOST_TEST(flow.Back());
    BOOST_TEST(flow.CurrentItem().id == "needs");
}

BOOST_AUTO_TEST_CASE(resuming_from_saved_answers_points_at_the_first_unanswered_item) {
    const auto instrument = test::LoadShipped("ecr_r_scoring_key");
    // Items 1–4 and 6 saved before the interruption; item 5 was skipped.
    AdministrationFlow flow(instrument, test::NumberedAnswers("1234-6"));
    BOOST_TEST(flow.Position() == 4u);
    BOOST_TEST(flow.CurrentItem().id == "5");
    BOOST_TEST(flow.AnsweredCount() == 5u);
}

BOOST_AUTO_TEST_CASE(resuming_a_finished_administration_waits_at_the_end) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    AdministrationFlow flow(instrument, {{"safety", 1},
                                         {"trust", 2},
                                         {"reassurance", 3},
                                         {"withdrawal", 4},
                                         {"calming", 5},
                                         {"needs", 6}});
    BOOST_TEST(flow.AtEnd());
    BOOST_TEST(flow.IsComplete());
}

BOOST_AUTO_TEST_CASE(saved_answers_that_do_not_fit_are_refused) {
    const auto instrument = test::LoadShipped("weekly_secure_base_checkin");
    BOOST_CHECK_THROW(AdministrationFlow(instrument, {{"safety", 12}}), Error);
    BOOST_CHECK_THROW(AdministrationFlow(instrument, {{"mood", 5}}), Error);
}

BOOST_AUTO_TEST_CASE(the_interview_grid_can_jump_to_any_item_but_not_beyond_the_end) {
    const auto instrument = test::LoadShipped("ecr_r_scoring_key");
    AdministrationFlow flow(instrument);
    flow.GoTo(35);
    flow.Answer(2);
    BOOST_TEST(flow.GivenAnswers().at("36") == 2);
    BOOST_TEST(flow.AtEnd());
    BOOST_CHECK_THROW(flow.GoTo(37), Error);
}

BOOST_AUTO_TEST_SUITE_END()

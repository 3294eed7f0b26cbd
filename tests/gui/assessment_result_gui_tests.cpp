#include <boost/test/unit_test.hpp>

#include <wx/listctrl.h>
#include <wx/textctrl.h>

#include "assessment_gui_support.h"

using namespace securebase;
using namespace securebase::test;

namespace {

constexpr const char* kInventory = "relationship_patterns_inventory";

// Three sittings six weeks apart, each answer v but avoidance items v − 2: anxiety v/2 + 2 and
// avoidance v/2 + 1 (two of eight items reversed), so the path crosses from disorganized
// (5.0, 4.0) through anxious (4.5, 3.5) to secure (3.5, 2.5).
void ThreeSittings(service::Assessments& assessments, Id clientId) {
    const auto instrument = assessments.GetInstrument(kInventory);
    const auto& avoidance = instrument.FindSubscale("avoidance")->items;
    const int values[] = {6, 5, 3};
    for (int i = 0; i < 3; ++i) {
        assess::Answers answers;
        for (const auto& item : instrument.items) answers[item.id] = values[i];
        for (const auto& item : avoidance) answers[item] = values[i] - 2;
        assessments.Record(clientId, kInventory, answers, AdministrationMode::Client,
                           Now() - std::chrono::days{42 * (3 - i)});
    }
    for (const char* subscale : {"anxiety", "avoidance", "disorganization"})
        assessments.SetNorms({kInventory, subscale, 1.0, 0.8, "Invented for this test"});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_result_window)

BOOST_AUTO_TEST_CASE(the_result_shows_reliable_change_and_the_history_charts) {
    AssessmentPractice practice("Relationship Patterns Inventory", ThreeSittings);
    auto* list = practice.gui.Find<wxListView>("administrations", practice.frame);
    BOOST_REQUIRE(practice.gui.PumpUntil([&] { return list->GetItemCount() == 3; }));
    auto* result = practice.gui.Find<wxTextCtrl>("result", practice.frame);
    const std::string text = ui::FromWx(result->GetValue());
    BOOST_TEST(text.find("Change since baseline") != std::string::npos, text);
    BOOST_TEST(text.find("improved") != std::string::npos, text);
    BOOST_TEST(practice.gui.Find("history_charts", practice.frame) != nullptr);
    practice.gui.Snapshot("gui-assessment-result-history");
}

BOOST_AUTO_TEST_SUITE_END()

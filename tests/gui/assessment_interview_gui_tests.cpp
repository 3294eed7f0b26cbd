#include <boost/test/unit_test.hpp>

#include <wx/grid.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "assessment_gui_support.h"

using namespace securebase;
using namespace securebase::test;

namespace {

wxWindow* Interview() { return wxWindow::FindWindowByName("interview"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(assessment_interview_window)

BOOST_AUTO_TEST_CASE(a_paper_form_is_typed_in_one_digit_per_item_and_scored) {
    AssessmentPractice practice("ECR-R scoring key (paper administration)");
    GuiDriver& gui = practice.gui;
    wxWindow* frame = practice.frame;

    gui.Click(gui.Find("start_interview", frame));
    BOOST_REQUIRE(gui.PumpUntil([] { return Interview() && Interview()->IsShown(); }));
    auto* grid = gui.Find<wxGrid>("interview_grid", Interview());
    BOOST_REQUIRE(grid);
    BOOST_TEST(grid->GetNumberRows() == 36);
    gui.Click(grid->GetGridWindow());
    grid->SetGridCursor(0, 2);
    gui.Settle();

    gui.Key('8', wxMOD_NONE);  // not on the 1–7 scale: refused on its row, the cursor stays
    auto* message = gui.Find<wxStaticText>("interview_message", Interview());
    BOOST_TEST(ui::FromWx(message->GetLabel()).find("Item 1: Not on the scale") == 0u,
               ui::FromWx(message->GetLabel()));
    BOOST_TEST(grid->GetCellValue(0, 2).empty());
    for (int i = 0; i < 36; ++i) gui.Key('1' + i % 7, wxMOD_NONE);
    BOOST_REQUIRE(gui.PumpUntil([&] { return !grid->GetCellValue(35, 2).empty(); }));
    BOOST_TEST(ui::FromWx(grid->GetCellValue(7, 2)) == "1");
    grid->MakeCellVisible(0, 0);
    gui.Snapshot("gui-interview-grid");

    gui.Click(gui.Find("save_interview", Interview()));
    BOOST_REQUIRE(gui.PumpUntil([] { return !Interview(); }));
    auto* result = gui.Find<wxTextCtrl>("result", frame);
    BOOST_REQUIRE(gui.PumpUntil(
        [&] { return ui::FromWx(result->GetValue()).find("Scores") != std::string::npos; }));
    gui.Snapshot("gui-assessment-result");

    const auto history = practice.History();
    BOOST_REQUIRE(history.size() == 1u);
    BOOST_TEST((history[0].administration.mode == AdministrationMode::Paper));
    BOOST_TEST(history[0].administration.answers.size() == 36u);
    BOOST_TEST(history[0].administration.answers.at("36") == 1);
}

BOOST_AUTO_TEST_SUITE_END()

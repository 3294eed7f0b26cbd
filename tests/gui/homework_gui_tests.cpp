#include <boost/test/unit_test.hpp>

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/slider.h>
#include <wx/textctrl.h>

#include "gui_driver.h"
#include "present/homework_text.h"
#include "service/vault_session.h"
#include "storage/vault.h"
#include "support/temp_dir.h"
#include "ui/app_controller.h"
#include "ui/homework_trends_panel.h"
#include "ui/main_frame.h"
#include "ui/wx_string.h"

using namespace securebase;
using namespace securebase::test;

namespace {

// Letters and digits only, so the simulated keyboard types it the same on every layout.
const Secret kPassphrase("willowharbour58calm");

wxDateTime DaysAgo(int days) { return wxDateTime::Today() - wxDateSpan::Days(days); }

wxWindow* Window(const char* name) { return wxWindow::FindWindowByName(name); }

// A practice with one invented client, Tamsin Oyelaran, unlocked in the real window with her
// chart open on the Homework tab.
struct HomeworkPractice {
    HomeworkPractice() {
        {
            auto session =
                service::VaultSession::Create(path, kPassphrase, {storage::kTestKdfIterations});
            Client client;
            client.name = {"Tamsin", "Oyelaran", ""};
            session->Records().AdmitClient(client);
        }
        app.Start(&kPassphrase);
        BOOST_REQUIRE(app.IsUnlocked());
        frame = app.Frame();
        auto* list = gui.Find<wxListView>("clients", frame);
        BOOST_REQUIRE(gui.PumpUntil([&] { return list->GetItemCount() == 1; }));
        wxRect rect;
        BOOST_REQUIRE(list->GetItemRect(0, rect));
        gui.ClickAt(list->ClientToScreen(rect.GetPosition() +
                                         wxPoint(rect.GetWidth() / 3, rect.GetHeight() / 2)));
        auto* chart = gui.Find<wxNotebook>("chart", frame);
        BOOST_REQUIRE(chart);
        for (size_t page = 0; page < chart->GetPageCount(); ++page)
            if (chart->GetPageText(page) == "Homework") chart->SetSelection(page);
        BOOST_REQUIRE(gui.Find("homework_tab", frame));
    }
    ~HomeworkPractice() {
        app.Lock();
        gui.PumpUntil([] { return !Window("main_frame"); });
        if (app.Dialog()) app.Dialog()->Destroy();
        gui.PumpUntil([] { return !Window("unlock_dialog"); });
    }

    std::string Cell(int row, int column) {
        auto* list = gui.Find<wxListView>("assignments", frame);
        return list->GetItemCount() > row ? ui::FromWx(list->GetItemText(row, column)) : "";
    }

    // A slider moved the way a drag ends: its value set and the change announced.
    void Rate(wxWindow* dialog, const std::string& key, int value) {
        auto* slider = gui.Find<wxSlider>(ui::ToWx("field_" + key), dialog);
        BOOST_REQUIRE(slider);
        slider->SetValue(value);
        wxCommandEvent moved(wxEVT_SLIDER, slider->GetId());
        moved.SetEventObject(slider);
        moved.SetInt(value);
        slider->ProcessWindowEvent(moved);
    }

    void AddEntry(int daysAgo, int before, int after, const std::string& snapshot) {
        gui.Click(gui.Find("add_entry", frame));
        BOOST_REQUIRE(gui.PumpUntil([] { return Window("homework_entry"); }));
        wxWindow* dialog = Window("homework_entry");
        gui.Find<wxDatePickerCtrl>("written_on", dialog)->SetValue(DaysAgo(daysAgo));
        gui.Type(gui.Find("field_situation", dialog), "Waiting for a reply after work");
        gui.Type(gui.Find("field_trigger", dialog), "Two ticks and no answer");
        gui.Find<wxCheckListBox>("field_emotions", dialog)->Check(0);
        Rate(dialog, "intensity_before", before);
        Rate(dialog, "intensity_after", after);
        gui.Settle();
        if (!snapshot.empty()) gui.Snapshot(snapshot);
        gui.Click(gui.Find("save_entry", dialog));
        BOOST_REQUIRE(gui.PumpUntil([] { return !Window("homework_entry"); }));
    }

    TempDir dir;
    std::filesystem::path path = dir / "practice.sbv";
    GuiDriver gui;
    ui::AppController app{path};
    wxWindow* frame = nullptr;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(homework_window)

BOOST_AUTO_TEST_CASE(a_trigger_log_is_assigned_two_entries_added_and_adherence_and_chart_follow) {
    HomeworkPractice practice;
    GuiDriver& gui = practice.gui;

    gui.Click(gui.Find("assign", practice.frame));
    BOOST_REQUIRE(gui.PumpUntil([] { return Window("assign_homework"); }));
    wxWindow* assign = Window("assign_homework");
    auto* templates = gui.Find<wxChoice>("template", assign);
    const int trigger = templates->FindString("Trigger log");
    BOOST_REQUIRE(trigger != wxNOT_FOUND);
    templates->SetSelection(trigger);
    wxCommandEvent chosen(wxEVT_CHOICE, templates->GetId());
    chosen.SetEventObject(templates);
    chosen.SetInt(trigger);
    templates->ProcessWindowEvent(chosen);
    gui.Find<wxDatePickerCtrl>("start", assign)->SetValue(DaysAgo(6));
    gui.Type(gui.Find("instructions", assign), "After each evening call");
    gui.Snapshot("gui-homework-assign");
    gui.Click(gui.Find("assign_ok", assign));
    BOOST_REQUIRE(gui.PumpUntil([] { return !Window("assign_homework"); }));
    BOOST_REQUIRE(gui.PumpUntil([&] { return practice.Cell(0, 0) == "Trigger log"; }));
    BOOST_TEST(practice.Cell(0, 4) == "0 of 7 (0%)");
    BOOST_TEST(practice.Cell(0, 6) == "none yet");

    practice.AddEntry(3, 8, 5, "gui-homework-entry-form");
    BOOST_REQUIRE(gui.PumpUntil([&] { return practice.Cell(0, 4) == "1 of 7 (14%)"; }));
    auto* pages = gui.Find<wxNotebook>("homework_pages", practice.frame);
    pages->SetSelection(1);
    auto* trends = gui.Find<ui::HomeworkTrendsPanel>("trend_charts", practice.frame);
    BOOST_REQUIRE(trends);
    BOOST_REQUIRE(trends->Charts().size() == 2u);
    BOOST_TEST(trends->Charts()[0].series[0].points.size() == 1u);

    practice.AddEntry(1, 6, 2, "");
    BOOST_REQUIRE(gui.PumpUntil([&] { return practice.Cell(0, 4) == "2 of 7 (29%)"; }));
    BOOST_TEST(practice.Cell(0, 6) ==
               present::DayText(Date{std::chrono::sys_days{Today()} - std::chrono::days{1}}));
    BOOST_TEST(trends->Charts()[0].series[0].points.size() == 2u);
    BOOST_TEST(trends->Charts()[1].series[0].values.back() == "2");
    auto* entries = gui.Find<wxListView>("entries", practice.frame);
    BOOST_TEST(entries->GetItemCount() == 2);
    gui.Snapshot("gui-homework-history");

    pages->SetSelection(0);
    gui.Snapshot("gui-homework-tab");
    pages->SetSelection(2);
    gui.Snapshot("gui-homework-review");
}

BOOST_AUTO_TEST_CASE(the_template_copy_dialog_closes_on_cancel_and_gives_the_window_back) {
    HomeworkPractice practice;
    GuiDriver& gui = practice.gui;
    gui.Click(gui.Find("copy_template", practice.frame));
    BOOST_REQUIRE(gui.PumpUntil([] { return Window("copy_template_dialog"); }));
    wxWindow* dialog = Window("copy_template_dialog");
    auto* title = gui.Find<wxTextCtrl>("template_title", dialog);
    BOOST_REQUIRE(title);
    BOOST_TEST(ui::FromWx(title->GetValue()).rfind("Copy of ", 0) == 0u);
    BOOST_TEST(!practice.frame->IsEnabled());
    gui.Snapshot("gui-homework-template-copy");
    gui.Click(dialog->FindWindow(wxID_CANCEL));
    BOOST_REQUIRE(gui.PumpUntil([] { return !Window("copy_template_dialog"); }));
    BOOST_TEST(practice.frame->IsEnabled());
}

BOOST_AUTO_TEST_SUITE_END()

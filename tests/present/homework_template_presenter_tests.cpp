#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "homework_fakes.h"
#include "present/homework_template_presenter.h"
#include "present/homework_text.h"
#include "test_vault.h"

using namespace securebase;
using namespace securebase::test;

namespace {

// The clinic's own templates go under XDG_DATA_HOME: point it at a folder of the test's own
// before the vault session reads where its folders are.
struct ClinicFolder {
    TempDir dataHome;
    std::optional<std::string> old;
    ClinicFolder() {
        if (const char* value = std::getenv("XDG_DATA_HOME")) old = value;
        setenv("XDG_DATA_HOME", dataHome.Path().c_str(), 1);
    }
    ~ClinicFolder() {
        if (old)
            setenv("XDG_DATA_HOME", old->c_str(), 1);
        else
            unsetenv("XDG_DATA_HOME");
    }
};

struct TemplateCopy {
    ClinicFolder clinic;
    TestVault vault;
    service::Homework& homework = vault.session->Homework();
    FakeHomeworkTemplateView view;
    present::HomeworkTemplatePresenter presenter{view, homework};

    TemplateCopy() { presenter.Start(); }
    void Choose(const std::string& title) {
        for (size_t i = 0; i < view.sources.size(); ++i)
            if (view.sources[i] == title) presenter.OnSourceChosen(i);
    }
    present::TemplateFieldForm& Field(const std::string& key) {
        for (auto& field : view.draft.fields)
            if (field.key == key) return field;
        BOOST_FAIL("no field " + key);
        throw;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(homework_template_copy)

BOOST_AUTO_TEST_CASE(a_reworded_copy_is_saved_for_the_clinic_and_offered_from_then_on) {
    TemplateCopy copy;
    copy.Choose("Gratitude journal");
    BOOST_TEST(copy.view.draft.title == "Copy of Gratitude journal");
    copy.view.draft.title = "Evening gratitude";
    copy.view.draft.purpose = "Close the day on what went well with others";
    copy.Field("mood").keep = false;
    copy.Field("relationship").label = "Someone who mattered today";
    copy.Field("relationship").required = true;
    copy.presenter.OnSave();
    BOOST_REQUIRE_MESSAGE(copy.view.closed, copy.view.error);
    BOOST_TEST(*copy.view.closed == "Evening gratitude");

    const auto catalog = copy.homework.Templates();
    const auto* saved = catalog.Find("evening_gratitude");
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->basedOn == "gratitude_journal");
    BOOST_TEST(!saved->FindField("mood"));
    BOOST_TEST(saved->FindField("relationship")->label == "Someone who mattered today");
    BOOST_TEST(saved->FindField("relationship")->required);
    BOOST_TEST(std::filesystem::exists(copy.clinic.dataHome.Path() / "securebase/forms/homework" /
                                       "evening_gratitude.json"));
}

BOOST_AUTO_TEST_CASE(a_new_field_is_added_with_a_key_made_from_its_question) {
    TemplateCopy copy;
    copy.Choose("Small wins");
    copy.view.draft.newFieldLabel = "Who noticed?";
    copy.view.draft.newFieldKind = present::NewFieldKind::Rating;
    copy.presenter.OnAddField();
    BOOST_TEST(copy.view.draft.fields.back().key == "who_noticed");
    BOOST_TEST(copy.view.draft.fields.back().type == "rating 0\u201310");
    BOOST_TEST(copy.view.draft.newFieldLabel.empty());
    copy.presenter.OnSave();
    BOOST_REQUIRE_MESSAGE(copy.view.closed, copy.view.error);
    const auto* saved = copy.homework.Templates().Find("copy_of_small_wins");
    BOOST_REQUIRE(saved);
    BOOST_TEST(saved->FindField("who_noticed")->trend);
}

BOOST_AUTO_TEST_CASE(a_copy_without_a_title_is_refused_and_nothing_is_written) {
    TemplateCopy copy;
    copy.Choose("Small wins");
    const size_t before = copy.homework.Templates().templates.size();
    copy.view.draft.title = "   ";
    copy.presenter.OnSave();
    BOOST_TEST(!copy.view.closed);
    BOOST_TEST(copy.view.error.find("Not saved: title") == 0u, copy.view.error);
    BOOST_TEST(copy.homework.Templates().templates.size() == before);
}

BOOST_AUTO_TEST_CASE(a_second_copy_with_the_same_title_gets_its_own_id) {
    TemplateCopy copy;
    copy.Choose("Small wins");
    copy.presenter.OnSave();
    BOOST_REQUIRE(copy.view.closed);
    copy.view.closed.reset();
    copy.Choose("Small wins");
    copy.presenter.OnSave();
    BOOST_REQUIRE_MESSAGE(copy.view.closed, copy.view.error);
    BOOST_TEST(copy.homework.Templates().Find("copy_of_small_wins_2"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(homework_text)

BOOST_AUTO_TEST_CASE(weekdays_read_monday_first_whatever_order_they_were_chosen_in) {
    Schedule schedule;
    schedule.start = Date{std::chrono::year{2026} / 11 / 2};
    schedule.due = Date{std::chrono::year{2026} / 11 / 30};
    schedule.recurrence.kind = RecurrenceKind::Weekdays;
    schedule.recurrence.weekdays = {std::chrono::Friday, std::chrono::Monday};
    BOOST_TEST(present::ScheduleText(schedule) == "Mon, Fri from 2 Nov 2026 to 30 Nov 2026");
}

BOOST_AUTO_TEST_CASE(a_ratio_reads_as_a_count_and_a_rounded_percentage) {
    BOOST_TEST(present::RatioText(2, 3) == "2 of 3 (67%)");
    BOOST_TEST(present::RatioText(0, 0) == "none due");
}

BOOST_AUTO_TEST_SUITE_END()

#pragma once

// Fake views for the homework windows: they remember what their presenter showed and hand back
// what a "user" typed, so the presenters run headless.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "present/homework_assign_view.h"
#include "present/homework_entry_view.h"
#include "present/homework_tab_view.h"
#include "present/homework_template_view.h"

namespace securebase::test {

// Entries may not be written in the future, so test dates count back from the real today.
inline Date DaysAgo(int days) {
    return Date{std::chrono::sys_days{Today()} - std::chrono::days{days}};
}

struct FakeHomeworkTabView : present::HomeworkTabView {
    std::vector<present::AssignmentRow> rows;
    std::optional<size_t> selected;
    std::vector<present::TextSection> details;
    std::vector<present::EntryRow> history;
    std::vector<report::LineChart> trends;
    std::vector<present::TextSection> review;
    present::HomeworkActions actions;
    std::string message;
    bool confirmEnd = true;
    std::optional<Id> assignOpened;
    std::optional<Id> entryOpened;
    bool templateCopyOpened = false;

    void ShowAssignments(const std::vector<present::AssignmentRow>& shown) override {
        rows = shown;
    }
    void SelectAssignment(std::optional<size_t> row) override { selected = row; }
    void ShowDetails(const std::vector<present::TextSection>& shown) override { details = shown; }
    void ShowHistory(const std::vector<present::EntryRow>& shown) override { history = shown; }
    void ShowTrends(const std::vector<report::LineChart>& shown) override { trends = shown; }
    void ShowReview(const std::vector<present::TextSection>& shown) override { review = shown; }
    void EnableActions(const present::HomeworkActions& shown) override { actions = shown; }
    void ShowMessage(const std::string& shown) override { message = shown; }
    bool ConfirmEnd(const std::string&) override { return confirmEnd; }
    void OpenAssign(Id clientId) override { assignOpened = clientId; }
    void OpenEntry(Id assignmentId) override { entryOpened = assignmentId; }
    void OpenTemplateCopy() override { templateCopyOpened = true; }

    // Every line of the sections, headings included, as one text to search.
    static std::string Text(const std::vector<present::TextSection>& sections) {
        std::string text;
        for (const auto& section : sections) {
            text += section.title + "\n";
            for (const auto& line : section.lines) text += line + "\n";
        }
        return text;
    }
};

struct FakeHomeworkAssignView : present::HomeworkAssignView {
    std::vector<std::string> templates;
    std::string purpose;
    std::vector<std::string> goals;
    std::string start;
    bool weekdaysEnabled = false;
    bool weeklyOnEnabled = false;
    present::AssignForm form;
    std::string error;
    std::optional<Id> closed;

    // Like the real choice, the first template is chosen once the list is filled.
    void ShowTemplates(const std::vector<std::string>& titles) override {
        templates = titles;
        if (!titles.empty()) form.templateIndex = 0;
    }
    void ShowPurpose(const std::string& shown) override { purpose = shown; }
    void ShowGoals(const std::vector<std::string>& titles) override { goals = titles; }
    void SelectGoal(size_t index) override { form.goalIndex = index; }
    std::optional<std::string> AskGoalTitle() override { return newGoalTitle; }
    std::optional<std::string> newGoalTitle;
    void ShowStart(const std::string& isoDate) override {
        start = isoDate;
        form.start = isoDate;
    }
    void EnableRecurrenceParts(bool weekdays, bool weeklyOn) override {
        weekdaysEnabled = weekdays;
        weeklyOnEnabled = weeklyOn;
    }
    present::AssignForm Form() const override { return form; }
    void ShowError(const std::string& message) override { error = message; }
    void Close(Id assignmentId) override { closed = assignmentId; }

    std::optional<size_t> IndexOf(const std::string& title) const {
        for (size_t i = 0; i < templates.size(); ++i)
            if (templates[i] == title) return i;
        return std::nullopt;
    }
};

struct FakeHomeworkEntryView : present::HomeworkEntryView {
    std::string title;
    std::string instructions;
    std::vector<present::EntryFieldForm> fields;
    present::EntryInput input;
    std::map<std::string, std::string> problems;
    std::string error;
    std::optional<Id> closed;

    void ShowHeading(const std::string& shownTitle, const std::string& shown) override {
        title = shownTitle;
        instructions = shown;
    }
    void ShowFields(const std::vector<present::EntryFieldForm>& shown) override { fields = shown; }
    void ShowWrittenOn(const std::string& isoDate) override { input.writtenOn = isoDate; }
    present::EntryInput Input() const override { return input; }
    void ShowFieldProblems(const std::map<std::string, std::string>& shown) override {
        problems = shown;
    }
    void ShowError(const std::string& message) override { error = message; }
    void Close(Id entryId) override { closed = entryId; }
};

struct FakeHomeworkTemplateView : present::HomeworkTemplateView {
    std::vector<std::string> sources;
    present::TemplateDraftForm draft;
    std::string error;
    std::optional<std::string> closed;

    void ShowSources(const std::vector<std::string>& titles) override { sources = titles; }
    void ShowDraft(const present::TemplateDraftForm& shown) override { draft = shown; }
    present::TemplateDraftForm Draft() const override { return draft; }
    void ShowError(const std::string& message) override { error = message; }
    void Close(const std::string& savedTitle) override { closed = savedTitle; }
};

}  // namespace securebase::test

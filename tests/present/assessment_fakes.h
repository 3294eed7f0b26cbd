#pragma once

// Fake views for the assessment windows: they remember what their presenter showed and hand back
// what a "user" typed, so the presenters run headless.

#include <optional>
#include <string>
#include <vector>

#include "present/assessment_tab_view.h"
#include "present/client_mode_view.h"
#include "present/interview_view.h"
#include "present/norms_view.h"

namespace securebase::test {

struct FakeAssessmentTabView : present::AssessmentTabView {
    std::vector<std::string> instruments;
    std::vector<present::AdministrationRow> rows;
    std::optional<size_t> selected;
    std::optional<present::AssessmentResult> result;
    present::AssessmentCharts charts;
    present::AssessmentActions actions;
    std::string message;
    bool confirmAbandon = true;
    std::optional<Id> clientModeOpened;
    std::optional<Id> interviewOpened;
    std::string normsOpened;

    void ShowInstruments(const std::vector<std::string>& titles) override { instruments = titles; }
    void ShowAdministrations(const std::vector<present::AdministrationRow>& shown) override {
        rows = shown;
    }
    void SelectAdministration(std::optional<size_t> row) override { selected = row; }
    void ShowResult(const std::optional<present::AssessmentResult>& shown) override {
        result = shown;
    }
    void ShowCharts(const present::AssessmentCharts& shown) override { charts = shown; }
    void EnableActions(const present::AssessmentActions& enabled) override { actions = enabled; }
    void ShowMessage(const std::string& text) override { message = text; }
    bool ConfirmAbandon() override { return confirmAbandon; }
    void OpenClientMode(Id id) override { clientModeOpened = id; }
    void OpenInterview(Id id) override { interviewOpened = id; }
    void OpenNorms(const std::string& instrumentId) override { normsOpened = instrumentId; }

    // Every line of the result, headings included, for searching.
    std::string ResultText() const {
        if (!result) return {};
        std::string text = result->heading + "\n" + result->disclaimer + "\n";
        for (const auto& section : result->sections) {
            text += "# " + section.title + "\n";
            for (const auto& line : section.lines) text += line + "\n";
        }
        return text;
    }
};

struct FakeClientModeView : present::ClientModeView {
    std::optional<present::ClientItemScreen> item;
    std::optional<present::ClientEndScreen> end;
    std::string asked;  // the passphrase page's reason, while it is up
    std::string typed;
    std::string passphraseError;
    bool busy = false;
    std::string error;
    bool closed = false;

    void ShowItem(const present::ClientItemScreen& screen) override {
        item = screen;
        end.reset();
        asked.clear();
    }
    void ShowEnd(const present::ClientEndScreen& screen) override {
        end = screen;
        item.reset();
        asked.clear();
    }
    void AskPassphrase(const std::string& reason) override { asked = reason; }
    Secret Passphrase() const override { return Secret(typed); }
    void ClearPassphrase() override { typed.clear(); }
    void ShowPassphraseError(const std::string& message) override { passphraseError = message; }
    void ShowBusy(bool shown) override { busy = shown; }
    void ShowError(const std::string& message) override { error = message; }
    void Close() override { closed = true; }
};

struct FakeInterviewView : present::InterviewView {
    std::string title;
    std::vector<present::InterviewRow> rows;
    std::vector<std::string> problems;
    std::optional<size_t> focused;
    std::string progress;
    std::string message;
    bool closed = false;

    void ShowHeading(const std::string& shown, const std::string&) override { title = shown; }
    void ShowRows(const std::vector<present::InterviewRow>& shown) override {
        rows = shown;
        problems.assign(rows.size(), "");
    }
    void ShowAnswer(size_t row, const std::string& answer) override {
        rows.at(row).answer = answer;
    }
    void ShowRowProblem(size_t row, const std::string& problem) override {
        problems.at(row) = problem;
    }
    void FocusRow(size_t row) override { focused = row; }
    void ShowProgress(const std::string& text) override { progress = text; }
    void ShowMessage(const std::string& text) override { message = text; }
    void Close() override { closed = true; }
};

struct FakeNormsView : present::NormsView {
    std::string title;
    std::vector<present::NormsRow> rows;  // shown, then what the user typed
    std::string error;
    bool closed = false;

    void ShowHeading(const std::string& shown, const std::string&) override { title = shown; }
    void ShowRows(const std::vector<present::NormsRow>& shown) override { rows = shown; }
    std::vector<present::NormsRow> ReadRows() const override { return rows; }
    void ShowError(const std::string& message) override { error = message; }
    void Close() override { closed = true; }
};

}  // namespace securebase::test

#pragma once

// Views that remember what their presenter showed and hand back what a "user" typed, so the
// presenters run headless.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "present/change_passphrase_view.h"
#include "present/client_details_view.h"
#include "present/client_list_view.h"
#include "present/create_vault_view.h"
#include "present/main_view.h"
#include "present/note_editor_view.h"
#include "present/process_note_view.h"
#include "present/sessions_view.h"
#include "present/unlock_view.h"
#include "present/vault_tools_view.h"

namespace securebase::test {

struct FakeUnlockView : present::UnlockView {
    std::string typed;
    std::string error;
    Secret Passphrase() const override { return Secret(typed); }
    void ClearPassphrase() override { typed.clear(); }
    void ShowError(const std::string& message) override { error = message; }
    bool busy = false;
    void ShowBusy(bool shown) override { busy = shown; }
};

struct FakeCreateVaultView : present::CreateVaultView {
    std::string passphrase;
    std::string confirmation;
    PracticeSettings practice;
    present::PassphraseStrength strength;
    std::string match;
    std::string error;
    Secret Passphrase() const override { return Secret(passphrase); }
    Secret Confirmation() const override { return Secret(confirmation); }
    PracticeSettings Practice() const override { return practice; }
    void ShowStrength(const present::PassphraseStrength& shown) override { strength = shown; }
    void ShowMatch(const std::string& message) override { match = message; }
    void ShowError(const std::string& message) override { error = message; }
};

struct FakeClientListView : present::ClientListView {
    size_t rows = 0;
    std::optional<size_t> selected;
    std::string summary;
    void SetRowCount(size_t count) override { rows = count; }
    void SelectRow(std::optional<size_t> row) override { selected = row; }
    void ShowSummary(const std::string& text) override { summary = text; }
};

struct FakeClientDetailsView : present::ClientDetailsView {
    present::ClientForm form;
    std::vector<service::FieldProblem> problems;
    std::string message;
    bool canActivate = false;
    bool canDischarge = false;
    void ShowForm(const present::ClientForm& shown) override { form = shown; }
    present::ClientForm ReadForm() const override { return form; }
    void ShowProblems(const std::vector<service::FieldProblem>& shown) override {
        problems = shown;
    }
    void ShowMessage(const std::string& text) override { message = text; }
    void ShowStatusActions(bool activate, bool discharge) override {
        canActivate = activate;
        canDischarge = discharge;
    }
    void FocusFirstField() override {}
    std::vector<present::ConsentRow> consents;
    present::ConsentDraft consentDraft;
    void ShowConsents(const std::vector<present::ConsentRow>& rows) override { consents = rows; }
    void ShowConsentDraft(const present::ConsentDraft& draft) override { consentDraft = draft; }
    present::ConsentDraft ReadConsentDraft() const override { return consentDraft; }
};

struct FakeSessionsView : present::SessionsView {
    std::vector<present::SessionRow> rows;
    std::optional<size_t> selected;
    present::SessionDraft draft;
    std::string message;
    bool addingEnabled = false;
    void ShowSessions(const std::vector<present::SessionRow>& shown) override { rows = shown; }
    void SelectSession(std::optional<size_t> row) override { selected = row; }
    void ShowDraft(const present::SessionDraft& shown) override { draft = shown; }
    present::SessionDraft ReadDraft() const override { return draft; }
    void ShowMessage(const std::string& text) override { message = text; }
    void EnableAdding(bool enabled) override { addingEnabled = enabled; }
};

struct FakeNoteEditorView : present::NoteEditorView {
    present::NoteEditorState state;
    std::vector<std::string> texts;  // what the user typed into the sections
    std::string addendum;
    std::string message;
    void ShowNote(const present::NoteEditorState& shown) override {
        state = shown;
        texts.clear();
        for (const auto& section : shown.sections) texts.push_back(section.text);
    }
    std::vector<std::string> SectionTexts() const override { return texts; }
    std::string AddendumText() const override { return addendum; }
    void ClearAddendum() override { addendum.clear(); }
    void ShowMessage(const std::string& text) override { message = text; }
};

struct FakeProcessNoteView : present::ProcessNoteView {
    bool hasSession = false;
    std::string text;  // what is shown, then what the user typed
    std::string message;
    void ShowProcessNote(bool session, const std::string& shown) override {
        hasSession = session;
        text = shown;
    }
    std::string ProcessNoteText() const override { return text; }
    void ShowMessage(const std::string& shown) override { message = shown; }
};

struct FakeChangePassphraseView : present::ChangePassphraseView {
    std::string passphrase;
    std::string confirmation;
    present::PassphraseStrength strength;
    std::string match;
    std::string error;
    Secret Passphrase() const override { return Secret(passphrase); }
    Secret Confirmation() const override { return Secret(confirmation); }
    void ShowStrength(const present::PassphraseStrength& shown) override { strength = shown; }
    void ShowMatch(const std::string& message) override { match = message; }
    void ShowError(const std::string& message) override { error = message; }
};

// Answers the file dialog with `chosen` (nullopt: the user cancelled) and keeps the outcome.
struct FakeVaultToolsView : present::VaultToolsView {
    std::optional<std::filesystem::path> chosen;
    std::string suggested;
    std::optional<bool> ok;
    std::string title;
    std::string message;
    std::optional<std::filesystem::path> ChooseBackupPath(const std::string& name) override {
        suggested = name;
        return chosen;
    }
    void ShowOutcome(bool success, const std::string& heading, const std::string& text) override {
        ok = success;
        title = heading;
        message = text;
    }
};

struct FakeMainView : present::MainView {
    std::string title;
    std::string status;
    bool chartVisible = false;
    present::ChartTab tab = present::ChartTab::Details;
    bool sessionsEnabled = false;
    void ShowTitle(const std::string& text) override { title = text; }
    void ShowStatus(const std::string& text) override { status = text; }
    void ShowChart(bool visible) override { chartVisible = visible; }
    void SelectTab(present::ChartTab selected) override { tab = selected; }
    void EnableSessions(bool enabled) override { sessionsEnabled = enabled; }
};

}  // namespace securebase::test

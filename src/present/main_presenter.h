#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include "present/client_details_presenter.h"
#include "present/client_list_presenter.h"
#include "present/main_view.h"
#include "present/note_editor_presenter.h"
#include "present/process_note_presenter.h"
#include "present/sessions_presenter.h"

namespace securebase::present {

struct MainViews {
    MainView& main;
    ClientListView& list;
    ClientDetailsView& details;
    SessionsView& sessions;
    NoteEditorView& note;
    ProcessNoteView& process;
};

// The unlocked practice: the client list on the left, the chart of the chosen client on the
// right. It owns the presenters of the parts and keeps them in step.
class MainPresenter {
public:
    MainPresenter(const MainViews& views, service::Practice& practice,
                  const std::filesystem::path& vaultPath);

    void Start();
    void OnClientChosen(size_t row);
    void OnNewClient();
    void OnSave(ChartTab activeTab);  // Ctrl+S saves the form in front
    // Told the client whose chart is open (kNoId for a new, unsaved one): tabs kept outside.
    void OnChartChanged(std::function<void(Id clientId)> listener);

    ClientListPresenter& List() { return m_list; }
    ClientDetailsPresenter& Details() { return m_details; }
    SessionsPresenter& Sessions() { return m_sessions; }
    NoteEditorPresenter& Note() { return m_note; }
    ProcessNotePresenter& Process() { return m_process; }

private:
    void OpenChart(Id clientId);
    void OnClientSaved(Id clientId, bool isNew);
    void ChartChanged(Id clientId);

    MainView& m_view;
    service::Practice& m_practice;
    std::filesystem::path m_vaultPath;
    ClientListPresenter m_list;
    NoteEditorPresenter m_note;
    ProcessNotePresenter m_process;
    SessionsPresenter m_sessions;
    ClientDetailsPresenter m_details;
    std::function<void(Id)> m_chartChanged;
};

// "Practice name — SecureBase", or just "SecureBase" before the practice has a name.
std::string WindowTitle(const PracticeSettings& settings);

}  // namespace securebase::present

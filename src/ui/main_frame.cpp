#include "ui/main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/tglbtn.h>
#include <wx/utils.h>

#include "ui/app_icon.h"
#include "ui/assessments_panel.h"
#include "ui/change_passphrase_dialog.h"
#include "ui/client_details_panel.h"
#include "ui/client_list_panel.h"
#include "ui/group_panel.h"
#include "ui/homework_panel.h"
#include "ui/note_editor_panel.h"
#include "ui/process_note_panel.h"
#include "ui/report_batch_dialog.h"
#include "ui/report_dialog.h"
#include "ui/sessions_panel.h"
#include "ui/settings_dialog.h"
#include "ui/version_text.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

enum MenuId {
    kNewClient = wxID_HIGHEST + 1,
    kLock,
    kFind,
    kSettings,
    kChangePassphrase,
    kBackup,
    kVerify,
    kProgressReport,
    kBatchReports,
    kShowClients,
    kShowGroups
};

}  // namespace

MainFrame::MainFrame(std::unique_ptr<service::VaultSession> session, Hooks hooks)
    : wxFrame(nullptr, wxID_ANY, "SecureBase", wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE, "main_frame"),
      m_session(std::move(session)),
      m_hooks(std::move(hooks)) {
    SetIcons(AppIcons());
    BuildMenus();
    CreateStatusBar(1);

    auto* root = new wxPanel(this);
    auto* rootSizer = new wxBoxSizer(wxVERTICAL);
    auto* switcher = new wxBoxSizer(wxHORIZONTAL);
    m_clientsButton = new wxToggleButton(root, wxID_ANY, "Clients", wxDefaultPosition,
                                         wxDefaultSize, 0, wxDefaultValidator, "show_clients");
    m_groupsButton = new wxToggleButton(root, wxID_ANY, "Groups", wxDefaultPosition, wxDefaultSize,
                                        0, wxDefaultValidator, "show_groups");
    m_clientsButton->SetToolTip("Clients and their charts (Ctrl+1)");
    m_groupsButton->SetToolTip("Groups, their participants and meetings (Ctrl+2)");
    switcher->Add(m_clientsButton);
    switcher->Add(m_groupsButton, wxSizerFlags().Border(wxLEFT, 4));
    rootSizer->Add(switcher, wxSizerFlags().Border(wxLEFT | wxTOP | wxRIGHT, 6));
    m_sides = new wxSimplebook(root, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "sides");
    rootSizer->Add(m_sides, wxSizerFlags(1).Expand().Border(wxTOP, 4));
    root->SetSizer(rootSizer);

    auto* splitter = new wxSplitterWindow(m_sides, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_list = new ClientListPanel(splitter);
    m_chartHolder = new wxPanel(splitter);
    auto* chartSizer = new wxBoxSizer(wxVERTICAL);
    m_noChart = new wxStaticText(
        m_chartHolder, wxID_ANY,
        "Choose a client on the left, or add one with File > New client (Ctrl+N).");
    m_noChart->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_chart = new wxNotebook(m_chartHolder, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "chart");
    m_details = new ClientDetailsPanel(m_chart);
    m_sessions = new SessionsPanel(m_chart);
    m_chart->AddPage(m_details, "Details");
    m_chart->AddPage(m_sessions, "Sessions && notes");
    m_assessments = new AssessmentsPanel(m_chart, *m_session);
    m_chart->AddPage(m_assessments, "Assessments");
    m_homework = new HomeworkPanel(m_chart, *m_session);
    m_chart->AddPage(m_homework, "Homework");
    chartSizer->Add(m_noChart, wxSizerFlags().Centre().Border(wxALL, 24));
    chartSizer->Add(m_chart, wxSizerFlags(1).Expand().Border(wxALL, 4));
    m_chartHolder->SetSizer(chartSizer);
    splitter->SetMinimumPaneSize(FromDIP(280));
    splitter->SetSashGravity(0.0);
    splitter->SplitVertically(m_list, m_chartHolder, FromDIP(420));
    m_groups = new GroupPanel(m_sides, *m_session);
    m_sides->AddPage(splitter, "Clients");
    m_sides->AddPage(m_groups, "Groups");
    m_clientsButton->SetValue(true);
    m_clientsButton->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent&) { ShowSide(0); });
    m_groupsButton->Bind(wxEVT_TOGGLEBUTTON, [this](wxCommandEvent&) { ShowSide(1); });

    present::MainViews views{*this,
                             *m_list,
                             *m_details,
                             *m_sessions,
                             m_sessions->NoteEditor(),
                             m_sessions->ProcessNote()};
    m_presenter =
        std::make_unique<present::MainPresenter>(views, m_session->Records(), m_session->Path());
    m_list->Attach(m_presenter.get());
    m_details->Attach(m_presenter.get());
    m_sessions->Attach(m_presenter.get());
    m_presenter->OnChartChanged([this](Id clientId) {
        m_chartClient = clientId;
        m_assessments->Presenter().ShowClient(clientId);
        m_homework->Presenter().ShowClient(clientId);
    });
    m_presenter->Start();
    m_tools = std::make_unique<present::VaultToolsPresenter>(*this, *m_session);

    SetMinSize(FromDIP(wxSize(900, 560)));
    SetSize(FromDIP(wxSize(1240, 760)));
    CentreOnScreen();
    // On a laptop-sized screen the chart needs every pixel.
    if (wxGetDisplaySize().GetWidth() <= FromDIP(1440)) Maximize();
}

MainFrame::~MainFrame() {
    // The panels point at the presenter, and the presenter at the session: take the windows
    // down first, then the presenter, and the session (closing the vault) last.
    DestroyChildren();
    m_tools.reset();
    m_presenter.reset();
    m_session.reset();
}

int MainFrame::IdleLockMinutes() { return m_session->Records().Settings().idleLockMinutes; }

void MainFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(kNewClient, "&New client\tCtrl+N");
    file->AppendSeparator();
    file->Append(kChangePassphrase, ToWx("Change &passphrase…"),
                 "Choose a new passphrase for this vault");
    file->Append(kBackup, ToWx("&Back up…"), "Write an encrypted, verified copy of the vault");
    file->Append(kVerify, "&Verify vault", "Check every page, the records and the audit log");
    file->AppendSeparator();
    file->Append(kProgressReport, ToWx("Progress &report…\tCtrl+R"),
                 "Write the open client's progress report as a PDF and preview it");
    file->Append(kBatchReports, ToWx("Reports for &all clients…"),
                 "Write one progress report per client into a folder");
    file->AppendSeparator();
    file->Append(kLock, "&Lock\tCtrl+L", "Close the vault and ask for the passphrase again");
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q");
    auto* edit = new wxMenu;
    edit->Append(kFind, "&Find client\tCtrl+F");
    edit->Append(wxID_SAVE, "&Save\tCtrl+S");
    edit->AppendSeparator();
    edit->Append(kSettings, ToWx("Practice &settings…"));
    auto* view = new wxMenu;
    view->Append(kShowClients, "&Clients\tCtrl+1", "Clients and their charts");
    view->Append(kShowGroups, "&Groups\tCtrl+2", "Groups, their participants and meetings");
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, "&About SecureBase");
    auto* bar = new wxMenuBar;
    bar->Append(file, "&File");
    bar->Append(edit, "&Edit");
    bar->Append(view, "&View");
    bar->Append(help, "&Help");
    SetMenuBar(bar);

    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { m_presenter->OnNewClient(); }, kNewClient);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { m_hooks.lock(); }, kLock);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ShowSettings(); }, kSettings);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ChangePassphrase(); }, kChangePassphrase);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { m_tools->OnBackup(); }, kBackup);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxBusyCursor busy;
            m_tools->OnVerify();
        },
        kVerify);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (m_chartClient == kNoId) {
                ShowOutcome(false, "Progress report", "Open a saved client's chart first.");
                return;
            }
            const Client client = m_session->Records().GetClient(m_chartClient);
            ReportDialog dialog(this, m_session->Reporting(), client.code);
            dialog.ShowModal();
        },
        kProgressReport);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            ReportBatchDialog dialog(this, m_session->Reporting());
            dialog.ShowModal();
        },
        kBatchReports);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { m_list->FocusSearch(); }, kFind);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (m_sides->GetSelection() != 0 || !m_chart->IsShown()) return;
            m_presenter->OnSave(m_chart->GetSelection() == 0 ? present::ChartTab::Details
                                                             : present::ChartTab::Sessions);
        },
        wxID_SAVE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ShowAbout(); }, wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ShowSide(0); }, kShowClients);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ShowSide(1); }, kShowGroups);
}

void MainFrame::ShowAbout() {
    wxAboutDialogInfo info;
    info.SetName("SecureBase");
    info.SetVersion(ToWx(VersionText()));
    info.SetDescription("Encrypted client records for therapists.");
    info.SetIcon(AppIcons().GetIcon(64));
    wxAboutBox(info, this);
}

void MainFrame::ShowSettings() {
    SettingsDialog dialog(this, m_session->Records(), [this](const PracticeSettings& settings) {
        ShowTitle(present::WindowTitle(settings));
        if (m_hooks.idleLockChanged) m_hooks.idleLockChanged(settings.idleLockMinutes);
    });
    dialog.ShowModal();
}

void MainFrame::ChangePassphrase() {
    ChangePassphraseDialog dialog(this, *m_session);
    if (dialog.ShowModal() == wxID_OK)
        ShowOutcome(true, "Passphrase changed",
                    "The vault now opens with the new passphrase only. Make a new backup so that "
                    "your latest copy opens with it too.");
}

std::optional<std::filesystem::path> MainFrame::ChooseBackupPath(const std::string& suggestedName) {
    // The service refuses to overwrite, so the dialog does not ask about it either.
    wxFileDialog ask(this, "Back up the vault", wxStandardPaths::Get().GetDocumentsDir(),
                     ToWx(suggestedName), "SecureBase vaults (*.sbv)|*.sbv|All files (*)|*",
                     wxFD_SAVE);
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return std::filesystem::path(FromWx(ask.GetPath()));
}

void MainFrame::ShowOutcome(bool ok, const std::string& title, const std::string& message) {
    SetStatusText(ToWx(title));
    wxMessageBox(ToWx(message), ToWx(title), wxOK | (ok ? wxICON_INFORMATION : wxICON_ERROR), this);
}

void MainFrame::ShowSide(int side) {
    m_clientsButton->SetValue(side == 0);
    m_groupsButton->SetValue(side == 1);
    if (m_sides->GetSelection() == side) return;
    m_sides->SetSelection(static_cast<size_t>(side));
    if (side == 1) {
        wxBusyCursor busy;
        m_groups->Presenter().Start();
    }
}

void MainFrame::ShowTitle(const std::string& title) { SetTitle(ToWx(title)); }

void MainFrame::ShowStatus(const std::string& text) { SetStatusText(ToWx(text)); }

void MainFrame::ShowChart(bool visible) {
    m_chart->Show(visible);
    m_noChart->Show(!visible);
    m_chartHolder->Layout();
}

void MainFrame::SelectTab(present::ChartTab tab) {
    m_chart->SetSelection(tab == present::ChartTab::Details ? 0 : 1);
}

void MainFrame::EnableSessions(bool enabled) { m_sessions->Enable(enabled); }

}  // namespace securebase::ui

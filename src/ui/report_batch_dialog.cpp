#include "ui/report_batch_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <array>

#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

// The choice's rows and the status text the presenter reads; "" is every client.
constexpr std::array<std::pair<const char*, const char*>, 4> kStatuses{
    {{"Active clients", "active"},
     {"Waitlisted clients", "waitlist"},
     {"Discharged clients", "discharged"},
     {"All clients", ""}}};

}  // namespace

ReportBatchDialog::ReportBatchDialog(wxWindow* parent, service::Reports& reports)
    : wxDialog(parent, wxID_ANY, ToWx("Reports for all clients"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "report_batch_dialog"),
      m_presenter(*this, reports, m_workers.Background()) {
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 8)));
    grid->AddGrowableCol(1);
    const auto row = [&](const char* label, wxWindow* field) {
        grid->Add(new wxStaticText(this, wxID_ANY, ToWx(label)), wxSizerFlags().CentreVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    m_status = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                            wxDefaultValidator, "batch_status");
    for (const auto& [label, status] : kStatuses) m_status->Append(ToWx(label));
    row("Clients", m_status);
    m_from = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "batch_from");
    row("From (YYYY-MM-DD)", m_from);
    m_to = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "batch_to");
    row("To (YYYY-MM-DD)", m_to);
    auto* folderRow = new wxBoxSizer(wxHORIZONTAL);
    m_folder = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(320, -1)), 0,
                              wxDefaultValidator, "batch_folder");
    auto* choose = new wxButton(this, wxID_ANY, ToWx("Choose…"));
    folderRow->Add(m_folder, wxSizerFlags(1).CentreVertical());
    folderRow->Add(choose, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    grid->Add(new wxStaticText(this, wxID_ANY, ToWx("Folder")), wxSizerFlags().CentreVertical());
    grid->Add(folderRow, wxSizerFlags().Expand());
    grid->AddSpacer(0);
    m_deidentify =
        new wxCheckBox(this, wxID_ANY, ToWx("De-identify: client codes only"), wxDefaultPosition,
                       wxDefaultSize, 0, wxDefaultValidator, "batch_deidentify");
    grid->Add(m_deidentify);

    m_summary = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 180)),
                               wxTE_MULTILINE | wxTE_READONLY, wxDefaultValidator, "batch_summary");
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    m_run = new wxButton(this, wxID_ANY, ToWx("Write reports"), wxDefaultPosition, wxDefaultSize, 0,
                         wxDefaultValidator, "batch_run");
    buttons->AddStretchSpacer();
    buttons->Add(m_run);
    buttons->Add(new wxButton(this, wxID_CLOSE, ToWx("Close")),
                 wxSizerFlags().Border(wxLEFT, FromDIP(6)));

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_summary, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);

    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ChooseFolder(); });
    m_run->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Run(); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);
    // The worker reports to this window: it stays until the batch has stopped.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (m_presenter.Running() && event.CanVeto()) {
            m_presenter.OnCancel();
            event.Veto();
            return;
        }
        EndModal(wxID_CLOSE);
    });
    m_presenter.Start();
    CentreOnParent();
}

ReportBatchDialog::~ReportBatchDialog() {
    // A lock ends this dialog's modal loop without asking; the vault closes only after this.
    m_presenter.OnCancel();
    m_workers.Join();
    EndProgress();
}

void ReportBatchDialog::ShowForm(const present::ReportBatchForm& form) {
    m_status->SetSelection(0);
    for (size_t i = 0; i < kStatuses.size(); ++i) {
        if (form.status == kStatuses[i].second) m_status->SetSelection(static_cast<int>(i));
    }
    m_from->ChangeValue(ToWx(form.from));
    m_to->ChangeValue(ToWx(form.to));
    m_folder->ChangeValue(ToWx(form.folder));
    m_deidentify->SetValue(form.deidentify);
}

present::ReportBatchForm ReportBatchDialog::Form() const {
    present::ReportBatchForm form;
    const int selected = m_status->GetSelection();
    form.status = selected >= 0 ? kStatuses[static_cast<size_t>(selected)].second : "active";
    form.from = FromWx(m_from->GetValue());
    form.to = FromWx(m_to->GetValue());
    form.folder = FromWx(m_folder->GetValue());
    form.deidentify = m_deidentify->GetValue();
    return form;
}

void ReportBatchDialog::ShowError(const std::string& message) {
    EndProgress();
    m_run->Enable();
    m_summary->ChangeValue(ToWx(message));
}

void ReportBatchDialog::ShowProgress(size_t done, size_t total, const std::string& clientCode) {
    // On the worker: queued to this window, dropped with it.
    CallAfter([this, done, total, clientCode] {
        if (!m_progress || m_updating) return;  // a later tick will show the count
        m_updating = true;
        m_progress->SetRange(static_cast<int>(std::max<size_t>(total, 1)));
        const bool goOn = m_progress->Update(
            static_cast<int>(std::min(done, total)),
            ToWx(std::to_string(done) + " of " + std::to_string(total) + ": " + clientCode));
        m_updating = false;
        if (m_endWhenUpdated) {
            m_endWhenUpdated = false;
            EndProgress();
            return;
        }
        if (!goOn) m_presenter.OnCancel();
    });
}

void ReportBatchDialog::ShowSummary(const std::string& title, const std::string& summary) {
    EndProgress();
    m_run->Enable();
    m_summary->ChangeValue(ToWx(title + "\n" + summary));
}

void ReportBatchDialog::Run() {
    m_summary->ChangeValue("");
    m_run->Disable();
    if (!m_presenter.OnRun()) return;
    m_progress = new wxProgressDialog(ToWx("Writing reports"), ToWx("Starting…"), 1, this,
                                      wxPD_CAN_ABORT | wxPD_APP_MODAL | wxPD_ELAPSED_TIME);
}

void ReportBatchDialog::EndProgress() {
    if (m_updating) {
        m_endWhenUpdated = true;
        return;
    }
    if (m_progress) m_progress->Destroy();
    m_progress = nullptr;
}

void ReportBatchDialog::ChooseFolder() {
    wxDirDialog ask(
        this, ToWx("Folder for the reports"),
        m_folder->IsEmpty() ? wxStandardPaths::Get().GetDocumentsDir() : m_folder->GetValue());
    if (ask.ShowModal() == wxID_OK) m_folder->ChangeValue(ask.GetPath());
}

}  // namespace securebase::ui

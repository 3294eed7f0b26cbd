#pragma once

#include <wx/dialog.h>

#include <memory>
#include <string>

#include "present/report_batch_presenter.h"
#include "present/report_batch_view.h"
#include "ui/report_workers.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxProgressDialog;
class wxTextCtrl;

namespace securebase::ui {

// Reports for all clients: a status, a period and a folder; the batch runs on a worker behind a
// progress dialog whose Cancel stops it between clients, and the summary stays in the dialog.
class ReportBatchDialog : public wxDialog, public present::ReportBatchView {
public:
    ReportBatchDialog(wxWindow* parent, service::Reports& reports);
    ~ReportBatchDialog() override;

    void ShowForm(const present::ReportBatchForm& form) override;
    present::ReportBatchForm Form() const override;
    void ShowError(const std::string& message) override;
    void ShowProgress(size_t done, size_t total, const std::string& clientCode) override;
    void ShowSummary(const std::string& title, const std::string& summary) override;

private:
    void Run();
    void ChooseFolder();
    void EndProgress();

    wxChoice* m_status = nullptr;
    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxTextCtrl* m_folder = nullptr;
    wxCheckBox* m_deidentify = nullptr;
    wxButton* m_run = nullptr;
    wxTextCtrl* m_summary = nullptr;
    wxProgressDialog* m_progress = nullptr;
    // wxProgressDialog::Update() yields to the event loop, so the batch can end (and ask for the
    // progress dialog to go) while Update() is still running on it: the end waits for Update.
    bool m_updating = false;
    bool m_endWhenUpdated = false;
    // Before the presenter, whose work the thread runs: the destructor cancels, then joins.
    ReportWorkers m_workers{this};
    present::ReportBatchPresenter m_presenter;
};

}  // namespace securebase::ui

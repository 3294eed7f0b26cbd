#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <string>
#include <vector>

#include "present/report_presenter.h"
#include "present/report_view.h"
#include "ui/report_workers.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// Progress report of one client: the choices on the left, the pages of the report rendered in
// memory on the right; Save As writes what the preview shows, and the saved file can then be
// opened in the system's PDF viewer.
class ReportDialog : public wxDialog, public present::ReportView {
public:
    ReportDialog(wxWindow* parent, service::Reports& reports, const std::string& clientCode);
    ~ReportDialog() override;

    void ShowForm(const present::ReportForm& form,
                  const std::vector<std::string>& templates) override;
    present::ReportForm Form() const override;
    void ShowBusy(bool busy) override;
    void ShowError(const std::string& message) override;
    void ShowPreview(const std::string& pdf, int pages) override;
    void ShowPreviewOutdated() override;
    void ShowSaved(const std::filesystem::path& file, int pages) override;

    size_t PreviewPages() const { return m_previewPages; }
    // What Save As does once the practitioner has chosen the file; tests call it directly, as
    // the GTK file chooser cannot be driven under Xvfb.
    void SaveTo(const std::filesystem::path& file) { m_presenter.OnSaveAs(file); }

private:
    void ChooseFile();
    void ShowStatus(const std::string& text);
    void ShowPages(const std::vector<std::string>& pngs);

    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxChoice* m_template = nullptr;
    wxCheckBox* m_deidentify = nullptr;
    wxTextCtrl* m_summary = nullptr;
    wxButton* m_render = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_open = nullptr;
    wxStaticText* m_status = nullptr;
    wxScrolledWindow* m_preview = nullptr;
    std::filesystem::path m_saved;
    size_t m_previewPages = 0;
    bool m_previewCurrent = false;  // the choices have not changed since the last preview
    // Before the presenter, whose work the threads run: the destructor joins them first.
    ReportWorkers m_workers{this};
    present::ReportPresenter m_presenter;
};

}  // namespace securebase::ui

#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <string>
#include <vector>

#include "present/report_presenter.h"
#include "present/report_view.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// Progress report of one client: the choices on the left, the pages of the written report on
// the right, and a button to open the saved file in the system's PDF viewer.
class ReportDialog : public wxDialog, public present::ReportView {
public:
    ReportDialog(wxWindow* parent, service::Reports& reports, const std::string& clientCode);

    void ShowForm(const present::ReportForm& form,
                  const std::vector<std::string>& templates) override;
    present::ReportForm Form() const override;
    void ShowBusy(bool busy) override;
    void ShowError(const std::string& message) override;
    void ShowSaved(const std::filesystem::path& file, int pages) override;

    size_t PreviewPages() const { return m_previewPages; }

private:
    void ChooseFile();
    void ShowPages(const std::vector<std::string>& pngs);

    wxTextCtrl* m_from = nullptr;
    wxTextCtrl* m_to = nullptr;
    wxChoice* m_template = nullptr;
    wxCheckBox* m_deidentify = nullptr;
    wxTextCtrl* m_summary = nullptr;
    wxTextCtrl* m_file = nullptr;
    wxButton* m_generate = nullptr;
    wxButton* m_open = nullptr;
    wxStaticText* m_status = nullptr;
    wxScrolledWindow* m_preview = nullptr;
    std::filesystem::path m_saved;
    size_t m_previewPages = 0;
    present::ReportPresenter m_presenter;
};

}  // namespace securebase::ui

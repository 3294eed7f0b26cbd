#pragma once

#include <wx/dialog.h>

#include <functional>
#include <string>
#include <vector>

#include "present/norms_presenter.h"
#include "present/norms_view.h"

class wxFlexGridSizer;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// SD, reliability and published source per subscale, for instruments that ship without norms.
class NormsDialog : public wxDialog, public present::NormsView {
public:
    NormsDialog(wxWindow* parent, service::Assessments& assessments,
                const std::string& instrumentId, std::function<void()> saved);

    void ShowHeading(const std::string& title, const std::string& explanation) override;
    void ShowRows(const std::vector<present::NormsRow>& rows) override;
    std::vector<present::NormsRow> ReadRows() const override;
    void ShowError(const std::string& message) override;
    void Close() override;

private:
    struct RowFields {
        std::string subscale;
        wxTextCtrl* sd = nullptr;
        wxTextCtrl* reliability = nullptr;
        wxTextCtrl* source = nullptr;
    };

    present::NormsPresenter m_presenter;
    wxStaticText* m_explanation = nullptr;
    wxFlexGridSizer* m_grid = nullptr;
    wxStaticText* m_error = nullptr;
    std::vector<RowFields> m_rows;
};

}  // namespace securebase::ui

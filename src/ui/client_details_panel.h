#pragma once

#include <wx/scrolwin.h>

#include <map>
#include <string>

#include "present/client_details_view.h"
#include "present/main_presenter.h"

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// The "Details" tab: every client field, built from present::ClientFormFields(), each with a
// line beneath it for its validation message.
class ClientDetailsPanel : public wxScrolledWindow, public present::ClientDetailsView {
public:
    explicit ClientDetailsPanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter) { m_presenter = presenter; }

    void ShowForm(const present::ClientForm& form) override;
    present::ClientForm ReadForm() const override;
    void ShowProblems(const std::vector<service::FieldProblem>& problems) override;
    void ShowMessage(const std::string& message) override;
    void ShowStatusActions(bool canActivate, bool canDischarge) override;
    void FocusFirstField() override;

private:
    struct Field {
        wxTextCtrl* text = nullptr;
        wxStaticText* problem = nullptr;
    };

    present::MainPresenter* m_presenter = nullptr;
    std::map<std::string, Field, std::less<>> m_fields;
    wxStaticText* m_message = nullptr;
    wxButton* m_activate = nullptr;
    wxButton* m_discharge = nullptr;
};

}  // namespace securebase::ui

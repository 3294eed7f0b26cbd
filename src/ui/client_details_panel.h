#pragma once

#include <wx/panel.h>

#include <map>
#include <string>
#include <vector>

#include "present/client_details_view.h"
#include "present/main_presenter.h"

class wxButton;
class wxListView;
class wxScrolledWindow;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace securebase::ui {

// The "Details" tab: Save and the status actions on top, then, scrolling, every client field, built
// from present::ClientFormFields(), each with a line beneath it for its validation message, then
// the client's consents with a row to add one.
class ClientDetailsPanel : public wxPanel, public present::ClientDetailsView {
public:
    explicit ClientDetailsPanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter) { m_presenter = presenter; }

    void ShowForm(const present::ClientForm& form) override;
    present::ClientForm ReadForm() const override;
    void ShowProblems(const std::vector<service::FieldProblem>& problems) override;
    void ShowMessage(const std::string& message) override;
    void ShowStatusActions(bool canActivate, bool canDischarge) override;
    void FocusFirstField() override;
    void ShowConsents(const std::vector<present::ConsentRow>& rows) override;
    void ShowConsentDraft(const present::ConsentDraft& draft) override;
    present::ConsentDraft ReadConsentDraft() const override;

private:
    struct Field {
        wxTextCtrl* text = nullptr;
        wxStaticText* problem = nullptr;
    };

    wxSizer* BuildConsents();
    wxStaticText* AddProblemLabel(wxSizer* sizer, const std::string& key);
    void WithdrawSelectedConsent();
    void UpdateConsentActions();

    present::MainPresenter* m_presenter = nullptr;
    wxScrolledWindow* m_body = nullptr;
    std::map<std::string, Field, std::less<>> m_fields;
    // Problem lines that belong to no text field of the form: the consent list and its new row.
    std::map<std::string, wxStaticText*, std::less<>> m_otherProblems;
    std::vector<present::ConsentRow> m_consentRows;
    wxListView* m_consents = nullptr;
    wxTextCtrl* m_consentTopic = nullptr;
    wxTextCtrl* m_consentGiven = nullptr;
    wxButton* m_withdrawConsent = nullptr;
    wxStaticText* m_message = nullptr;
    wxButton* m_activate = nullptr;
    wxButton* m_discharge = nullptr;
};

}  // namespace securebase::ui

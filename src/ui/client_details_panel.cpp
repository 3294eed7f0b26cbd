#include "ui/client_details_panel.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "core/date_time.h"
#include "ui/wx_string.h"

namespace securebase::ui {

ClientDetailsPanel::ClientDetailsPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "details_tab") {
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "details_message");
    m_activate = new wxButton(this, wxID_ANY, "Admit as active");
    m_discharge = new wxButton(this, wxID_ANY, ToWx("Discharge…"));
    auto* save = new wxButton(this, wxID_SAVE, "Save", wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "save_client");
    actions->Add(m_message, wxSizerFlags(1).Centre());
    actions->Add(m_activate, wxSizerFlags().Border(wxLEFT, 8));
    actions->Add(m_discharge, wxSizerFlags().Border(wxLEFT, 8));
    actions->Add(save, wxSizerFlags().Border(wxLEFT, 8));
    sizer->Add(actions, wxSizerFlags().Expand().Border(wxALL, 12));
    // Only the fields scroll: Save and the outcome of the last action stay in view.
    m_body = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL,
                                  "details");
    m_body->SetScrollRate(0, FromDIP(10));

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(2)));
    grid->AddGrowableCol(1, 1);
    for (const present::ClientFieldSpec& spec : present::ClientFormFields()) {
        const long style =
            (spec.multiline ? wxTE_MULTILINE : 0) | (spec.readOnly ? wxTE_READONLY : 0);
        const wxString name = "field:" + ToWx(spec.key);
        auto* label = new wxStaticText(m_body, wxID_ANY, ToWx(spec.label));
        auto* text = new wxTextCtrl(m_body, wxID_ANY, "", wxDefaultPosition,
                                    spec.multiline ? FromDIP(wxSize(-1, 64)) : wxDefaultSize, style,
                                    wxDefaultValidator, name);
        auto* problem = new wxStaticText(m_body, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                         "problem:" + ToWx(spec.key));
        problem->SetForegroundColour(*wxRED);
        problem->Hide();
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(text, wxSizerFlags().Expand());
        column->Add(problem, wxSizerFlags().Border(wxTOP, 2));
        grid->Add(label, wxSizerFlags().Border(wxTOP, 6).Right());
        grid->Add(column, wxSizerFlags().Expand().Border(wxBOTTOM, 4));
        m_fields[std::string(spec.key)] = {text, problem};
    }
    grid->Add(new wxStaticText(m_body, wxID_ANY, "Consents"),
              wxSizerFlags().Border(wxTOP, 6).Right());
    grid->Add(BuildConsents(), wxSizerFlags().Expand().Border(wxBOTTOM, 4));
    auto* bodySizer = new wxBoxSizer(wxVERTICAL);
    bodySizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    m_body->SetSizer(bodySizer);
    sizer->Add(m_body, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Details().OnSave();
    });
    m_activate->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Details().OnActivate();
    });
    m_discharge->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (!m_presenter) return;
        wxTextEntryDialog ask(this,
                              "Reason for discharge (kept in the record):", "Discharge client");
        if (ask.ShowModal() == wxID_OK) m_presenter->Details().OnDischarge(FromWx(ask.GetValue()));
    });
}

wxSizer* ClientDetailsPanel::BuildConsents() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    m_consents = new wxListView(m_body, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                                wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "consents");
    m_consents->AppendColumn("Consented to", wxLIST_FORMAT_LEFT, FromDIP(300));
    m_consents->AppendColumn("Given", wxLIST_FORMAT_LEFT, FromDIP(100));
    m_consents->AppendColumn("Withdrawn", wxLIST_FORMAT_LEFT, FromDIP(100));
    column->Add(m_consents, wxSizerFlags().Expand());
    AddProblemLabel(column, "consents");

    auto* draft = new wxBoxSizer(wxHORIZONTAL);
    m_consentTopic = new wxTextCtrl(m_body, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                    wxTE_PROCESS_ENTER, wxDefaultValidator, "consent_topic");
    m_consentTopic->SetHint("New consent, e.g. audio recording");
    m_consentGiven =
        new wxTextCtrl(m_body, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(100, -1)),
                       wxTE_PROCESS_ENTER, wxDefaultValidator, "consent_given");
    m_consentGiven->SetToolTip("The date the consent was given, YYYY-MM-DD");
    auto* add = new wxButton(m_body, wxID_ANY, "Add consent", wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "add_consent");
    m_withdrawConsent =
        new wxButton(m_body, wxID_ANY, ToWx("Withdraw selected consent…"), wxDefaultPosition,
                     wxDefaultSize, 0, wxDefaultValidator, "withdraw_consent");
    m_withdrawConsent->SetToolTip("Record that the client withdrew the selected consent");
    draft->Add(m_consentTopic, wxSizerFlags(1).CentreVertical());
    draft->Add(new wxStaticText(m_body, wxID_ANY, "given on"),
               wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, 6));
    draft->Add(m_consentGiven, wxSizerFlags().CentreVertical());
    draft->Add(add, wxSizerFlags().CentreVertical().Border(wxLEFT, 8));
    column->Add(m_withdrawConsent, wxSizerFlags().Right().Border(wxTOP, 4));
    column->Add(draft, wxSizerFlags().Expand().Border(wxTOP, 4));
    AddProblemLabel(column, "consent.topic");
    AddProblemLabel(column, "consent.givenOn");

    const auto addConsent = [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Details().OnAddConsent();
    };
    add->Bind(wxEVT_BUTTON, addConsent);
    m_consentTopic->Bind(wxEVT_TEXT_ENTER, addConsent);
    m_consentGiven->Bind(wxEVT_TEXT_ENTER, addConsent);
    m_withdrawConsent->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { WithdrawSelectedConsent(); });
    m_consents->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { UpdateConsentActions(); });
    m_consents->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { UpdateConsentActions(); });
    return column;
}

wxStaticText* ClientDetailsPanel::AddProblemLabel(wxSizer* sizer, const std::string& key) {
    auto* problem = new wxStaticText(m_body, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                     "problem:" + ToWx(key));
    problem->SetForegroundColour(*wxRED);
    problem->Hide();
    sizer->Add(problem, wxSizerFlags().Border(wxTOP, 2));
    m_otherProblems[key] = problem;
    return problem;
}

void ClientDetailsPanel::WithdrawSelectedConsent() {
    const long row = m_consents->GetFirstSelected();
    if (!m_presenter || row < 0) return;
    wxTextEntryDialog ask(this,
                          "Date the client withdrew this consent (YYYY-MM-DD):", "Withdraw consent",
                          ToWx(FormatDate(Today())));
    if (ask.ShowModal() == wxID_OK)
        m_presenter->Details().OnWithdrawConsent(static_cast<size_t>(row), FromWx(ask.GetValue()));
}

void ClientDetailsPanel::UpdateConsentActions() {
    const long row = m_consents->GetFirstSelected();
    m_withdrawConsent->Enable(row >= 0 && static_cast<size_t>(row) < m_consentRows.size() &&
                              m_consentRows[static_cast<size_t>(row)].withdrawnOn.empty());
}

void ClientDetailsPanel::ShowConsents(const std::vector<present::ConsentRow>& rows) {
    m_consentRows = rows;
    m_consents->DeleteAllItems();
    for (const present::ConsentRow& row : rows) {
        const long item = m_consents->InsertItem(m_consents->GetItemCount(), ToWx(row.topic));
        m_consents->SetItem(item, 1, ToWx(row.givenOn));
        m_consents->SetItem(item, 2,
                            row.withdrawnOn.empty() ? wxString(ToWx("—")) : ToWx(row.withdrawnOn));
    }
    UpdateConsentActions();
}

void ClientDetailsPanel::ShowConsentDraft(const present::ConsentDraft& draft) {
    m_consentTopic->ChangeValue(ToWx(draft.topic));
    m_consentGiven->ChangeValue(ToWx(draft.givenOn));
}

present::ConsentDraft ClientDetailsPanel::ReadConsentDraft() const {
    return {FromWx(m_consentTopic->GetValue()), FromWx(m_consentGiven->GetValue())};
}

void ClientDetailsPanel::ShowForm(const present::ClientForm& form) {
    for (auto& [key, field] : m_fields) {
        const auto value = form.find(key);
        field.text->ChangeValue(value == form.end() ? wxString() : ToWx(value->second));
    }
}

present::ClientForm ClientDetailsPanel::ReadForm() const {
    present::ClientForm form;
    for (const auto& [key, field] : m_fields) form[key] = FromWx(field.text->GetValue());
    return form;
}

void ClientDetailsPanel::ShowProblems(const std::vector<service::FieldProblem>& problems) {
    std::map<std::string, wxStaticText*, std::less<>> lines = m_otherProblems;
    for (auto& [key, field] : m_fields) lines[key] = field.problem;
    for (auto& [key, line] : lines) {
        line->SetLabel("");
        line->Hide();
    }
    std::string unplaced;
    for (const service::FieldProblem& problem : problems) {
        // "tags[2]" belongs next to the one "tags" field, "consents[1].givenOn" under the list.
        const auto it = lines.find(problem.field.substr(0, problem.field.find('[')));
        if (it == lines.end()) {
            unplaced += (unplaced.empty() ? "" : " ") + problem.message;
            continue;
        }
        wxStaticText* line = it->second;
        const wxString before = line->GetLabel();
        line->SetLabel(before.empty() ? ToWx(problem.message)
                                      : before + "\n" + ToWx(problem.message));
        line->Show();
    }
    if (!unplaced.empty()) ShowMessage(unplaced);
    m_body->Layout();
    m_body->FitInside();
}

void ClientDetailsPanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    Layout();
}

void ClientDetailsPanel::ShowStatusActions(bool canActivate, bool canDischarge) {
    m_activate->Show(canActivate);
    m_discharge->Show(canDischarge);
    Layout();
}

void ClientDetailsPanel::FocusFirstField() {
    const auto it = m_fields.find("name.given");
    if (it != m_fields.end()) it->second.text->SetFocus();
}

}  // namespace securebase::ui

#include "ui/client_details_panel.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include "ui/wx_string.h"

namespace securebase::ui {

ClientDetailsPanel::ClientDetailsPanel(wxWindow* parent)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL, "details") {
    SetScrollRate(0, FromDIP(10));
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

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(2)));
    grid->AddGrowableCol(1, 1);
    for (const present::ClientFieldSpec& spec : present::ClientFormFields()) {
        const long style =
            (spec.multiline ? wxTE_MULTILINE : 0) | (spec.readOnly ? wxTE_READONLY : 0);
        const wxString name = "field:" + ToWx(spec.key);
        auto* label = new wxStaticText(this, wxID_ANY, ToWx(spec.label));
        auto* text = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition,
                                    spec.multiline ? FromDIP(wxSize(-1, 64)) : wxDefaultSize, style,
                                    wxDefaultValidator, name);
        auto* problem = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
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
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
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
    for (auto& [key, field] : m_fields) {
        field.problem->SetLabel("");
        field.problem->Hide();
    }
    std::string unplaced;
    for (const service::FieldProblem& problem : problems) {
        // "tags[2]" belongs next to the one "tags" field.
        const auto it = m_fields.find(problem.field.substr(0, problem.field.find('[')));
        if (it == m_fields.end()) {
            unplaced += (unplaced.empty() ? "" : " ") + problem.message;
            continue;
        }
        it->second.problem->SetLabel(ToWx(problem.message));
        it->second.problem->Show();
    }
    if (!unplaced.empty()) ShowMessage(unplaced);
    Layout();
    FitInside();
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

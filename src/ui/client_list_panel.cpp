#include "ui/client_list_panel.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "ui/client_list_ctrl.h"
#include "ui/wx_string.h"

namespace securebase::ui {

ClientListPanel::ClientListPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_search = new wxSearchCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "search");
    m_search->SetDescriptiveText("Search names, codes, tags, notes");
    m_search->ShowCancelButton(true);
    sizer->Add(m_search, wxSizerFlags().Expand().Border(wxALL, 8));
    m_list = new ClientListCtrl(this);
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));

    auto* footer = new wxBoxSizer(wxHORIZONTAL);
    m_summary =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "client_summary");
    m_summary->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* add = new wxButton(this, wxID_ANY, "New client", wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "new_client");
    footer->Add(m_summary, wxSizerFlags(1).Centre());
    footer->Add(add);
    sizer->Add(footer, wxSizerFlags().Expand().Border(wxALL, 8));
    SetSizer(sizer);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->List().OnQueryChanged(FromWx(m_search->GetValue()));
    });
    m_search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { m_search->Clear(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (m_presenter && !m_selecting)
            m_presenter->OnClientChosen(static_cast<size_t>(event.GetIndex()));
    });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        if (m_presenter) m_presenter->OnClientChosen(static_cast<size_t>(event.GetIndex()));
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->OnNewClient();
    });
}

void ClientListPanel::Attach(present::MainPresenter* presenter) {
    m_presenter = presenter;
    m_list->Attach(presenter ? &presenter->List() : nullptr);
}

void ClientListPanel::FocusSearch() {
    m_search->SetFocus();
    m_search->SelectAll();
}

void ClientListPanel::SetRowCount(size_t rows) {
    m_list->SetItemCount(static_cast<long>(rows));
    m_list->Refresh();
}

void ClientListPanel::SelectRow(std::optional<size_t> row) {
    m_selecting = true;
    const long selected = m_list->GetFirstSelected();
    if (selected != -1 && (!row || static_cast<size_t>(selected) != *row))
        m_list->Select(selected, false);
    if (row) {
        m_list->Select(static_cast<long>(*row));
        m_list->EnsureVisible(static_cast<long>(*row));
    }
    m_selecting = false;
}

void ClientListPanel::ShowSummary(const std::string& text) { m_summary->SetLabel(ToWx(text)); }

}  // namespace securebase::ui

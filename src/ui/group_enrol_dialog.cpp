#include "ui/group_enrol_dialog.h"

#include <wx/datectrl.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>

#include "ui/group_form_layout.h"
#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {

GroupEnrolDialog::GroupEnrolDialog(wxWindow* parent, present::EnrolForm& form,
                                   const present::ClientSearch* search, const std::string& problem)
    : wxDialog(parent, wxID_ANY, search ? "Enrol an existing client" : "Enrol someone new",
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER,
               "enrol_dialog"),
      m_form(form),
      m_search(search) {
    GroupFormLayout layout(this, problem);
    if (m_search) {
        m_query = layout.Text("Find", "", "enrol_query");
        m_query->SetHint("Client code or name");
        m_clients = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(320, 180)), 0,
                                  nullptr, wxLB_SINGLE, wxDefaultValidator, "enrol_clients");
        layout.Row("Client", m_clients, 1);
        m_query->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Find(); });
        Find();
    } else {
        m_preferredName = layout.Text("Goes by", form.preferredName, "enrol_preferred_name");
        m_code = layout.Text("Client code", form.code, "enrol_code");
        m_code->SetHint("Leave empty for a new code");
    }
    m_date = layout.Date("Joins on", form.date, "enrol_date");
    layout.Finish("Enrol");
}

void GroupEnrolDialog::Find() {
    m_found = (*m_search)(FromWx(m_query->GetValue()));
    m_clients->Clear();
    for (const auto& choice : m_found) m_clients->Append(ToWx(choice.label));
    if (!m_found.empty()) m_clients->SetSelection(0);
}

bool GroupEnrolDialog::TransferDataFromWindow() {
    if (m_search) {
        const int chosen = m_clients->GetSelection();
        m_form.clientId = chosen == wxNOT_FOUND
                              ? std::nullopt
                              : std::optional<Id>(m_found[static_cast<size_t>(chosen)].id);
    } else {
        m_form.preferredName = FromWx(m_preferredName->GetValue());
        m_form.code = FromWx(m_code->GetValue());
    }
    m_form.date = IsoDay(m_date->GetValue());
    return true;
}

}  // namespace securebase::ui

#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

#include "present/group_view.h"

class wxDatePickerCtrl;
class wxListBox;
class wxTextCtrl;

namespace securebase::ui {

// Enrol a client: an existing one found by code or name (with a search), or someone new known
// only by the name they go by and, if the facilitator has one, a client code.
class GroupEnrolDialog : public wxDialog {
public:
    // search: null for someone new.
    GroupEnrolDialog(wxWindow* parent, present::EnrolForm& form,
                     const present::ClientSearch* search, const std::string& problem);

    bool TransferDataFromWindow() override;

private:
    void Find();

    present::EnrolForm& m_form;
    const present::ClientSearch* m_search;
    std::vector<present::ClientChoice> m_found;
    wxTextCtrl* m_query = nullptr;
    wxListBox* m_clients = nullptr;
    wxTextCtrl* m_preferredName = nullptr;
    wxTextCtrl* m_code = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
};

}  // namespace securebase::ui

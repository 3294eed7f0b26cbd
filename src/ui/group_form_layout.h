#pragma once

#include <wx/string.h>

#include <string>
#include <vector>

class wxChoice;
class wxDatePickerCtrl;
class wxDialog;
class wxFlexGridSizer;
class wxBoxSizer;
class wxSpinCtrl;
class wxTextCtrl;
class wxWindow;

namespace securebase::ui {

// The labelled rows of the small group forms (new group, enrol, leave), the refusal from the
// last try above them in red, and OK / Cancel below; one look for all of them.
class GroupFormLayout {
public:
    GroupFormLayout(wxDialog* dialog, const std::string& problem);

    wxTextCtrl* Text(const wxString& label, const std::string& value, const wxString& name);
    wxChoice* Choice(const wxString& label, const std::vector<std::string>& choices, int selected,
                     const wxString& name);
    wxSpinCtrl* Number(const wxString& label, int value, int low, int high, const wxString& name);
    wxDatePickerCtrl* Date(const wxString& label, const std::string& isoDate, const wxString& name);
    void Row(const wxString& label, wxWindow* field, int proportion = 0);
    void Finish(const wxString& okLabel);

private:
    wxDialog* m_dialog;
    wxBoxSizer* m_sizer;
    wxFlexGridSizer* m_grid;
};

}  // namespace securebase::ui

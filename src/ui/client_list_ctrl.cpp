#include "ui/client_list_ctrl.h"

#include "ui/wx_string.h"

namespace securebase::ui {

ClientListCtrl::ClientListCtrl(wxWindow* parent)
    : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL, wxDefaultValidator, "clients") {
    AppendColumn("Code", wxLIST_FORMAT_LEFT, FromDIP(100));
    AppendColumn("Name", wxLIST_FORMAT_LEFT, FromDIP(190));
    AppendColumn("Status", wxLIST_FORMAT_LEFT, FromDIP(90));
}

wxString ClientListCtrl::OnGetItemText(long item, long column) const {
    if (!m_presenter || item < 0) return {};
    return ToWx(
        m_presenter->Cell(static_cast<size_t>(item), static_cast<present::ClientColumn>(column)));
}

}  // namespace securebase::ui

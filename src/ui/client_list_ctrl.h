#pragma once

#include <wx/listctrl.h>

#include "present/client_list_presenter.h"

namespace securebase::ui {

// A virtual report list: it holds no rows, it asks the presenter for the ones it paints, so it
// stays instant however many clients the practice has.
class ClientListCtrl : public wxListView {
public:
    explicit ClientListCtrl(wxWindow* parent);
    void Attach(present::ClientListPresenter* presenter) { m_presenter = presenter; }

private:
    wxString OnGetItemText(long item, long column) const override;

    present::ClientListPresenter* m_presenter = nullptr;
};

}  // namespace securebase::ui

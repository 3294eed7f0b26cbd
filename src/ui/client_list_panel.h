#pragma once

#include <wx/panel.h>

#include "present/client_list_view.h"
#include "present/main_presenter.h"

class wxSearchCtrl;
class wxStaticText;

namespace securebase::ui {

class ClientListCtrl;

// The left side of the main window: search box, the client list, and "New client".
class ClientListPanel : public wxPanel, public present::ClientListView {
public:
    explicit ClientListPanel(wxWindow* parent);
    void Attach(present::MainPresenter* presenter);
    void FocusSearch();

    void SetRowCount(size_t rows) override;
    void SelectRow(std::optional<size_t> row) override;
    void ShowSummary(const std::string& text) override;

private:
    present::MainPresenter* m_presenter = nullptr;
    wxSearchCtrl* m_search = nullptr;
    ClientListCtrl* m_list = nullptr;
    wxStaticText* m_summary = nullptr;
    bool m_selecting = false;  // selection set by the presenter, not by the user
};

}  // namespace securebase::ui

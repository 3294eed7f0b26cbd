#include "ui/group_form_layout.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

const wxColour kRefused(170, 40, 30);

}  // namespace

GroupFormLayout::GroupFormLayout(wxDialog* dialog, const std::string& problem)
    : m_dialog(dialog),
      m_sizer(new wxBoxSizer(wxVERTICAL)),
      m_grid(new wxFlexGridSizer(2, wxSize(12, 8))) {
    m_grid->AddGrowableCol(1);
    if (!problem.empty()) {
        auto* refused = new wxStaticText(dialog, wxID_ANY, ToWx(problem), wxDefaultPosition,
                                         wxDefaultSize, 0, "form_problem");
        refused->SetForegroundColour(kRefused);
        refused->Wrap(dialog->FromDIP(440));
        m_sizer->Add(refused, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    }
    m_sizer->Add(m_grid, wxSizerFlags(1).Expand().Border(wxALL, 12));
}

void GroupFormLayout::Row(const wxString& label, wxWindow* field, int proportion) {
    m_grid->Add(new wxStaticText(m_dialog, wxID_ANY, label),
                wxSizerFlags()
                    .Border(wxTOP, proportion ? 4 : 0)
                    .Align(proportion ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL));
    m_grid->Add(field, wxSizerFlags(proportion).Expand());
    if (proportion) m_grid->AddGrowableRow(m_grid->GetItemCount() / 2 - 1);
}

wxTextCtrl* GroupFormLayout::Text(const wxString& label, const std::string& value,
                                  const wxString& name) {
    auto* field = new wxTextCtrl(m_dialog, wxID_ANY, ToWx(value), wxDefaultPosition,
                                 m_dialog->FromDIP(wxSize(320, -1)), 0, wxDefaultValidator, name);
    Row(label, field);
    return field;
}

wxChoice* GroupFormLayout::Choice(const wxString& label, const std::vector<std::string>& choices,
                                  int selected, const wxString& name) {
    auto* field = new wxChoice(m_dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                               wxDefaultValidator, name);
    for (const auto& choice : choices) field->Append(ToWx(choice));
    if (selected >= 0 && selected < static_cast<int>(choices.size())) field->SetSelection(selected);
    Row(label, field);
    return field;
}

wxSpinCtrl* GroupFormLayout::Number(const wxString& label, int value, int low, int high,
                                    const wxString& name) {
    auto* field = new wxSpinCtrl(m_dialog, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                 wxSP_ARROW_KEYS, low, high, value, name);
    Row(label, field);
    return field;
}

wxDatePickerCtrl* GroupFormLayout::Date(const wxString& label, const std::string& isoDate,
                                        const wxString& name) {
    const wxDateTime value = FromIsoDay(isoDate);
    auto* field = new wxDatePickerCtrl(
        m_dialog, wxID_ANY, value.IsValid() ? value : wxDateTime::Today(), wxDefaultPosition,
        wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, name);
    Row(label, field);
    return field;
}

void GroupFormLayout::Finish(const wxString& okLabel) {
    auto* buttons = m_dialog->CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = wxDynamicCast(m_dialog->FindWindow(wxID_OK), wxButton)) {
        ok->SetLabel(okLabel);
        ok->SetDefault();
    }
    m_sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    m_dialog->SetSizerAndFit(m_sizer);
    m_dialog->CentreOnParent();
}

}  // namespace securebase::ui

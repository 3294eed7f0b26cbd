#include "ui/norms_dialog.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {

NormsDialog::NormsDialog(wxWindow* parent, service::Assessments& assessments,
                         const std::string& instrumentId, std::function<void()> saved)
    : wxDialog(parent, wxID_ANY, "Norms for reliable change", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "norms_dialog"),
      m_presenter(*this, assessments, instrumentId, std::move(saved)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_explanation = new wxStaticText(this, wxID_ANY, "");
    sizer->Add(m_explanation, wxSizerFlags().Expand().Border(wxALL, 12));
    m_grid = new wxFlexGridSizer(4, wxSize(FromDIP(8), FromDIP(6)));
    m_grid->AddGrowableCol(3, 1);
    for (const char* heading : {"Subscale", "SD", "Reliability", "Published source"}) {
        auto* label = new wxStaticText(this, wxID_ANY, heading);
        label->SetFont(label->GetFont().Bold());
        m_grid->Add(label);
    }
    sizer->Add(m_grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    m_error =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "norms_error");
    m_error->SetForegroundColour(wxColour(170, 40, 30));
    sizer->Add(m_error, wxSizerFlags().Expand().Border(wxALL, 12));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* cancel = new wxButton(this, wxID_CANCEL, "Cancel");
    auto* save = new wxButton(this, wxID_ANY, "Save norms", wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "save_norms");
    save->SetDefault();
    buttons->AddStretchSpacer();
    buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(save);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizer(sizer);
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnSave(); });
    m_presenter.Start();
    sizer->SetSizeHints(this);
    CentreOnParent();
}

void NormsDialog::ShowHeading(const std::string& title, const std::string& explanation) {
    SetTitle(ToWx("Norms for reliable change · " + title));
    m_explanation->SetLabel(ToWx(explanation));
    m_explanation->Wrap(FromDIP(640));
}

void NormsDialog::ShowRows(const std::vector<present::NormsRow>& rows) {
    for (const auto& row : rows) {
        RowFields fields;
        fields.subscale = row.subscale;
        fields.sd = new wxTextCtrl(this, wxID_ANY, ToWx(row.sd), wxDefaultPosition,
                                   FromDIP(wxSize(70, -1)));
        fields.reliability = new wxTextCtrl(this, wxID_ANY, ToWx(row.reliability),
                                            wxDefaultPosition, FromDIP(wxSize(70, -1)));
        fields.source = new wxTextCtrl(this, wxID_ANY, ToWx(row.source), wxDefaultPosition,
                                       FromDIP(wxSize(320, -1)));
        fields.source->SetHint("Authors (year), title, journal");
        m_grid->Add(new wxStaticText(this, wxID_ANY, ToWx(row.subscale)),
                    wxSizerFlags().CentreVertical());
        m_grid->Add(fields.sd);
        m_grid->Add(fields.reliability);
        m_grid->Add(fields.source, wxSizerFlags().Expand());
        m_rows.push_back(fields);
    }
}

std::vector<present::NormsRow> NormsDialog::ReadRows() const {
    std::vector<present::NormsRow> rows;
    for (const auto& fields : m_rows)
        rows.push_back({fields.subscale, FromWx(fields.sd->GetValue()),
                        FromWx(fields.reliability->GetValue()), FromWx(fields.source->GetValue())});
    return rows;
}

void NormsDialog::ShowError(const std::string& message) {
    m_error->SetLabel(ToWx(message));
    m_error->Wrap(FromDIP(640));
    GetSizer()->SetSizeHints(this);
}

void NormsDialog::Close() { EndModal(wxID_OK); }

}  // namespace securebase::ui

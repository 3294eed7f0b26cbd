#include "ui/passphrase_pair_fields.h"

#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {

PassphrasePairFields PassphrasePairFields::AddTo(wxWindow* parent, wxSizer* sizer,
                                                 const Wording& wording) {
    const wxSizerFlags labelFlags = wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12);
    const wxSizerFlags fieldFlags = wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12);
    PassphrasePairFields fields;

    sizer->Add(new wxStaticText(parent, wxID_ANY, wording.passphraseLabel), labelFlags);
    fields.passphrase =
        new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, parent->FromDIP(wxSize(420, -1)),
                       wxTE_PASSWORD, wxDefaultValidator, wording.passphraseName);
    sizer->Add(fields.passphrase, fieldFlags);

    auto* strengthRow = new wxBoxSizer(wxHORIZONTAL);
    fields.strengthGauge =
        new wxGauge(parent, wxID_ANY, 4, wxDefaultPosition, parent->FromDIP(wxSize(120, 8)));
    fields.strength =
        new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "strength");
    strengthRow->Add(fields.strengthGauge, wxSizerFlags().Centre().Border(wxRIGHT, 8));
    strengthRow->Add(fields.strength, wxSizerFlags(1).Centre());
    sizer->Add(strengthRow, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 12));

    sizer->Add(new wxStaticText(parent, wxID_ANY, wording.confirmationLabel), labelFlags);
    fields.confirmation = new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                                         wxTE_PASSWORD | wxTE_PROCESS_ENTER, wxDefaultValidator,
                                         wording.confirmationName);
    sizer->Add(fields.confirmation, fieldFlags);
    fields.match =
        new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "match");
    sizer->Add(fields.match, labelFlags);
    return fields;
}

Secret PassphrasePairFields::Passphrase() const { return Secret(FromWx(passphrase->GetValue())); }

Secret PassphrasePairFields::Confirmation() const {
    return Secret(FromWx(confirmation->GetValue()));
}

void PassphrasePairFields::OnEdited(std::function<void()> edited) const {
    passphrase->Bind(wxEVT_TEXT, [edited](wxCommandEvent&) { edited(); });
    confirmation->Bind(wxEVT_TEXT, [edited](wxCommandEvent&) { edited(); });
}

}  // namespace securebase::ui

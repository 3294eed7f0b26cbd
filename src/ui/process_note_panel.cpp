#include "ui/process_note_panel.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {

ProcessNotePanel::ProcessNotePanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "process_note_panel") {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* heading = new wxStaticText(this, wxID_ANY, ToWx("Process note — private"));
    heading->SetFont(heading->GetFont().Bold());
    heading->SetInitialSize();
    m_save = new wxButton(this, wxID_ANY, "Save process note", wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "save_process_note");
    bar->Add(heading, wxSizerFlags().CentreVertical());
    bar->AddStretchSpacer();
    bar->Add(m_save);
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 8));

    auto* explain = new wxStaticText(
        this, wxID_ANY,
        "Your own working notes on this session: hypotheses, reactions, ideas for supervision. "
        "They are kept apart from the progress note, are never signed, and are left out of "
        "every export and report.");
    explain->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    explain->Wrap(FromDIP(640));
    sizer->Add(explain, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    m_message = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 "process_message");
    sizer->Add(m_message, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    m_text = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                            wxTE_MULTILINE | wxTE_WORDWRAP, wxDefaultValidator, "process_note");
    sizer->Add(m_text, wxSizerFlags(1).Expand().Border(wxALL, 8));
    SetSizer(sizer);

    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Process().OnSave();
    });
}

void ProcessNotePanel::ShowProcessNote(bool hasSession, const std::string& text) {
    m_text->ChangeValue(ToWx(text));
    m_text->Enable(hasSession);
    m_save->Enable(hasSession);
    m_text->SetHint(hasSession ? "" : "Add or choose a session to write its process note.");
}

std::string ProcessNotePanel::ProcessNoteText() const { return FromWx(m_text->GetValue()); }

void ProcessNotePanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    Layout();
}

}  // namespace securebase::ui

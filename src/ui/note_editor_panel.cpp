#include "ui/note_editor_panel.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

constexpr NoteFormat kFormats[] = {NoteFormat::Soap, NoteFormat::Dap, NoteFormat::Birp,
                                   NoteFormat::Free};

}  // namespace

NoteEditorPanel::NoteEditorPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "note_editor") {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* heading = new wxStaticText(this, wxID_ANY, "Progress note");
    heading->SetFont(heading->GetFont().Bold());
    heading->SetInitialSize();
    m_format = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                            wxDefaultValidator, "note_format");
    for (NoteFormat format : kFormats) m_format->Append(DisplayName(format));
    m_save = new wxButton(this, wxID_ANY, "Save note", wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "save_note");
    m_sign = new wxButton(this, wxID_ANY, "Sign note", wxDefaultPosition, wxDefaultSize, 0,
                          wxDefaultValidator, "sign_note");
    m_sign->SetToolTip("Signing is final: afterwards only dated addenda can be added.");
    bar->Add(heading, wxSizerFlags().CentreVertical().Border(wxRIGHT, 12));
    bar->Add(new wxStaticText(this, wxID_ANY, "Format"),
             wxSizerFlags().CentreVertical().Border(wxRIGHT, 6));
    bar->Add(m_format, wxSizerFlags().CentreVertical());
    bar->AddStretchSpacer();
    bar->Add(m_save, wxSizerFlags().Border(wxRIGHT, 8));
    bar->Add(m_sign);
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    m_message =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "note_message");
    sizer->Add(m_message, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 8));

    m_body = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    m_body->SetScrollRate(0, FromDIP(10));
    m_body->SetSizer(new wxBoxSizer(wxVERTICAL));
    sizer->Add(m_body, wxSizerFlags(1).Expand().Border(wxALL, 4));
    SetSizer(sizer);

    m_format->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (m_presenter && m_format->GetSelection() >= 0)
            m_presenter->Note().OnFormatChosen(kFormats[m_format->GetSelection()]);
    });
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Note().OnSave();
    });
    m_sign->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_presenter) m_presenter->Note().OnSign();
    });
    ShowNote({});
}

void NoteEditorPanel::RebuildSections(const present::NoteEditorState& state) {
    m_body->GetSizer()->Clear(true);
    m_sections.clear();
    wxSizer* body = m_body->GetSizer();
    if (!state.hasSession) {
        auto* empty =
            new wxStaticText(m_body, wxID_ANY, "Add or choose a session to write its note.");
        empty->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        body->Add(empty, wxSizerFlags().Border(wxALL, 8));
        return;
    }
    const long style = wxTE_MULTILINE | wxTE_WORDWRAP | (state.readOnly ? wxTE_READONLY : 0);
    for (size_t i = 0; i < state.sections.size(); ++i) {
        const present::NoteSection& section = state.sections[i];
        auto* label = new wxStaticText(m_body, wxID_ANY, ToWx(section.label));
        label->SetFont(label->GetFont().Bold());
        auto* hint = new wxStaticText(m_body, wxID_ANY, ToWx(section.hint));
        hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        auto* text =
            new wxTextCtrl(m_body, wxID_ANY, ToWx(section.text), wxDefaultPosition,
                           FromDIP(wxSize(-1, state.sections.size() == 1 ? 220 : 80)), style,
                           wxDefaultValidator, wxString::Format("note_section_%zu", i));
        // Expanded: GTK measures a bold label inside the scrolled body a few pixels short.
        body->Add(label, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 6));
        body->Add(hint, wxSizerFlags().Border(wxLEFT | wxRIGHT, 6));
        body->Add(text, wxSizerFlags().Expand().Border(wxALL, 6));
        m_sections.push_back(text);
    }
    if (!state.readOnly) return;
    m_signature = new wxStaticText(m_body, wxID_ANY, ToWx(state.signatureLine), wxDefaultPosition,
                                   wxDefaultSize, 0, "signature");
    m_signature->SetFont(m_signature->GetFont().Italic());
    m_signature->SetInitialSize();
    body->Add(m_signature, wxSizerFlags().Border(wxALL, 6));
    if (!state.addenda.empty()) {
        std::string all;
        for (const std::string& addendum : state.addenda) all += addendum + "\n\n";
        m_addenda =
            new wxTextCtrl(m_body, wxID_ANY, ToWx(all), wxDefaultPosition, FromDIP(wxSize(-1, 90)),
                           wxTE_MULTILINE | wxTE_READONLY, wxDefaultValidator, "addenda");
        body->Add(new wxStaticText(m_body, wxID_ANY, "Addenda"), wxSizerFlags().Border(wxLEFT, 6));
        body->Add(m_addenda, wxSizerFlags().Expand().Border(wxALL, 6));
    }
    m_addendum = new wxTextCtrl(m_body, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                wxTE_MULTILINE, wxDefaultValidator, "addendum");
    m_addAddendum = new wxButton(m_body, wxID_ANY, "Add addendum", wxDefaultPosition, wxDefaultSize,
                                 0, wxDefaultValidator, "add_addendum");
    // The presenter rebuilds this very button, so it must not run inside the button's handler.
    m_addAddendum->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        CallAfter([this] {
            if (m_presenter) m_presenter->Note().OnAddAddendum();
        });
    });
    body->Add(new wxStaticText(m_body, wxID_ANY, "New addendum (dated and signed when added)"),
              wxSizerFlags().Border(wxLEFT | wxTOP, 6));
    body->Add(m_addendum, wxSizerFlags().Expand().Border(wxALL, 6));
    body->Add(m_addAddendum, wxSizerFlags().Right().Border(wxRIGHT | wxBOTTOM, 6));
}

void NoteEditorPanel::ShowNote(const present::NoteEditorState& state) {
    m_signature = nullptr;
    m_addenda = nullptr;
    m_addendum = nullptr;
    m_addAddendum = nullptr;
    RebuildSections(state);
    for (size_t i = 0; i < std::size(kFormats); ++i)
        if (kFormats[i] == state.format) m_format->SetSelection(static_cast<int>(i));
    const bool editable = state.hasSession && !state.readOnly;
    m_format->Enable(editable);
    m_save->Enable(editable);
    m_sign->Enable(editable);
    Layout();
    m_body->FitInside();
    // A signed note can only grow by addenda: show its signature and the addendum field.
    if (state.readOnly) m_body->Scroll(-1, m_body->GetVirtualSize().GetHeight());
}

std::vector<std::string> NoteEditorPanel::SectionTexts() const {
    std::vector<std::string> texts;
    for (const wxTextCtrl* section : m_sections) texts.push_back(FromWx(section->GetValue()));
    return texts;
}

std::string NoteEditorPanel::AddendumText() const {
    return m_addendum ? FromWx(m_addendum->GetValue()) : std::string{};
}

void NoteEditorPanel::ClearAddendum() {
    if (m_addendum) m_addendum->ChangeValue("");
}

void NoteEditorPanel::ShowMessage(const std::string& message) {
    m_message->SetLabel(ToWx(message));
    Layout();
}

}  // namespace securebase::ui

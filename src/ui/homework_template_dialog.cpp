#include "ui/homework_template_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {

HomeworkTemplateDialog::HomeworkTemplateDialog(wxWindow* parent, service::Homework& homework,
                                               Done done)
    : HomeworkDialog(parent, "Copy a homework template", "copy_template_dialog", std::move(done)),
      m_presenter(*this, homework) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxWindow* field) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    m_sources = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                             wxDefaultValidator, "source_template");
    row("Copy of", m_sources);
    m_title = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "template_title");
    row("Title", m_title);
    m_purpose = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "template_purpose");
    row("Purpose", m_purpose);
    m_instructions = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                    wxTE_MULTILINE, wxDefaultValidator, "template_instructions");
    row("For the client", m_instructions);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, 16));

    auto* heading = new wxStaticText(this, wxID_ANY,
                                     "Fields: untick one to leave it out; its key never changes");
    heading->SetFont(heading->GetFont().Bold());
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT, 16));
    m_fields = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 260)),
                                    wxVSCROLL | wxBORDER_THEME, "template_fields");
    m_fields->SetScrollRate(0, FromDIP(16));
    sizer->Add(m_fields, wxSizerFlags(1).Expand().Border(wxALL, 16));

    auto* add = new wxBoxSizer(wxHORIZONTAL);
    m_newLabel = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "new_field_label");
    m_newLabel->SetHint("A new question");
    m_newKind = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                             wxDefaultValidator, "new_field_kind");
    for (const char* kind : {"one line", "paragraphs", "rating 0\u201310", "yes / no"})
        m_newKind->Append(ToWx(kind));
    m_newKind->SetSelection(0);
    auto* addButton = new wxButton(this, wxID_ANY, "Add field", wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, "add_field");
    add->Add(m_newLabel, wxSizerFlags(1).CentreVertical());
    add->Add(m_newKind, wxSizerFlags().CentreVertical().Border(wxLEFT, 8));
    add->Add(addButton, wxSizerFlags().CentreVertical().Border(wxLEFT, 8));
    sizer->Add(add, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 16));

    m_error =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "template_error");
    m_error->SetForegroundColour(wxColour(170, 30, 30));
    sizer->Add(m_error, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 16));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* save = new wxButton(this, wxID_OK, "Save as clinic template", wxDefaultPosition,
                              wxDefaultSize, 0, wxDefaultValidator, "save_template");
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, "Cancel"), wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(save);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 16));
    SetSizer(sizer);

    m_sources->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (m_sources->GetSelection() != wxNOT_FOUND)
            m_presenter.OnSourceChosen(static_cast<size_t>(m_sources->GetSelection()));
    });
    addButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnAddField(); });
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnSave(); });

    m_presenter.Start();
    SetSize(FromDIP(wxSize(820, 700)));
}

void HomeworkTemplateDialog::ShowSources(const std::vector<std::string>& titles) {
    m_sources->Clear();
    for (const auto& title : titles) m_sources->Append(ToWx(title));
    if (!titles.empty()) m_sources->SetSelection(0);
}

void HomeworkTemplateDialog::ShowDraft(const present::TemplateDraftForm& draft) {
    m_title->ChangeValue(ToWx(draft.title));
    m_purpose->ChangeValue(ToWx(draft.purpose));
    m_instructions->ChangeValue(ToWx(draft.instructions));
    m_newLabel->ChangeValue(ToWx(draft.newFieldLabel));
    m_fields->DestroyChildren();
    m_rows.clear();
    auto* grid = new wxFlexGridSizer(5, wxSize(8, 6));
    grid->AddGrowableCol(2, 2);
    grid->AddGrowableCol(3, 3);
    for (const char* heading :
         {"Keep", "Answered as", "Question", "Help for the client", "Required"}) {
        auto* text = new wxStaticText(m_fields, wxID_ANY, heading);
        text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        grid->Add(text);
    }
    for (const auto& field : draft.fields) {
        FieldRow row{field.key, field.type};
        row.keep = new wxCheckBox(m_fields, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                  wxDefaultValidator, ToWx("keep_" + field.key));
        row.keep->SetValue(field.keep);
        row.label =
            new wxTextCtrl(m_fields, wxID_ANY, ToWx(field.label), wxDefaultPosition, wxDefaultSize,
                           0, wxDefaultValidator, ToWx("label_" + field.key));
        row.help = new wxTextCtrl(m_fields, wxID_ANY, ToWx(field.help), wxDefaultPosition,
                                  wxDefaultSize, 0, wxDefaultValidator, ToWx("help_" + field.key));
        row.required = new wxCheckBox(m_fields, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                      wxDefaultValidator, ToWx("required_" + field.key));
        row.required->SetValue(field.required);
        grid->Add(row.keep, wxSizerFlags().CentreVertical());
        grid->Add(new wxStaticText(m_fields, wxID_ANY, ToWx(field.type)),
                  wxSizerFlags().CentreVertical());
        grid->Add(row.label, wxSizerFlags().Expand());
        grid->Add(row.help, wxSizerFlags().Expand());
        grid->Add(row.required, wxSizerFlags().CentreVertical().Centre());
        m_rows.push_back(row);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, 8));
    m_fields->SetSizer(sizer);
    m_fields->FitInside();
    Layout();
}

present::TemplateDraftForm HomeworkTemplateDialog::Draft() const {
    present::TemplateDraftForm form;
    form.title = FromWx(m_title->GetValue());
    form.purpose = FromWx(m_purpose->GetValue());
    form.instructions = FromWx(m_instructions->GetValue());
    for (const auto& row : m_rows)
        form.fields.push_back({row.key, row.type, FromWx(row.label->GetValue()),
                               FromWx(row.help->GetValue()), row.required->GetValue(),
                               row.keep->GetValue()});
    form.newFieldLabel = FromWx(m_newLabel->GetValue());
    form.newFieldKind = static_cast<present::NewFieldKind>(std::max(0, m_newKind->GetSelection()));
    return form;
}

void HomeworkTemplateDialog::ShowError(const std::string& message) {
    m_error->SetLabel(ToWx(message));
    m_error->Wrap(FromDIP(760));
    Layout();
}

void HomeworkTemplateDialog::Close(const std::string&) { Finish(kNoId); }

}  // namespace securebase::ui

#include "ui/homework_entry_dialog.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/display.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/homework_date.h"
#include "ui/wx_string.h"

namespace securebase::ui {

HomeworkEntryDialog::HomeworkEntryDialog(wxWindow* parent, service::Homework& homework,
                                         Id assignmentId, Done done)
    : HomeworkDialog(parent, "Add entry", "homework_entry", std::move(done)),
      m_presenter(*this, homework, assignmentId) {
    const wxColour problem(170, 30, 30);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_title = new wxStaticText(this, wxID_ANY, "");
    m_title->SetFont(m_title->GetFont().Bold().Scaled(1.2f));
    m_instructions = new wxStaticText(this, wxID_ANY, "");
    m_instructions->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    sizer->Add(m_title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 16));
    sizer->Add(m_instructions, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 16));

    auto* day = new wxBoxSizer(wxHORIZONTAL);
    m_writtenOn =
        new wxDatePickerCtrl(this, wxID_ANY, wxDefaultDateTime, wxDefaultPosition, wxDefaultSize,
                             wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "written_on");
    m_writtenOn->SetToolTip("The day the client did it; earlier than today is fine");
    m_writtenOnProblem = new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                          "problem_written_on");
    m_writtenOnProblem->SetForegroundColour(problem);
    day->Add(new wxStaticText(this, wxID_ANY, "Written on"),
             wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
    day->Add(m_writtenOn, wxSizerFlags().CentreVertical());
    day->Add(m_writtenOnProblem, wxSizerFlags(1).CentreVertical().Border(wxLEFT, 12));
    sizer->Add(day, wxSizerFlags().Expand().Border(wxALL, 16));

    m_form = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxVSCROLL | wxBORDER_THEME, "entry_fields");
    m_form->SetScrollRate(0, FromDIP(16));
    sizer->Add(m_form, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 16));

    m_error =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, "entry_error");
    m_error->SetForegroundColour(problem);
    sizer->Add(m_error, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 16));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* save = new wxButton(this, wxID_OK, "Save entry", wxDefaultPosition, wxDefaultSize, 0,
                              wxDefaultValidator, "save_entry");
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, "Cancel"), wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(save);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 16));
    SetSizer(sizer);
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_presenter.OnSave(); });

    m_presenter.Start();
    // As tall as the screen allows; the fields scroll inside.
    const wxRect screen = wxDisplay(wxDisplay::GetFromWindow(parent)).GetClientArea();
    SetSize(FromDIP(680), std::min(FromDIP(760), screen.GetHeight() - FromDIP(40)));
}

void HomeworkEntryDialog::ShowHeading(const std::string& title, const std::string& instructions) {
    SetTitle(ToWx("Add entry \u2014 " + title));
    m_title->SetLabel(ToWx(title));
    m_instructions->SetLabel(ToWx(instructions));
    m_instructions->Wrap(FromDIP(640));
}

void HomeworkEntryDialog::ShowFields(const std::vector<present::EntryFieldForm>& fields) {
    m_form->DestroyChildren();
    m_editors.clear();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* inner = new wxBoxSizer(wxVERTICAL);
    for (const auto& field : fields)
        m_editors.push_back(std::make_unique<HomeworkFieldEditor>(m_form, inner, field));
    auto* label = new wxStaticText(m_form, wxID_ANY, "Anything else the client wanted to add");
    label->SetFont(label->GetFont().Bold());
    inner->Add(label, wxSizerFlags().Border(wxTOP, 14));
    m_freeText = new wxTextCtrl(m_form, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 64)),
                                wxTE_MULTILINE, wxDefaultValidator, "free_text");
    inner->Add(m_freeText, wxSizerFlags().Expand().Border(wxTOP, 4));
    sizer->Add(inner, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    m_form->SetSizer(sizer);
    m_form->FitInside();
}

void HomeworkEntryDialog::ShowWrittenOn(const std::string& isoDate) {
    m_writtenOn->SetValue(FromIsoDay(isoDate));
}

present::EntryInput HomeworkEntryDialog::Input() const {
    present::EntryInput input;
    input.writtenOn = IsoDay(m_writtenOn->GetValue());
    for (const auto& editor : m_editors) input.answers[editor->Key()] = editor->Answer();
    input.freeText = m_freeText ? FromWx(m_freeText->GetValue()) : std::string();
    return input;
}

void HomeworkEntryDialog::ShowFieldProblems(const std::map<std::string, std::string>& problems) {
    const auto problemOf = [&](const std::string& key) {
        const auto found = problems.find(key);
        return found == problems.end() ? std::string() : found->second;
    };
    for (const auto& editor : m_editors) editor->ShowProblem(problemOf(editor->Key()));
    m_writtenOnProblem->SetLabel(ToWx(problemOf(present::kWrittenOnKey)));
    m_form->FitInside();
    Layout();
}

void HomeworkEntryDialog::ShowError(const std::string& message) {
    m_error->SetLabel(ToWx(message));
    m_error->Wrap(FromDIP(640));
    Layout();
}

void HomeworkEntryDialog::Close(Id entryId) { Finish(entryId); }

}  // namespace securebase::ui

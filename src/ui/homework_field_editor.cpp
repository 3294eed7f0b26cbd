#include "ui/homework_field_editor.h"

#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/slider.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/wx_string.h"

namespace securebase::ui {
namespace {

using homework::FieldType;

std::string Joined(const std::vector<std::string>& parts, const char* separator) {
    std::string joined;
    for (const auto& part : parts) joined += (joined.empty() ? "" : separator) + part;
    return joined;
}

}  // namespace

HomeworkFieldEditor::HomeworkFieldEditor(wxWindow* parent, wxSizer* sizer,
                                         const present::EntryFieldForm& field)
    : m_field(field) {
    const wxColour muted = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    auto* label =
        new wxStaticText(parent, wxID_ANY, ToWx(m_field.label + (m_field.required ? " *" : "")));
    label->SetFont(label->GetFont().Bold());
    sizer->Add(label, wxSizerFlags().Border(wxTOP, 10));
    if (!m_field.help.empty()) {
        auto* help = new wxStaticText(parent, wxID_ANY, ToWx(m_field.help));
        help->SetForegroundColour(muted);
        help->Wrap(parent->FromDIP(560));
        sizer->Add(help, wxSizerFlags().Border(wxTOP, 2));
    }
    sizer->Add(MakeInput(parent), wxSizerFlags().Expand().Border(wxTOP, 4));
    m_problem = new wxStaticText(parent, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0,
                                 ToWx("problem_" + m_field.key));
    m_problem->SetForegroundColour(wxColour(170, 30, 30));
    m_problem->Hide();
    sizer->Add(m_problem, wxSizerFlags().Border(wxTOP, 2));
}

wxWindow* HomeworkFieldEditor::MakeInput(wxWindow* parent) {
    const wxString name = ToWx("field_" + m_field.key);
    const auto text = [&](long style, int height, const std::string& hint) {
        m_text =
            new wxTextCtrl(parent, wxID_ANY, "", wxDefaultPosition,
                           parent->FromDIP(wxSize(-1, height)), style, wxDefaultValidator, name);
        if (!hint.empty()) m_text->SetHint(ToWx(hint));
        return m_text;
    };
    switch (m_field.type) {
        case FieldType::Text:
            return text(0, -1, "");
        case FieldType::LongText:
            return text(wxTE_MULTILINE, 64, "");
        case FieldType::List:
            return text(wxTE_MULTILINE, 64, "One item a line");
        case FieldType::Steps:
            return text(wxTE_MULTILINE, 80, "One step a line: " + Joined(m_field.columns, " | "));
        case FieldType::TimeOfDay:
            return text(0, -1, "HH:MM, e.g. 21:15");
        case FieldType::Number:
            return text(0, -1, m_field.unit.empty() ? "a number" : "in " + m_field.unit);
        case FieldType::Rating:
            return MakeRating(parent);
        case FieldType::Choice:
        case FieldType::YesNo: {
            m_choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr,
                                    0, wxDefaultValidator, name);
            m_choice->Append("");
            if (m_field.type == FieldType::YesNo) {
                m_choice->Append("Yes");
                m_choice->Append("No");
            }
            for (const auto& option : m_field.options) m_choice->Append(ToWx(option));
            return m_choice;
        }
        case FieldType::MultiChoice: {
            m_checks = new wxCheckListBox(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0,
                                          nullptr, 0, wxDefaultValidator, name);
            for (const auto& option : m_field.options) m_checks->Append(ToWx(option));
            m_checks->SetMinSize(wxSize(
                -1,
                std::min<int>(parent->FromDIP(140),
                              parent->FromDIP(24) * static_cast<int>(m_field.options.size() + 1))));
            return m_checks;
        }
    }
    return text(0, -1, "");
}

wxWindow* HomeworkFieldEditor::MakeRating(wxWindow* parent) {
    auto* panel = new wxPanel(parent);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* low = new wxStaticText(panel, wxID_ANY, ToWx("0 " + m_field.lowAnchor));
    auto* high = new wxStaticText(panel, wxID_ANY, ToWx("10 " + m_field.highAnchor));
    m_slider =
        new wxSlider(panel, wxID_ANY, homework::kRatingMin, homework::kRatingMin,
                     homework::kRatingMax, wxDefaultPosition, panel->FromDIP(wxSize(220, -1)),
                     wxSL_HORIZONTAL, wxDefaultValidator, ToWx("field_" + m_field.key));
    m_ratingValue = new wxStaticText(panel, wxID_ANY, ToWx("not rated"), wxDefaultPosition,
                                     panel->FromDIP(wxSize(80, -1)), wxST_NO_AUTORESIZE,
                                     ToWx("value_" + m_field.key));
    m_ratingValue->SetFont(m_ratingValue->GetFont().Bold());
    row->Add(low, wxSizerFlags().CentreVertical());
    row->Add(m_slider, wxSizerFlags().CentreVertical().Border(wxLEFT | wxRIGHT, 6));
    row->Add(high, wxSizerFlags().CentreVertical());
    row->Add(m_ratingValue, wxSizerFlags().CentreVertical().Border(wxLEFT, 16));
    panel->SetSizer(row);
    m_slider->Bind(wxEVT_SLIDER, [this](wxCommandEvent&) {
        m_rated = true;
        m_ratingValue->SetLabel(wxString::Format("%d / 10", m_slider->GetValue()));
    });
    return panel;
}

std::string HomeworkFieldEditor::Answer() const {
    if (m_text) return FromWx(m_text->GetValue());
    if (m_slider) return m_rated ? std::to_string(m_slider->GetValue()) : std::string();
    if (m_choice) {
        const int chosen = m_choice->GetSelection();
        if (chosen <= 0) return "";
        if (m_field.type == FieldType::YesNo) return chosen == 1 ? "yes" : "no";
        return m_field.options[static_cast<size_t>(chosen - 1)];
    }
    std::vector<std::string> chosen;
    for (unsigned i = 0; i < m_checks->GetCount(); ++i)
        if (m_checks->IsChecked(i)) chosen.push_back(m_field.options[i]);
    return Joined(chosen, "\n");
}

void HomeworkFieldEditor::ShowProblem(const std::string& problem) {
    m_problem->SetLabel(ToWx(problem));
    m_problem->Show(!problem.empty());
}

}  // namespace securebase::ui

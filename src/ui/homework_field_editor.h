#pragma once

#include <string>

#include "present/homework_entry_view.h"

class wxCheckListBox;
class wxChoice;
class wxSizer;
class wxSlider;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace securebase::ui {

// The widgets of one entry field, made for its type: a line or a box of text, a 0-10 slider
// showing its value, a choice, check boxes, yes/no, a time or a number, a row a line for steps;
// with its label, help and a place for its problem. The widget is named "field_<key>".
class HomeworkFieldEditor {
public:
    HomeworkFieldEditor(wxWindow* parent, wxSizer* sizer, const present::EntryFieldForm& field);

    const std::string& Key() const { return m_field.key; }
    std::string Answer() const;  // as present::EntryInput takes it; "" when left blank
    void ShowProblem(const std::string& problem);

private:
    wxWindow* MakeInput(wxWindow* parent);
    wxWindow* MakeRating(wxWindow* parent);

    present::EntryFieldForm m_field;
    wxTextCtrl* m_text = nullptr;
    wxChoice* m_choice = nullptr;
    wxCheckListBox* m_checks = nullptr;
    wxSlider* m_slider = nullptr;
    wxStaticText* m_ratingValue = nullptr;
    bool m_rated = false;  // a slider always has a value: only a moved one is an answer
    wxStaticText* m_problem = nullptr;
};

}  // namespace securebase::ui

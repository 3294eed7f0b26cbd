#pragma once

#include <string>
#include <vector>

#include "core/note_format.h"

namespace securebase::present {

struct NoteSection {
    std::string label;
    std::string hint;
    std::string text;
};

// Everything the note editor shows at once; the view renders it as a whole.
struct NoteEditorState {
    bool hasSession = false;
    NoteFormat format = NoteFormat::Soap;
    std::vector<NoteSection> sections;  // in the format's order
    bool readOnly = false;              // signed: only addenda can follow
    std::string signatureLine;          // "Signed by ... on ..." once signed
    std::vector<std::string> addenda;   // "Addendum 25 Nov 2026, 14:30, Name: text"
};

class NoteEditorView {
public:
    virtual ~NoteEditorView() = default;
    virtual void ShowNote(const NoteEditorState& state) = 0;
    virtual std::vector<std::string> SectionTexts() const = 0;  // in the shown order
    virtual std::string AddendumText() const = 0;
    virtual void ClearAddendum() = 0;
    virtual void ShowMessage(const std::string& message) = 0;
};

}  // namespace securebase::present

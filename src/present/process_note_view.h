#pragma once

#include <string>

namespace securebase::present {

// The private process note of the chosen session, shown apart from its progress note.
class ProcessNoteView {
public:
    virtual ~ProcessNoteView() = default;
    // Without a session there is nothing to write into: the view disables its field.
    virtual void ShowProcessNote(bool hasSession, const std::string& text) = 0;
    virtual std::string ProcessNoteText() const = 0;
    virtual void ShowMessage(const std::string& message) = 0;
};

}  // namespace securebase::present

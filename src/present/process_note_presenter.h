#pragma once

#include <optional>
#include <string>

#include "core/ids.h"
#include "present/process_note_view.h"
#include "service/practice.h"

namespace securebase::present {

// Psychotherapy process notes: the practitioner's private working notes on a session. They are
// stored apart from the progress note (never signed, never exported), so this presenter never
// touches the progress note and the note editor never touches this one.
class ProcessNotePresenter {
public:
    ProcessNotePresenter(ProcessNoteView& view, service::Practice& practice);

    void ShowSession(std::optional<Id> sessionId);
    bool OnSave();
    // Ctrl+S saves whatever is in front; a process note nobody touched is not rewritten.
    bool HasChanges() const;

private:
    ProcessNoteView& m_view;
    service::Practice& m_practice;
    Id m_sessionId = kNoId;
    std::string m_stored;
};

}  // namespace securebase::present

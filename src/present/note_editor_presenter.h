#pragma once

#include <optional>

#include "core/session.h"
#include "present/note_editor_view.h"
#include "service/practice.h"

namespace securebase::present {

// The progress note of one session: pick a format, fill its sections, save, sign. A signed note
// is shown read-only; from then on only signed addenda can be added.
class NoteEditorPresenter {
public:
    NoteEditorPresenter(NoteEditorView& view, service::Practice& practice);

    void ShowSession(std::optional<Id> sessionId);
    void OnFormatChosen(NoteFormat format);
    bool OnSave();
    void OnSign();
    void OnAddAddendum();

    const ProgressNote& Note() const { return m_note; }
    bool HasSession() const { return m_sessionId != kNoId; }

private:
    void CollectTexts();
    void Show();

    NoteEditorView& m_view;
    service::Practice& m_practice;
    Id m_sessionId = kNoId;
    ProgressNote m_note;
};

}  // namespace securebase::present

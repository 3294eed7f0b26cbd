#include "present/process_note_presenter.h"

#include "core/error.h"

namespace securebase::present {

ProcessNotePresenter::ProcessNotePresenter(ProcessNoteView& view, service::Practice& practice)
    : m_view(view), m_practice(practice) {}

void ProcessNotePresenter::ShowSession(std::optional<Id> sessionId) {
    m_sessionId = sessionId.value_or(kNoId);
    m_stored.clear();
    if (m_sessionId != kNoId) {
        if (auto stored = m_practice.ProcessNoteOf(m_sessionId)) m_stored = std::move(stored->text);
    }
    m_view.ShowProcessNote(m_sessionId != kNoId, m_stored);
    m_view.ShowMessage("");
}

bool ProcessNotePresenter::HasChanges() const {
    return m_sessionId != kNoId && m_view.ProcessNoteText() != m_stored;
}

bool ProcessNotePresenter::OnSave() {
    if (m_sessionId == kNoId) return false;
    std::string text = m_view.ProcessNoteText();
    try {
        m_practice.SaveProcessNote(m_sessionId, text);
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
        return false;
    }
    m_stored = std::move(text);
    m_view.ShowMessage("Process note saved. It stays private: exports and reports leave it out.");
    return true;
}

}  // namespace securebase::present

#include "present/note_editor_presenter.h"

#include "core/date_time.h"
#include "core/error.h"
#include "present/display_time.h"

namespace securebase::present {
namespace {

std::vector<NoteField> FieldsFor(NoteFormat format, const std::vector<NoteField>& previous) {
    std::vector<NoteField> fields;
    for (const NoteFieldSpec& spec : FieldsOf(format)) {
        NoteField field{std::string(spec.key), ""};
        // Switching format keeps what was written under a section both formats share.
        for (const NoteField& old : previous)
            if (old.key == spec.key) field.text = old.text;
        fields.push_back(std::move(field));
    }
    return fields;
}

std::string Describe(const Signature& signature) {
    return FormatLocalTime(signature.signedAt) + ", " + signature.signedBy;
}

}  // namespace

NoteEditorPresenter::NoteEditorPresenter(NoteEditorView& view, service::Practice& practice)
    : m_view(view), m_practice(practice) {}

void NoteEditorPresenter::ShowSession(std::optional<Id> sessionId) {
    m_sessionId = sessionId.value_or(kNoId);
    m_note = ProgressNote{};
    if (m_sessionId != kNoId) {
        if (auto stored = m_practice.NoteOf(m_sessionId)) {
            m_note = std::move(*stored);
        } else {
            m_note.sessionId = m_sessionId;
            m_note.format = m_practice.Settings().defaultNoteFormat;
        }
        m_note.fields = FieldsFor(m_note.format, m_note.fields);
    }
    m_view.ShowMessage("");
    Show();
}

void NoteEditorPresenter::Show() {
    NoteEditorState state;
    state.hasSession = m_sessionId != kNoId;
    state.format = m_note.format;
    state.readOnly = m_note.IsSigned();
    const auto specs = FieldsOf(m_note.format);
    for (size_t i = 0; state.hasSession && i < specs.size(); ++i)
        state.sections.push_back({std::string(specs[i].label), std::string(specs[i].hint),
                                  i < m_note.fields.size() ? m_note.fields[i].text : ""});
    if (m_note.signature) state.signatureLine = "Signed " + Describe(*m_note.signature);
    for (const Addendum& addendum : m_note.addenda)
        state.addenda.push_back("Addendum " + Describe(addendum.signature) + ": " + addendum.text);
    m_view.ShowNote(state);
}

void NoteEditorPresenter::CollectTexts() {
    const auto texts = m_view.SectionTexts();
    for (size_t i = 0; i < m_note.fields.size() && i < texts.size(); ++i)
        m_note.fields[i].text = texts[i];
}

void NoteEditorPresenter::OnFormatChosen(NoteFormat format) {
    if (m_sessionId == kNoId || m_note.IsSigned() || format == m_note.format) return;
    CollectTexts();
    m_note.format = format;
    m_note.fields = FieldsFor(format, m_note.fields);
    Show();
}

bool NoteEditorPresenter::OnSave() {
    if (m_sessionId == kNoId || m_note.IsSigned()) return false;
    CollectTexts();
    try {
        m_note = m_practice.SaveNote(m_note);
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
        return false;
    }
    m_note.fields = FieldsFor(m_note.format, m_note.fields);
    m_view.ShowMessage("Note saved.");
    return true;
}

void NoteEditorPresenter::OnSign() {
    if (m_sessionId == kNoId || m_note.IsSigned()) return;
    if (!OnSave()) return;
    try {
        m_note = m_practice.SignNote(m_note.id);
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
        return;
    }
    m_note.fields = FieldsFor(m_note.format, m_note.fields);
    Show();
    m_view.ShowMessage("Note signed. Corrections can now only be added as addenda.");
}

void NoteEditorPresenter::OnAddAddendum() {
    if (!m_note.IsSigned()) return;
    const std::string text = m_view.AddendumText();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_view.ShowMessage("Write the addendum first.");
        return;
    }
    try {
        m_note.addenda.push_back(m_practice.AddAddendum(m_note.id, text));
    } catch (const Error& error) {
        m_view.ShowMessage(error.what());
        return;
    }
    m_view.ClearAddendum();
    Show();
    m_view.ShowMessage("Addendum added.");
}

}  // namespace securebase::present

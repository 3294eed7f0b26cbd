#pragma once

#include "core/repositories.h"
#include "storage/database.h"

namespace securebase::storage {

// Progress notes (their sections as rows), signatures, addenda and the separate process notes.
// The schema's triggers freeze signed notes; this class checks first to give a clear message
// and maps a trigger's refusal to ErrorCode::Refused.
class SqlcipherNoteRepository : public NoteRepository {
public:
    explicit SqlcipherNoteRepository(Database& db);

    Id SaveProgressNote(const ProgressNote& note) override;
    std::optional<ProgressNote> FindProgressNote(Id sessionId) const override;
    std::optional<ProgressNote> FindProgressNoteById(Id noteId) const override;
    void Sign(Id noteId, const Signature& signature) override;
    Id AddAddendum(Id noteId, const Addendum& addendum) override;
    void SaveProcessNote(Id sessionId, std::string_view text) override;
    std::optional<ProcessNote> FindProcessNote(Id sessionId) const override;

private:
    std::optional<ProgressNote> Load(std::string_view sql, Id key) const;
    void WriteFields(Id noteId, const ProgressNote& note);

    Database& m_db;
};

}  // namespace securebase::storage

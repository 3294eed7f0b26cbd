#include "storage/note_repository.h"

#include "core/error.h"
#include "storage/cached_statement.h"
#include "storage/refused_by_trigger.h"
#include "storage/row_values.h"
#include "storage/sqlcipher.h"
#include "storage/sqlite_error.h"

namespace securebase::storage {
namespace {

constexpr const char* kAlreadySigned = "this note is already signed; add an addendum instead";

[[noreturn]] void NoNote(Id noteId) {
    throw Error(ErrorCode::NotFound, "no progress note with id " + std::to_string(noteId));
}

}  // namespace

SqlcipherNoteRepository::SqlcipherNoteRepository(Database& db) : m_db(db) {
    // A trigger's refusal is told apart from other constraint failures by its extended code.
    sqlite3_extended_result_codes(m_db.Handle(), 1);
}

Id SqlcipherNoteRepository::SaveProgressNote(const ProgressNote& note) {
    std::optional<Id> existing;
    bool isSigned = false;
    {
        CachedStatement select(m_db,
                               "SELECT id, signed_at IS NOT NULL FROM progress_notes "
                               "WHERE session_id = ?1");
        select->Bind(1, note.sessionId);
        if (select->Step()) {
            existing = select->Int(0);
            isSigned = select->Int(1) != 0;
        }
    }
    if (isSigned) throw Error(ErrorCode::Refused, kAlreadySigned);
    return RefusedByTrigger(kAlreadySigned, [&] {
        Id noteId = kNoId;
        if (existing) {
            noteId = *existing;
            CachedStatement(m_db, "UPDATE progress_notes SET format = ?1 WHERE id = ?2")
                ->Bind(1, ToString(note.format))
                .Bind(2, noteId)
                .Run();
            CachedStatement(m_db, "DELETE FROM note_fields WHERE note_id = ?1")
                ->Bind(1, noteId)
                .Run();
        } else {
            CachedStatement(m_db, "INSERT INTO progress_notes (session_id, format) VALUES (?1, ?2)")
                ->Bind(1, note.sessionId)
                .Bind(2, ToString(note.format))
                .Run();
            noteId = m_db.LastInsertRowId();
        }
        WriteFields(noteId, note);
        return noteId;
    });
}

void SqlcipherNoteRepository::WriteFields(Id noteId, const ProgressNote& note) {
    std::int64_t position = 0;
    for (const NoteField& field : note.fields) {
        CachedStatement(m_db,
                        "INSERT INTO note_fields (note_id, position, key, text) "
                        "VALUES (?1, ?2, ?3, ?4)")
            ->Bind(1, noteId)
            .Bind(2, position++)
            .Bind(3, field.key)
            .Bind(4, field.text)
            .Run();
    }
}

std::optional<ProgressNote> SqlcipherNoteRepository::Load(std::string_view sql, Id key) const {
    ProgressNote note;
    {
        CachedStatement select(m_db, sql);
        select->Bind(1, key);
        if (!select->Step()) return std::nullopt;
        note.id = select->Int(0);
        note.sessionId = select->Int(1);
        auto format = ParseNoteFormat(select->Text(2));
        if (!format) throw Error(ErrorCode::Damaged, "the vault holds an unknown note format");
        note.format = *format;
        if (!select->IsNull(4)) {
            note.signature = Signature{
                select->Text(3), TimestampFromText(select->Text(4), "progress_notes.signed_at")};
        }
    }
    {
        CachedStatement fields(m_db,
                               "SELECT key, text FROM note_fields WHERE note_id = ?1 "
                               "ORDER BY position");
        fields->Bind(1, note.id);
        while (fields->Step()) note.fields.push_back({fields->Text(0), fields->Text(1)});
    }
    CachedStatement addenda(m_db,
                            "SELECT id, text, signed_by, signed_at FROM addenda WHERE note_id = ?1 "
                            "ORDER BY id");
    addenda->Bind(1, note.id);
    while (addenda->Step()) {
        note.addenda.push_back(
            {addenda->Int(0),
             addenda->Text(1),
             {addenda->Text(2), TimestampFromText(addenda->Text(3), "addenda.signed_at")}});
    }
    return note;
}

std::optional<ProgressNote> SqlcipherNoteRepository::FindProgressNote(Id sessionId) const {
    return Load(
        "SELECT id, session_id, format, signed_by, signed_at FROM progress_notes "
        "WHERE session_id = ?1",
        sessionId);
}

std::optional<ProgressNote> SqlcipherNoteRepository::FindProgressNoteById(Id noteId) const {
    return Load(
        "SELECT id, session_id, format, signed_by, signed_at FROM progress_notes WHERE id = ?1",
        noteId);
}

void SqlcipherNoteRepository::Sign(Id noteId, const Signature& signature) {
    {
        CachedStatement update(m_db,
                               "UPDATE progress_notes SET signed_by = ?1, signed_at = ?2 "
                               "WHERE id = ?3 AND signed_at IS NULL");
        update->Bind(1, signature.signedBy)
            .Bind(2, FormatTimestamp(signature.signedAt))
            .Bind(3, noteId);
        update->Run();
    }
    if (m_db.Changes() == 1) return;
    CachedStatement exists(m_db, "SELECT 1 FROM progress_notes WHERE id = ?1");
    exists->Bind(1, noteId);
    if (!exists->Step()) NoNote(noteId);
    throw Error(ErrorCode::Refused, kAlreadySigned);
}

Id SqlcipherNoteRepository::AddAddendum(Id noteId, const Addendum& addendum) {
    {
        CachedStatement exists(m_db, "SELECT 1 FROM progress_notes WHERE id = ?1");
        exists->Bind(1, noteId);
        if (!exists->Step()) NoNote(noteId);
    }
    return RefusedByTrigger("an addendum follows a signed note only; sign the note first", [&] {
        CachedStatement(m_db,
                        "INSERT INTO addenda (note_id, text, signed_by, signed_at) "
                        "VALUES (?1, ?2, ?3, ?4)")
            ->Bind(1, noteId)
            .Bind(2, addendum.text)
            .Bind(3, addendum.signature.signedBy)
            .Bind(4, FormatTimestamp(addendum.signature.signedAt))
            .Run();
        return m_db.LastInsertRowId();
    });
}

void SqlcipherNoteRepository::SaveProcessNote(Id sessionId, std::string_view text) {
    CachedStatement(m_db,
                    "INSERT INTO process_notes (session_id, text) VALUES (?1, ?2) "
                    "ON CONFLICT (session_id) DO UPDATE SET text = excluded.text")
        ->Bind(1, sessionId)
        .Bind(2, text)
        .Run();
}

std::optional<ProcessNote> SqlcipherNoteRepository::FindProcessNote(Id sessionId) const {
    CachedStatement select(m_db,
                           "SELECT id, session_id, text FROM process_notes WHERE session_id = ?1");
    select->Bind(1, sessionId);
    if (!select->Step()) return std::nullopt;
    return ProcessNote{select->Int(0), select->Int(1), select->Text(2)};
}

}  // namespace securebase::storage

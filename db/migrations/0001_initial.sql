-- SecureBase schema, version 1: client records, sessions, notes, audit log, practice settings.
-- Dates are ISO text ("2026-11-25"), session starts local wall-clock text ("2026-11-25 14:30"),
-- instants UTC text ("2026-11-25T14:30:00Z"): they sort as they read.

CREATE TABLE clients (
    id                     INTEGER PRIMARY KEY,
    code                   TEXT NOT NULL UNIQUE,
    given_name             TEXT NOT NULL DEFAULT '',
    family_name            TEXT NOT NULL DEFAULT '',
    preferred_name         TEXT NOT NULL DEFAULT '',
    date_of_birth          TEXT,
    pronouns               TEXT NOT NULL DEFAULT '',
    phone                  TEXT NOT NULL DEFAULT '',
    email                  TEXT NOT NULL DEFAULT '',
    address                TEXT NOT NULL DEFAULT '',
    emergency_name         TEXT NOT NULL DEFAULT '',
    emergency_relationship TEXT NOT NULL DEFAULT '',
    emergency_phone        TEXT NOT NULL DEFAULT '',
    referral_source        TEXT NOT NULL DEFAULT '',
    presenting_concerns    TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL CHECK (status IN ('waitlist', 'active', 'discharged')),
    waitlisted_on          TEXT,
    admitted_on            TEXT,
    discharged_on          TEXT,
    discharge_reason       TEXT NOT NULL DEFAULT ''
) STRICT;

-- The client list pages in this order; the index answers it without a sort.
CREATE INDEX clients_by_name
    ON clients (family_name COLLATE NOCASE, given_name COLLATE NOCASE, id);
CREATE INDEX clients_by_status_name
    ON clients (status, family_name COLLATE NOCASE, given_name COLLATE NOCASE, id);

CREATE TABLE client_consents (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    topic        TEXT NOT NULL,
    given_on     TEXT NOT NULL,
    withdrawn_on TEXT
) STRICT;
CREATE INDEX client_consents_by_client ON client_consents (client_id, id);

-- Clustered on the client: one client's tags sit on one page.
CREATE TABLE client_tags (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (client_id, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    start            TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    kind             TEXT NOT NULL CHECK (kind IN ('individual', 'couple', 'family', 'group')),
    attendance       TEXT NOT NULL CHECK (attendance IN ('attended', 'cancelled', 'no-show'))
) STRICT;
-- Covering: a client's session list reads the index alone.
CREATE INDEX sessions_by_client_start
    ON sessions (client_id, start, id, duration_minutes, kind, attendance);

CREATE TABLE progress_notes (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
    format     TEXT NOT NULL CHECK (format IN ('soap', 'dap', 'birp', 'free')),
    signed_by  TEXT,
    signed_at  TEXT,
    CHECK ((signed_by IS NULL) = (signed_at IS NULL))
) STRICT;

-- One row per section of a note, clustered on the note so a note reads as one page.
CREATE TABLE note_fields (
    note_id  INTEGER NOT NULL REFERENCES progress_notes (id),
    position INTEGER NOT NULL,
    key      TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (note_id, position),
    UNIQUE (note_id, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE addenda (
    id        INTEGER PRIMARY KEY,
    note_id   INTEGER NOT NULL REFERENCES progress_notes (id),
    text      TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL
) STRICT;
CREATE INDEX addenda_by_note ON addenda (note_id, id);

-- Psychotherapy process notes live apart from the record so exports can leave them out.
CREATE TABLE process_notes (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
    text       TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    chain     BLOB NOT NULL
) STRICT;

-- A keyed seal over the newest audit row, rewritten with each append: without it, cutting rows
-- off the end of the log would leave a chain that still verifies.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id   INTEGER NOT NULL,
    seal      BLOB NOT NULL
) STRICT;

CREATE TABLE practice_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Signed notes are frozen here, in the vault itself, whatever program writes to it. Only the
-- step from unsigned to signed is allowed.
CREATE TRIGGER progress_notes_signed_no_update BEFORE UPDATE ON progress_notes
WHEN old.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

CREATE TRIGGER progress_notes_signed_no_delete BEFORE DELETE ON progress_notes
WHEN old.signed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

CREATE TRIGGER note_fields_signed_no_insert BEFORE INSERT ON note_fields
WHEN (SELECT signed_at FROM progress_notes WHERE id = new.note_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

CREATE TRIGGER note_fields_signed_no_update BEFORE UPDATE ON note_fields
WHEN (SELECT signed_at FROM progress_notes WHERE id IN (old.note_id, new.note_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

CREATE TRIGGER note_fields_signed_no_delete BEFORE DELETE ON note_fields
WHEN (SELECT signed_at FROM progress_notes WHERE id = old.note_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'signed notes cannot be changed');
END;

CREATE TRIGGER addenda_need_signed_note BEFORE INSERT ON addenda
WHEN (SELECT signed_at FROM progress_notes WHERE id = new.note_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'addenda follow a signed note only');
END;

CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda cannot be changed');
END;

CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
BEGIN
    SELECT RAISE(ABORT, 'addenda cannot be changed');
END;

-- The audit log only grows; its chain hash (see storage/audit_log.cpp) detects what a trigger
-- cannot stop: someone who drops these triggers first.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_head_only_forward BEFORE UPDATE ON audit_head
WHEN new.last_id <= old.last_id
BEGIN
    SELECT RAISE(ABORT, 'the audit log cannot be changed');
END;

-- Search: one document per client (names, code, tags) with rowid = client id, and one per
-- progress note (its sections) with rowid = -note id. Contentless, so the text is not stored a
-- second time; kept in step by the triggers below.
CREATE VIRTUAL TABLE search_index USING fts5 (
    names, code, tags, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER clients_index_insert AFTER INSERT ON clients
BEGIN
    INSERT INTO search_index (rowid, names, code, tags, body)
    VALUES (new.id, new.given_name || ' ' || new.family_name || ' ' || new.preferred_name,
            new.code, '', '');
END;

CREATE TRIGGER clients_index_update AFTER UPDATE ON clients
BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
    INSERT INTO search_index (rowid, names, code, tags, body)
    VALUES (new.id, new.given_name || ' ' || new.family_name || ' ' || new.preferred_name,
            new.code,
            coalesce((SELECT group_concat(tag, ' ') FROM client_tags WHERE client_id = new.id), ''),
            '');
END;

CREATE TRIGGER clients_index_delete AFTER DELETE ON clients
BEGIN
    DELETE FROM search_index WHERE rowid = old.id;
END;

CREATE TRIGGER client_tags_index_insert AFTER INSERT ON client_tags
BEGIN
    DELETE FROM search_index WHERE rowid = new.client_id;
    INSERT INTO search_index (rowid, names, code, tags, body)
    SELECT id, given_name || ' ' || family_name || ' ' || preferred_name, code,
           coalesce((SELECT group_concat(tag, ' ') FROM client_tags
                     WHERE client_id = new.client_id), ''),
           ''
    FROM clients WHERE id = new.client_id;
END;

CREATE TRIGGER client_tags_index_delete AFTER DELETE ON client_tags
BEGIN
    DELETE FROM search_index WHERE rowid = old.client_id;
    INSERT INTO search_index (rowid, names, code, tags, body)
    SELECT id, given_name || ' ' || family_name || ' ' || preferred_name, code,
           coalesce((SELECT group_concat(tag, ' ') FROM client_tags
                     WHERE client_id = old.client_id), ''),
           ''
    FROM clients WHERE id = old.client_id;
END;

CREATE TRIGGER note_fields_index_insert AFTER INSERT ON note_fields
BEGIN
    DELETE FROM search_index WHERE rowid = -new.note_id;
    INSERT INTO search_index (rowid, names, code, tags, body)
    SELECT -new.note_id, '', '', '', group_concat(text, ' ')
    FROM note_fields WHERE note_id = new.note_id;
END;

CREATE TRIGGER note_fields_index_update AFTER UPDATE ON note_fields
BEGIN
    DELETE FROM search_index WHERE rowid = -new.note_id;
    INSERT INTO search_index (rowid, names, code, tags, body)
    SELECT -new.note_id, '', '', '', group_concat(text, ' ')
    FROM note_fields WHERE note_id = new.note_id;
END;

CREATE TRIGGER note_fields_index_delete AFTER DELETE ON note_fields
BEGIN
    DELETE FROM search_index WHERE rowid = -old.note_id;
    INSERT INTO search_index (rowid, names, code, tags, body)
    SELECT -old.note_id, '', '', '', group_concat(text, ' ')
    FROM note_fields WHERE note_id = old.note_id
    HAVING count(*) > 0;
END;

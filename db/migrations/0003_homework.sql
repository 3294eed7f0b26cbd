-- SecureBase schema, version 3: between-session homework (assignments of a template to a client,
-- their pauses, the entries that came back) and the treatment goals homework can serve.

CREATE TABLE treatment_goals (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    title      TEXT NOT NULL CHECK (title <> ''),
    status     TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'dropped')),
    progress   INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    set_on     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX treatment_goals_by_client ON treatment_goals (client_id, id);

-- template_json is the whole template as it read when assigned: a template reworded later never
-- changes what the entries of an older assignment mean. weekdays is a mask of ISO days (bit 0 =
-- Monday .. bit 6 = Sunday) for 'weekdays'; weekly_on the ISO day (1 = Monday) for 'weekly'.
CREATE TABLE homework_assignments (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    template_id      TEXT NOT NULL CHECK (template_id <> ''),
    template_version INTEGER NOT NULL CHECK (template_version >= 1),
    template_json    TEXT NOT NULL CHECK (json_valid(template_json)),
    instructions     TEXT NOT NULL DEFAULT '',
    start_on         TEXT NOT NULL,
    due_on           TEXT,
    recurrence       TEXT NOT NULL CHECK (recurrence IN ('once', 'daily', 'weekdays', 'weekly')),
    weekdays         INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),
    weekly_on        INTEGER NOT NULL DEFAULT 1 CHECK (weekly_on BETWEEN 1 AND 7),
    goal_id          INTEGER REFERENCES treatment_goals (id),
    status           TEXT NOT NULL CHECK (status IN ('active', 'paused', 'ended')),
    ended_on         TEXT,
    assigned_at      TEXT NOT NULL,
    CHECK ((status = 'ended') = (ended_on IS NOT NULL)),
    CHECK (recurrence <> 'once' OR due_on IS NOT NULL),
    CHECK (recurrence <> 'weekdays' OR weekdays <> 0),
    CHECK (due_on IS NULL OR due_on >= start_on),
    CHECK (ended_on IS NULL OR ended_on >= start_on)
) STRICT;
CREATE INDEX homework_assignments_by_client ON homework_assignments (client_id, id);

-- Clustered on the assignment: its pauses are read with it. A pause still going on has no last day.
CREATE TABLE homework_pauses (
    assignment_id INTEGER NOT NULL REFERENCES homework_assignments (id),
    first_on      TEXT NOT NULL,
    last_on       TEXT CHECK (last_on IS NULL OR last_on >= first_on),
    PRIMARY KEY (assignment_id, first_on)
) STRICT, WITHOUT ROWID;

-- values_json holds each field as an object naming its kind ({"rating": {"int": 7}}; see
-- storage/entry_values_json.h), so the values read back without the template. written_on is the
-- day the client did the work (it may be back-dated), recorded_at when it was typed in.
CREATE TABLE homework_entries (
    id                  INTEGER PRIMARY KEY,
    assignment_id       INTEGER NOT NULL REFERENCES homework_assignments (id),
    written_on          TEXT NOT NULL,
    recorded_at         TEXT NOT NULL,
    values_json         TEXT NOT NULL
        CHECK (json_valid(values_json) AND json_type(values_json) = 'object'),
    free_text           TEXT NOT NULL DEFAULT '',
    reviewed_in_session INTEGER REFERENCES sessions (id)
) STRICT;
CREATE INDEX homework_entries_by_assignment
    ON homework_entries (assignment_id, written_on, id);

-- The rules below hold in the vault itself, whatever program writes to it.

CREATE TRIGGER homework_assignments_goal_of_client BEFORE INSERT ON homework_assignments
WHEN new.goal_id IS NOT NULL
 AND (SELECT client_id FROM treatment_goals WHERE id = new.goal_id) IS NOT new.client_id
BEGIN
    SELECT RAISE(ABORT, 'the goal belongs to another client');
END;

-- What was assigned, to whom, stays as it was; an ended assignment is final (re-assign instead).
CREATE TRIGGER homework_assignments_frozen BEFORE UPDATE OF
    client_id, template_id, template_version, template_json, assigned_at ON homework_assignments
BEGIN
    SELECT RAISE(ABORT, 'what was assigned cannot be changed; re-assign instead');
END;

CREATE TRIGGER homework_assignments_ended_no_update BEFORE UPDATE ON homework_assignments
WHEN old.status = 'ended'
BEGIN
    SELECT RAISE(ABORT, 'ended assignments cannot be changed; re-assign instead');
END;

CREATE TRIGGER homework_assignments_no_delete BEFORE DELETE ON homework_assignments
BEGIN
    SELECT RAISE(ABORT, 'assignments are kept; end one instead');
END;

CREATE TRIGGER homework_pauses_ended_no_insert BEFORE INSERT ON homework_pauses
WHEN (SELECT status FROM homework_assignments WHERE id = new.assignment_id) = 'ended'
BEGIN
    SELECT RAISE(ABORT, 'ended assignments cannot be changed; re-assign instead');
END;

CREATE TRIGGER homework_pauses_ended_no_update BEFORE UPDATE ON homework_pauses
WHEN (SELECT status FROM homework_assignments WHERE id = old.assignment_id) = 'ended'
BEGIN
    SELECT RAISE(ABORT, 'ended assignments cannot be changed; re-assign instead');
END;

CREATE TRIGGER homework_pauses_ended_no_delete BEFORE DELETE ON homework_pauses
WHEN (SELECT status FROM homework_assignments WHERE id = old.assignment_id) = 'ended'
BEGIN
    SELECT RAISE(ABORT, 'ended assignments cannot be changed; re-assign instead');
END;

CREATE TRIGGER homework_entries_need_open_assignment BEFORE INSERT ON homework_entries
WHEN (SELECT status FROM homework_assignments WHERE id = new.assignment_id) = 'ended'
BEGIN
    SELECT RAISE(ABORT, 'the assignment has ended; re-assign it to record more');
END;

-- An entry is kept as recorded; only the session it was reviewed in may be set later.
CREATE TRIGGER homework_entries_kept BEFORE UPDATE OF
    assignment_id, written_on, recorded_at, values_json, free_text ON homework_entries
BEGIN
    SELECT RAISE(ABORT, 'homework entries cannot be changed');
END;

CREATE TRIGGER homework_entries_reviewed_with_client BEFORE UPDATE OF reviewed_in_session
    ON homework_entries
WHEN new.reviewed_in_session IS NOT NULL
 AND (SELECT client_id FROM sessions WHERE id = new.reviewed_in_session) IS NOT
     (SELECT client_id FROM homework_assignments WHERE id = new.assignment_id)
BEGIN
    SELECT RAISE(ABORT, 'the session belongs to another client');
END;

CREATE TRIGGER homework_entries_no_delete BEFORE DELETE ON homework_entries
BEGIN
    SELECT RAISE(ABORT, 'homework entries cannot be changed');
END;

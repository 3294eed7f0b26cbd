-- SecureBase schema, version 4: groups, their facilitators, enrolments, meetings, attendance and
-- check-ins. A participant's meeting note is not here: it is the progress note of the "group"
-- session each attendance mark has in the participant's own chart. The group note stays here.

CREATE TABLE practice_groups (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (name <> ''),
    kind             TEXT NOT NULL CHECK (kind IN ('support', 'psychoeducation', 'therapy')),
    weekday          INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),  -- 0 = Sunday
    start_minute     INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    starts_on        TEXT NOT NULL,
    meeting_count    INTEGER CHECK (meeting_count BETWEEN 1 AND 520),
    ends_on          TEXT,
    capacity         INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
    location         TEXT NOT NULL DEFAULT '',
    curriculum_id    TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL
                     CHECK (status IN ('planned', 'running', 'finished', 'cancelled')),
    CHECK ((meeting_count IS NULL) <> (ends_on IS NULL)),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
) STRICT;

CREATE TABLE group_facilitators (
    group_id INTEGER NOT NULL REFERENCES practice_groups (id),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (name <> ''),
    PRIMARY KEY (group_id, position)
) STRICT, WITHOUT ROWID;

-- Clustered on the group: a roster reads as one page.
CREATE TABLE group_enrolments (
    group_id     INTEGER NOT NULL REFERENCES practice_groups (id),
    client_id    INTEGER NOT NULL REFERENCES clients (id),
    enrolled_on  TEXT NOT NULL,
    left_on      TEXT,
    leave_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, client_id),
    CHECK (left_on IS NULL OR left_on >= enrolled_on)
) STRICT, WITHOUT ROWID;
CREATE INDEX group_enrolments_by_client ON group_enrolments (client_id, group_id);

CREATE TABLE group_meetings (
    id               INTEGER PRIMARY KEY,
    group_id         INTEGER NOT NULL REFERENCES practice_groups (id),
    held_on          TEXT NOT NULL,
    curriculum_index INTEGER CHECK (curriculum_index >= 0),
    topic            TEXT NOT NULL DEFAULT '',
    group_note       TEXT NOT NULL DEFAULT '',
    UNIQUE (group_id, held_on)
) STRICT;

-- Clustered on the meeting: a meeting's attendance grid reads as one page.
CREATE TABLE group_attendance (
    meeting_id INTEGER NOT NULL REFERENCES group_meetings (id),
    client_id  INTEGER NOT NULL REFERENCES clients (id),
    mark       TEXT NOT NULL CHECK (mark IN ('present', 'late', 'excused', 'absent')),
    session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
    PRIMARY KEY (meeting_id, client_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE group_checkins (
    meeting_id        INTEGER NOT NULL REFERENCES group_meetings (id),
    client_id         INTEGER NOT NULL REFERENCES clients (id),
    administration_id INTEGER NOT NULL UNIQUE REFERENCES administrations (id),
    PRIMARY KEY (meeting_id, client_id)
) STRICT, WITHOUT ROWID;

-- Only participants of the meeting's group are marked or checked in, whatever program writes.
CREATE TRIGGER group_attendance_needs_enrolment BEFORE INSERT ON group_attendance
WHEN NOT EXISTS (SELECT 1 FROM group_enrolments e JOIN group_meetings m ON m.group_id = e.group_id
                 WHERE m.id = new.meeting_id AND e.client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'only enrolled participants have attendance');
END;

CREATE TRIGGER group_checkins_need_enrolment BEFORE INSERT ON group_checkins
WHEN NOT EXISTS (SELECT 1 FROM group_enrolments e JOIN group_meetings m ON m.group_id = e.group_id
                 WHERE m.id = new.meeting_id AND e.client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'only enrolled participants check in');
END;

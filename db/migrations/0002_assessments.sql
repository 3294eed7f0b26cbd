-- SecureBase schema, version 2: assessment administrations, their answers, practitioner norms.

CREATE TABLE administrations (
    id                 INTEGER PRIMARY KEY,
    client_id          INTEGER NOT NULL REFERENCES clients (id),
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    mode               TEXT NOT NULL CHECK (mode IN ('client', 'interview', 'paper')),
    started_at         TEXT NOT NULL,
    completed_at       TEXT,
    status             TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'abandoned')),
    CHECK ((status = 'completed') = (completed_at IS NOT NULL))
) STRICT;
CREATE INDEX administrations_by_client ON administrations (client_id, started_at, id);

-- Clustered on the administration: one sitting's answers sit on one page.
CREATE TABLE administration_answers (
    administration_id INTEGER NOT NULL REFERENCES administrations (id),
    item_id           TEXT NOT NULL,
    value             INTEGER NOT NULL,
    PRIMARY KEY (administration_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE practitioner_norms (
    instrument_id TEXT NOT NULL,
    subscale_id   TEXT NOT NULL,
    sd            REAL NOT NULL CHECK (sd > 0),
    reliability   REAL NOT NULL CHECK (reliability >= 0 AND reliability < 1),
    source        TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (instrument_id, subscale_id)
) STRICT, WITHOUT ROWID;

-- A finished administration is a clinical record: its answers and outcome are frozen here, in
-- the vault itself, whatever program writes to it.
CREATE TRIGGER administrations_finished_no_update BEFORE UPDATE ON administrations
WHEN old.status <> 'in_progress'
BEGIN
    SELECT RAISE(ABORT, 'finished administrations cannot be changed');
END;

CREATE TRIGGER administrations_finished_no_delete BEFORE DELETE ON administrations
WHEN old.status <> 'in_progress'
BEGIN
    SELECT RAISE(ABORT, 'finished administrations cannot be changed');
END;

CREATE TRIGGER administration_answers_finished_no_insert BEFORE INSERT ON administration_answers
WHEN (SELECT status FROM administrations WHERE id = new.administration_id) <> 'in_progress'
BEGIN
    SELECT RAISE(ABORT, 'finished administrations cannot be changed');
END;

CREATE TRIGGER administration_answers_finished_no_update BEFORE UPDATE ON administration_answers
WHEN (SELECT status FROM administrations WHERE id = old.administration_id) <> 'in_progress'
BEGIN
    SELECT RAISE(ABORT, 'finished administrations cannot be changed');
END;

CREATE TRIGGER administration_answers_finished_no_delete BEFORE DELETE ON administration_answers
WHEN (SELECT status FROM administrations WHERE id = old.administration_id) <> 'in_progress'
BEGIN
    SELECT RAISE(ABORT, 'finished administrations cannot be changed');
END;

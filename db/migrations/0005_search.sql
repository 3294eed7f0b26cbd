-- SecureBase schema, version 5: search in two indexes instead of one.
--
-- Version 1 kept client documents and note documents in one FTS5 table. Every name search then
-- paid for the notes too: bm25 counts each query term over the whole table, and a prefix with no
-- prefix index of its length merges the postings of every matching term first. At 100,000 notes a
-- four-letter note word cost about 15 ms before a single row came back.
--
-- client_search: one document per client (names, code, tags), rowid = client id. Small: a few
-- hundred kilobytes at 5,000 clients, so it is scored in full with bm25.
-- note_search: one document per progress note (its sections), rowid = note id, so a descending
-- rowid scan meets the newest notes first and can stop once enough clients are found. Prefix
-- indexes up to eight characters let what a person types while a word grows be read as one
-- posting list, lazily, instead of merging every word that starts that way first. Measured at
-- 100,000 notes: the note index grows from about 60 to 110 MB, and the p95 of a note lookup falls
-- from about 6 ms to 0.5 ms.
-- Both are contentless, so the text is not stored a second time; triggers keep them in step.

DROP TRIGGER clients_index_insert;
DROP TRIGGER clients_index_update;
DROP TRIGGER clients_index_delete;
DROP TRIGGER client_tags_index_insert;
DROP TRIGGER client_tags_index_delete;
DROP TRIGGER note_fields_index_insert;
DROP TRIGGER note_fields_index_update;
DROP TRIGGER note_fields_index_delete;
DROP TABLE search_index;

CREATE VIRTUAL TABLE client_search USING fts5 (
    names, code, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE VIRTUAL TABLE note_search USING fts5 (
    body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8'
);

-- What each index holds for a client or a note, written once for the fill below and the triggers.
CREATE VIEW client_search_source (client_id, names, code, tags) AS
SELECT id, given_name || ' ' || family_name || ' ' || preferred_name, code,
       coalesce((SELECT group_concat(tag, ' ') FROM client_tags WHERE client_id = clients.id), '')
FROM clients;

CREATE VIEW note_search_source (note_id, body) AS
SELECT note_id, group_concat(text, ' ') FROM note_fields GROUP BY note_id;

INSERT INTO client_search (rowid, names, code, tags) SELECT * FROM client_search_source;
INSERT INTO note_search (rowid, body) SELECT * FROM note_search_source;
INSERT INTO client_search (client_search) VALUES ('optimize');
INSERT INTO note_search (note_search) VALUES ('optimize');

CREATE TRIGGER clients_search_insert AFTER INSERT ON clients
BEGIN
    INSERT INTO client_search (rowid, names, code, tags)
    SELECT * FROM client_search_source WHERE client_id = new.id;
END;

CREATE TRIGGER clients_search_update AFTER UPDATE ON clients
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
    INSERT INTO client_search (rowid, names, code, tags)
    SELECT * FROM client_search_source WHERE client_id = new.id;
END;

CREATE TRIGGER clients_search_delete AFTER DELETE ON clients
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
END;

CREATE TRIGGER client_tags_search_insert AFTER INSERT ON client_tags
BEGIN
    DELETE FROM client_search WHERE rowid = new.client_id;
    INSERT INTO client_search (rowid, names, code, tags)
    SELECT * FROM client_search_source WHERE client_id = new.client_id;
END;

CREATE TRIGGER client_tags_search_delete AFTER DELETE ON client_tags
BEGIN
    DELETE FROM client_search WHERE rowid = old.client_id;
    INSERT INTO client_search (rowid, names, code, tags)
    SELECT * FROM client_search_source WHERE client_id = old.client_id;
END;

-- A note is written a section at a time, so each section re-indexes the note it belongs to.
CREATE TRIGGER note_fields_search_insert AFTER INSERT ON note_fields
BEGIN
    DELETE FROM note_search WHERE rowid = new.note_id;
    INSERT INTO note_search (rowid, body)
    SELECT * FROM note_search_source WHERE note_id = new.note_id;
END;

CREATE TRIGGER note_fields_search_update AFTER UPDATE ON note_fields
BEGIN
    DELETE FROM note_search WHERE rowid = new.note_id;
    INSERT INTO note_search (rowid, body)
    SELECT * FROM note_search_source WHERE note_id = new.note_id;
END;

CREATE TRIGGER note_fields_search_delete AFTER DELETE ON note_fields
BEGIN
    DELETE FROM note_search WHERE rowid = old.note_id;
    INSERT INTO note_search (rowid, body)
    SELECT * FROM note_search_source WHERE note_id = old.note_id;
END;

-- SecureBase schema, version 7: a meeting's homework link, once made, stays as it was. The
-- attendance rule of version 6 is checked on insert only; moving a link to another meeting or
-- assignment would step around it.
CREATE TRIGGER group_meeting_homework_no_update BEFORE UPDATE ON group_meeting_homework
BEGIN
    SELECT RAISE(ABORT, 'a meeting homework link cannot be changed');
END;

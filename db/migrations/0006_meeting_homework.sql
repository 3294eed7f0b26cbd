-- SecureBase schema, version 6: homework handed out at a group meeting. Each participant's
-- assignment is an ordinary assignment in their own chart; this table only remembers which
-- meeting it came from, so the group can see its homework adherence without a second copy.

-- Clustered on the meeting: a group's homework reads meeting by meeting.
CREATE TABLE group_meeting_homework (
    meeting_id    INTEGER NOT NULL REFERENCES group_meetings (id),
    assignment_id INTEGER NOT NULL UNIQUE REFERENCES homework_assignments (id),
    PRIMARY KEY (meeting_id, assignment_id)
) STRICT, WITHOUT ROWID;

-- Only a participant who came to the meeting (present or late) gets its homework, whatever
-- program writes.
CREATE TRIGGER group_meeting_homework_needs_attendance BEFORE INSERT ON group_meeting_homework
WHEN NOT EXISTS (SELECT 1 FROM group_attendance a
                 JOIN homework_assignments h ON h.client_id = a.client_id
                 WHERE a.meeting_id = new.meeting_id AND h.id = new.assignment_id
                   AND a.mark IN ('present', 'late'))
BEGIN
    SELECT RAISE(ABORT, 'meeting homework goes to participants who came');
END;

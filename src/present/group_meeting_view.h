#pragma once

#include <string>
#include <vector>

namespace securebase::present {

// Date, topic and group note of the meeting. Date and topic are fixed once it is saved.
struct MeetingDetails {
    std::string date;  // ISO
    bool dateLocked = false;
    std::vector<std::string> topics;  // "Free topic", then "1. Knowing your pattern", ...
    size_t topic = 0;                 // 0: the free topic below
    std::string freeTopic;
    bool topicLocked = false;
    std::string groupNote;
};

// What the user typed into the form outside the grids, read when saving.
struct MeetingInput {
    std::string date;
    size_t topic = 0;
    std::string freeTopic;
    std::string groupNote;
};

// A meeting's homework for everyone marked present or late.
struct MeetingHomeworkForm {
    size_t templateIndex = 0;  // into the offered templates
    bool daily = true;         // every day until the next meeting, or once by then
    std::string instructions;
};

struct AttendanceLine {
    std::string code;
    std::string name;
    std::string mark;         // "Present", "Late", "Excused", "Absent" or "" when not marked yet
    std::string note;         // the participant's own note, which lands in their chart
    bool noteLocked = false;  // signed in the chart: changed there by an addendum only
};

struct CheckinColumn {
    std::string heading;  // "1"
    std::string range;    // "0–10"
};

struct CheckinLine {
    std::string label;                 // "C-1234 · Ada"
    std::vector<std::string> answers;  // one per column, "" when not given
    bool locked = false;               // checked in already: shown, not typed again
};

// The meeting screen: the attendance grid (one row per participant enrolled on the day; keys
// P, L, E, A mark the focused row and move down) and the check-in grid (one row per participant
// present or late; digits answer and move to the next cell).
class GroupMeetingView {
public:
    virtual ~GroupMeetingView() = default;
    virtual void ShowHeading(const std::string& title, const std::string& subtitle) = 0;
    virtual void ShowDetails(const MeetingDetails& details) = 0;
    virtual void ShowOutline(const std::string& outline) = 0;
    virtual void ShowAttendance(const std::vector<AttendanceLine>& lines) = 0;
    virtual void ShowMark(size_t row, const std::string& mark) = 0;
    virtual void FocusAttendance(size_t row) = 0;
    // The instrument's items as columns, with a legend of their full text.
    virtual void ShowCheckinColumns(const std::string& title,
                                    const std::vector<CheckinColumn>& columns,
                                    const std::vector<std::string>& legend) = 0;
    virtual void ShowCheckins(const std::vector<CheckinLine>& lines) = 0;
    virtual void ShowCheckinAnswer(size_t row, size_t column, const std::string& text) = 0;
    virtual void ShowCheckinProblem(size_t row, const std::string& problem) = 0;  // empty clears
    virtual void FocusCheckin(size_t row, size_t column) = 0;
    virtual void ShowMessage(const std::string& message) = 0;  // empty clears
    // False when cancelled; asked again with the problem when the service refuses.
    virtual bool AskHomework(MeetingHomeworkForm& form, const std::vector<std::string>& templates,
                             const std::string& heading, const std::string& problem) = 0;
    virtual void Close() = 0;
};

}  // namespace securebase::present

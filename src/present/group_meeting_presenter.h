#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "present/group_meeting_view.h"
#include "service/assessments.h"
#include "service/group_homework.h"
#include "service/groups.h"
#include "service/practice.h"

namespace securebase::present {

// The check-in instrument groups record at each meeting (as the demo groups and the CLI do).
inline constexpr const char* kGroupCheckinInstrument = "weekly_secure_base_checkin";

// A new or existing meeting of a group: date and topic, the attendance grid, the check-in grid,
// a short note per participant and the group note. Nothing is written until Save, and Save
// checks everything it can before its first write.
class GroupMeetingPresenter {
public:
    GroupMeetingPresenter(GroupMeetingView& view, service::Groups& groups,
                          service::Assessments& assessments, service::Practice& practice,
                          service::GroupHomework& groupHomework, service::Homework& homework,
                          Id groupId, std::optional<Id> meetingId, std::function<void()> closed);

    void Start();  // throws Error when the group or meeting cannot be read
    void OnDateChanged(const std::string& isoDate);  // a new meeting: who was enrolled that day
    void OnTopicChosen(size_t topic);
    // P, L, E or A (either case) on a row of the attendance grid; true when it was one of them.
    bool OnMarkKey(size_t row, char key);
    void OnMark(size_t row, GroupAttendance attendance);  // a click on a mark cell
    void OnNoteChanged(size_t row, const std::string& text);
    // A digit key on a check-in cell: answers, or waits for a second digit on a scale above 9.
    void OnCheckinDigit(size_t row, size_t column, int digit);
    // Enter, Tab or leaving the cell: completes a waiting first digit.
    void OnCheckinCommit();
    // A value typed into the cell editor; empty clears. False (and the problem shown) if refused.
    bool OnCheckinEntered(size_t row, size_t column, const std::string& text);
    void OnSave(const MeetingInput& input);
    void OnCancel();
    // A saved meeting's homework for everyone it records as present or late.
    void OnAssignHomework();

    std::optional<Id> MeetingId() const { return m_meetingId; }

private:
    struct Participant {
        Id clientId = kNoId;
        std::string code;
        std::string name;
        std::optional<GroupAttendance> mark;
        std::optional<GroupAttendance> savedMark;
        std::string note;
        std::string savedNote;
        bool noteLocked = false;
        bool checkedIn = false;
    };

    void Load();
    void LoadParticipants(Date day);
    Date DefaultDate() const;
    std::optional<std::pair<size_t, size_t>> NextCell(size_t row, size_t column) const;
    void ShowAttendance();
    void ShowCheckins();
    void ShowOutline(size_t topic);
    bool Accept(size_t row, size_t column, int value);
    std::optional<std::string> Refusal(const MeetingInput& input, std::optional<Date>& day) const;
    void Write(const MeetingInput& input, Date day);

    GroupMeetingView& m_view;
    service::Groups& m_groups;
    service::Assessments& m_assessments;
    service::Practice& m_practice;
    service::GroupHomework& m_groupHomework;
    service::Homework& m_homework;
    Id m_groupId;
    std::optional<Id> m_meetingId;
    std::function<void()> m_closed;
    std::optional<service::GroupOverview> m_overview;
    std::optional<homework::Curriculum> m_curriculum;
    std::optional<assess::Instrument> m_instrument;
    std::optional<GroupMeeting> m_meeting;
    std::vector<Participant> m_participants;
    std::vector<size_t> m_checkinRows;             // indexes into m_participants
    std::map<Id, assess::Answers> m_answers;       // typed this time, by client
    std::map<Id, assess::Answers> m_savedAnswers;  // check-ins already in the vault
    std::optional<std::pair<size_t, size_t>> m_pendingCell;
    int m_pendingDigit = 0;
};

}  // namespace securebase::present

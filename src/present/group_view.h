#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "report/chart.h"

namespace securebase::present {

struct GroupRow {
    std::string name;
    std::string kind;      // "Support group"
    std::string schedule;  // "Tue 18:00, 8 meetings from 3 Nov 2026"
    std::string places;    // "5 of 8"
    std::string status;    // "Running"
};

struct ParticipantRow {
    std::string code;
    std::string name;        // the name they go by
    std::string since;       // "3 Nov 2026"
    std::string attendance;  // "5 of 6 (83%)"
    std::string left;        // "" or "Left 1 Dec 2026: moved away"
};

struct MeetingRow {
    std::string date;
    std::string topic;
    std::string attendance;  // "5 present, 1 late, 1 excused, 1 absent"
    std::string checkin;     // the summary subscale: "6.1 (4.2–7.5), 6 in", or ""
};

struct GroupActions {
    bool enrol = false;  // a group is selected
    bool leave = false;  // an active participant is selected
    bool newMeeting = false;
    bool openMeeting = false;  // a meeting is selected
    bool report = false;       // a group is selected
    bool certificate = false;  // a participant is selected
};

// What the New group dialog asks; dates ISO ("2026-11-25"), indexes into the offered lists.
struct GroupForm {
    std::string name;
    int kind = 0;     // support, psychoeducation, therapy
    int weekday = 0;  // Monday first
    std::string startTime = "18:00";
    int duration = 90;  // minutes
    std::string startsOn;
    int meetings = 8;
    int capacity = 8;
    std::string location;
    std::string facilitators;  // separated by commas
    int curriculum = 0;        // 0: none, n: the n-th offered curriculum
};

struct ClientChoice {
    Id id = kNoId;
    std::string label;  // "C-1234 · Ada Quill"
};

using ClientSearch = std::function<std::vector<ClientChoice>(const std::string& query)>;

// Enrol an existing client (clientId) or someone new (preferred name and optional code).
struct EnrolForm {
    std::optional<Id> clientId;
    std::string preferredName;
    std::string code;
    std::string date;
};

struct LeaveForm {
    std::string date;
    std::string reason;
};

// The Groups view of the main window: the groups, the selected one's roster, its meetings and
// check-in trend. The small forms are asked for by the presenter; each Ask returns false when
// the user cancels, and is asked again with the problem when what was given is refused.
class GroupView {
public:
    virtual ~GroupView() = default;
    virtual void ShowGroups(const std::vector<GroupRow>& rows) = 0;
    virtual void SelectGroup(std::optional<size_t> row) = 0;
    virtual void ShowHeading(const std::string& title, const std::string& details) = 0;
    virtual void ShowRoster(const std::vector<ParticipantRow>& rows) = 0;
    virtual void ShowMeetings(const std::vector<MeetingRow>& rows) = 0;
    virtual void ShowTrend(const std::vector<report::LineChart>& charts) = 0;
    virtual void EnableActions(const GroupActions& actions) = 0;
    virtual void ShowMessage(const std::string& message) = 0;  // empty clears
    virtual bool AskNewGroup(GroupForm& form, const std::vector<std::string>& curricula,
                             const std::string& problem) = 0;
    virtual bool AskEnrolExisting(EnrolForm& form, const ClientSearch& search,
                                  const std::string& problem) = 0;
    virtual bool AskEnrolNew(EnrolForm& form, const std::string& problem) = 0;
    virtual bool AskLeave(LeaveForm& form, const std::string& who, const std::string& problem) = 0;
    virtual void OpenMeeting(Id groupId, std::optional<Id> meetingId) = 0;
    // The facilitator's summary for the group report; false when cancelled.
    virtual bool AskReportSummary(std::string& summary) = 0;
    // Whether the certificate names the participant by client code only (some referrers need
    // no name); nothing when cancelled.
    virtual std::optional<bool> AskCertificateCodeOnly(const std::string& code) = 0;
    // Where to save a PDF; nothing when cancelled.
    virtual std::optional<std::filesystem::path> ChooseSaveFile(
        const std::string& title, const std::string& suggestedName) = 0;
};

}  // namespace securebase::present

#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "present/group_view.h"
#include "service/group_reports.h"
#include "service/groups.h"
#include "service/practice.h"

namespace securebase::present {

// The Groups view: the groups with their places, the selected group's roster with attendance
// rates, its meetings with attendance counts and the check-in trend; New group, Enrol, Leave,
// and the meeting screen opened by the view when the presenter says so.
class GroupPresenter {
public:
    // today: the practice's calendar day, the default date of enrolling and leaving.
    GroupPresenter(GroupView& view, service::Groups& groups, service::Practice& practice,
                   service::GroupReports& reports, std::function<Date()> today = Today);

    void Start();
    void OnGroupSelected(std::optional<size_t> row);
    void OnParticipantSelected(std::optional<size_t> row);
    void OnMeetingSelected(std::optional<size_t> row);
    void OnNewGroup();
    void OnEnrolExisting();
    void OnEnrolNew();
    void OnLeave();
    void OnNewMeeting();
    void OnOpenMeeting();
    void OnMeetingClosed();  // the meeting screen closed: show what it saved
    void OnGroupReport();    // the group report PDF, with the facilitator's summary
    void OnCertificate();    // the selected participant's attendance certificate PDF

    // Clients who could join the selected group, matching a code or name.
    std::vector<ClientChoice> SearchClients(const std::string& query);

    const std::vector<Group>& Groups() const { return m_groups; }
    const std::optional<service::GroupOverview>& Overview() const { return m_overview; }

private:
    void Refresh(std::optional<Id> select);
    void ShowSelected();
    void Enable();
    const Group* Selected() const;
    const service::Participant* SelectedParticipant() const;

    GroupView& m_view;
    service::Groups& m_service;
    service::Practice& m_practice;
    service::GroupReports& m_reports;
    std::function<Date()> m_today;
    std::vector<Group> m_groups;
    std::optional<size_t> m_selected;
    std::optional<service::GroupOverview> m_overview;
    std::optional<size_t> m_participant;
    std::optional<size_t> m_meeting;
};

}  // namespace securebase::present

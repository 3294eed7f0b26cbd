#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "report/chart.h"

namespace securebase::report {

// Everything a group report shows, worked out by the service: participants appear by client
// code only, because a group report goes to supervisors and referrers of other participants.

struct GroupMeetingInfo {
    int number = 0;  // 1 for the first meeting held
    Date heldOn{};
    std::string topic;
    int attended = 0;  // present or late
};

// One letter per meeting: P present, L late, E excused, A absent, "-" enrolled but not marked
// (counted as absent), "" not enrolled on that day.
struct GroupParticipantRow {
    std::string code;
    Date enrolledOn{};
    std::optional<Date> leftOn;
    std::vector<std::string> marks;  // one per GroupReportData::meetings
    int meetings = 0;                // held while enrolled
    int attended = 0;
    int late = 0;
    int excused = 0;
    int absent = 0;
    std::optional<double> rate;  // none before the first meeting
};

// One subscale's spread over the participants who checked in at one meeting.
struct SpreadCell {
    int participants = 0;  // none: nobody checked in
    double mean = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
};

struct CheckinRow {
    int meeting = 0;  // GroupMeetingInfo::number
    Date heldOn{};
    int participants = 0;
    std::vector<SpreadCell> cells;  // one per CheckinTrend::subscales
};

struct CheckinTrend {
    std::string instrument;              // its title
    std::vector<std::string> subscales;  // names, in instrument order
    std::vector<CheckinRow> rows;        // meetings with check-ins only
    std::vector<LineChart> charts;       // mean and range per meeting, one per subscale
};

struct HomeworkAdherenceRow {
    std::string code;
    int assignments = 0;
    int entries = 0;
    std::optional<double> adherence;  // done of due; none when nothing was due yet
};

struct GroupHomeworkSummary {
    int participantsAssigned = 0;
    int entries = 0;
    std::optional<double> meanAdherence;
    std::vector<HomeworkAdherenceRow> rows;  // participants with an assignment only
};

struct GroupReportData {
    std::string practiceName;
    std::string logoPng;       // the header logo's PNG bytes; empty when the practice wants none
    std::string practitioner;  // the signature line
    Date reportDate{};
    std::string groupName;
    std::string kind;  // support group, psychoeducation group, therapy group
    std::string status;
    std::vector<std::string> facilitators;
    std::string schedule;  // "Tuesdays at 18:00 for 90 min, 8 meetings"
    std::string location;
    Date from{};  // the first day of the group
    Date to{};    // its last day
    int capacity = 0;
    std::vector<GroupMeetingInfo> meetings;         // by date
    std::vector<GroupParticipantRow> participants;  // by enrolment date
    std::optional<CheckinTrend> checkins;           // none when nobody checked in
    GroupHomeworkSummary homework;
    std::string summary;  // the facilitator's
};

}  // namespace securebase::report

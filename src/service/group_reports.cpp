#include "service/group_reports.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/error.h"
#include "report/group_report.h"
#include "report/practice_logo.h"
#include "report/source_date.h"
#include "report/spread_chart.h"
#include "service/new_file.h"

namespace securebase::service {

namespace {

constexpr const char* kGroupTemplate = "group";
constexpr const char* kCertificateTemplate = "certificate";

bool Covers(const GroupEnrolment& enrolment, Date day) {
    return enrolment.enrolledOn <= day && (!enrolment.leftOn || day <= *enrolment.leftOn);
}

std::optional<GroupAttendance> MarkOf(const GroupOverview& overview, Id meetingId, Id clientId) {
    for (const auto& mark : overview.attendance) {
        if (mark.meetingId == meetingId && mark.clientId == clientId) return mark.attendance;
    }
    return std::nullopt;
}

std::string Letter(std::optional<GroupAttendance> mark) {
    if (!mark) return "-";
    switch (*mark) {
        case GroupAttendance::Present:
            return "P";
        case GroupAttendance::Late:
            return "L";
        case GroupAttendance::Excused:
            return "E";
        case GroupAttendance::Absent:
            return "A";
    }
    return "-";
}

std::string KindText(GroupKind kind) {
    switch (kind) {
        case GroupKind::Support:
            return "support group";
        case GroupKind::Psychoeducation:
            return "psychoeducation group";
        case GroupKind::Therapy:
            return "therapy group";
    }
    return "group";
}

std::string ScheduleText(const Group& group) {
    static constexpr const char* kDays[] = {"Sundays",   "Mondays", "Tuesdays", "Wednesdays",
                                            "Thursdays", "Fridays", "Saturdays"};
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", static_cast<int>(group.startTime.count() / 60),
                  static_cast<int>(group.startTime.count() % 60));
    std::string text = std::string(kDays[group.weekday.c_encoding()]) + " at " + time + " for " +
                       std::to_string(group.duration.count()) + " min, from " +
                       FormatDate(group.startsOn);
    if (group.meetingCount) return text + ", " + std::to_string(*group.meetingCount) + " meetings";
    return text + " to " + FormatDate(group.LastDay());
}

std::string PracticeName(const PracticeSettings& settings) {
    return settings.practiceName.empty() ? "SecureBase" : settings.practiceName;
}

// The check-ins of the instrument first used at the group's meetings, as rows and one spread
// chart per subscale; none when nobody checked in.
std::optional<report::CheckinTrend> TrendOf(const std::vector<MeetingCheckins>& checkins,
                                            const std::vector<report::GroupMeetingInfo>& meetings,
                                            Assessments& assessments) {
    const auto first = std::find_if(checkins.begin(), checkins.end(), [](const auto& meeting) {
        return !meeting.instrumentId.empty();
    });
    if (first == checkins.end()) return std::nullopt;
    const auto instrument = assessments.GetInstrument(first->instrumentId);
    report::CheckinTrend trend;
    trend.instrument = instrument.title;
    for (const auto& subscale : instrument.subscales) trend.subscales.push_back(subscale.name);
    std::vector<std::vector<report::MeetingSpread>> spreads(instrument.subscales.size());
    for (const auto& meeting : checkins) {
        if (meeting.instrumentId != instrument.id) continue;
        const auto info = std::find_if(meetings.begin(), meetings.end(),
                                       [&](const auto& m) { return m.heldOn == meeting.heldOn; });
        report::CheckinRow row{info == meetings.end() ? 0 : info->number, meeting.heldOn, 0, {}};
        for (size_t s = 0; s < meeting.subscales.size(); ++s) {
            const auto& spread = meeting.subscales[s];
            row.participants = std::max(row.participants, spread.participants);
            row.cells.push_back({spread.participants, spread.mean, spread.minimum, spread.maximum});
            if (spread.participants > 0 && s < spreads.size()) {
                spreads[s].push_back({meeting.heldOn, spread.mean, spread.minimum, spread.maximum});
            }
        }
        if (row.participants > 0) trend.rows.push_back(std::move(row));
    }
    for (size_t s = 0; s < instrument.subscales.size(); ++s) {
        trend.charts.push_back(
            report::SubscaleSpreadChart(instrument, instrument.subscales[s].id, spreads[s]));
    }
    return trend;
}

// Adherence per participant over every assignment made through the group's meetings: entries
// done of those due so far, summed over their assignments; the mean is over participants.
report::GroupHomeworkSummary HomeworkOf(const std::vector<ParticipantHomework>& assigned) {
    struct Totals {
        int assignments = 0;
        int entries = 0;
        size_t done = 0;
        size_t due = 0;
    };
    std::map<std::string, Totals> byCode;
    for (const auto& item : assigned) {
        auto& totals = byCode[item.code];
        const auto& adherence = item.summary.adherence;
        ++totals.assignments;
        totals.entries += static_cast<int>(item.summary.entries);
        totals.done += adherence.completed;
        totals.due += adherence.expected - adherence.pending;
    }
    report::GroupHomeworkSummary summary;
    double rates = 0.0;
    int rated = 0;
    for (const auto& [code, totals] : byCode) {
        report::HomeworkAdherenceRow row{code, totals.assignments, totals.entries, std::nullopt};
        if (totals.due > 0) {
            row.adherence = static_cast<double>(totals.done) / static_cast<double>(totals.due);
            rates += *row.adherence;
            ++rated;
        }
        summary.entries += totals.entries;
        summary.rows.push_back(std::move(row));
    }
    summary.participantsAssigned = static_cast<int>(byCode.size());
    if (rated > 0) summary.meanAdherence = rates / rated;
    return summary;
}

}  // namespace

GroupReports::GroupReports(Practice& practice, service::Groups& groups, Assessments& assessments,
                           GroupHomework& homework)
    : m_practice(practice), m_groups(groups), m_assessments(assessments), m_homework(homework) {}

report::GroupReportData GroupReports::Collect(const GroupReportRequest& request) {
    const auto overview = m_groups.Show(request.groupId);
    const auto rates = m_groups.AttendanceRates(request.groupId);
    const auto& group = overview.group;
    const auto settings = m_practice.Settings();
    report::GroupReportData data;
    data.practiceName = PracticeName(settings);
    data.logoPng = report::PracticeLogoPng(settings);
    data.practitioner = settings.SignatureLine();
    data.reportDate = report::DocumentDate();
    data.groupName = group.name;
    data.kind = KindText(group.kind);
    data.status = ToString(group.status);
    data.facilitators = group.facilitators;
    data.schedule = ScheduleText(group);
    data.location = group.location;
    data.from = group.startsOn;
    data.to = group.LastDay();
    data.capacity = group.capacity;
    int number = 0;
    for (const auto& meeting : overview.meetings) {
        report::GroupMeetingInfo info{++number, meeting.heldOn, meeting.topic, 0};
        for (const auto& mark : overview.attendance) {
            info.attended += mark.meetingId == meeting.id && Attended(mark.attendance);
        }
        data.meetings.push_back(std::move(info));
    }
    for (const auto& participant : overview.roster) {
        const auto& enrolment = participant.enrolment;
        report::GroupParticipantRow row;
        row.code = participant.code;
        row.enrolledOn = enrolment.enrolledOn;
        row.leftOn = enrolment.leftOn;
        for (const auto& meeting : overview.meetings) {
            row.marks.push_back(Covers(enrolment, meeting.heldOn)
                                    ? Letter(MarkOf(overview, meeting.id, enrolment.clientId))
                                    : std::string());
        }
        const auto rate = std::find_if(rates.begin(), rates.end(), [&](const AttendanceRate& r) {
            return r.clientId == enrolment.clientId;
        });
        if (rate != rates.end()) {
            row.meetings = rate->meetings;
            row.attended = rate->attended;
            row.late = rate->late;
            row.excused = rate->excused;
            row.absent = rate->absent;
            row.rate = rate->rate;
        }
        data.participants.push_back(std::move(row));
    }
    data.checkins = TrendOf(m_groups.CheckinSummary(request.groupId), data.meetings, m_assessments);
    data.homework = HomeworkOf(m_homework.OfGroup(request.groupId));
    data.summary = request.summary;
    return data;
}

int GroupReports::WriteReport(const GroupReportRequest& request,
                              const std::filesystem::path& file) {
    // Refused before the work of laying out; WriteNewFile refuses again should the name appear.
    if (std::filesystem::exists(file)) throw Exists(file);
    const auto layout = report::LoadDocumentTemplate(kGroupTemplate, report::GroupReportKind());
    const auto rendered = report::RenderGroupReport(layout, Collect(request));
    // Audited once the report has left the vault, so a failed write records no export.
    ExportNewFile(file, rendered.bytes,
                  [&] { m_practice.RecordAudit(AuditAction::Export, "group", request.groupId); });
    return rendered.pages;
}

report::CertificateData GroupReports::CollectCertificate(Id groupId, Id clientId, bool codeOnly) {
    const auto overview = m_groups.Show(groupId);
    const auto participant =
        std::find_if(overview.roster.begin(), overview.roster.end(),
                     [&](const Participant& p) { return p.enrolment.clientId == clientId; });
    if (participant == overview.roster.end()) {
        throw Error(ErrorCode::NotFound,
                    "client " + std::to_string(clientId) + " was never enrolled in group " +
                        std::to_string(groupId) + ": a certificate is only for a participant");
    }
    const auto& group = overview.group;
    const auto settings = m_practice.Settings();
    report::CertificateData data;
    data.practiceName = PracticeName(settings);
    data.logoPng = report::PracticeLogoPng(settings);
    data.groupName = group.name;
    data.kind = KindText(group.kind);
    data.participant = codeOnly ? participant->code : participant->displayName;
    data.code = participant->code;
    data.enrolledOn = participant->enrolment.enrolledOn;
    data.leftOn = participant->enrolment.leftOn;
    for (const auto& meeting : overview.meetings) {
        if (!Covers(participant->enrolment, meeting.heldOn)) continue;
        ++data.held;
        const auto mark = MarkOf(overview, meeting.id, clientId);
        if (mark && Attended(*mark)) {
            ++data.attended;
            data.datesAttended.push_back(meeting.heldOn);
        }
    }
    data.facilitators = group.facilitators;
    data.practitioner = settings.SignatureLine();
    data.issuedOn = report::DocumentDate();
    return data;
}

int GroupReports::WriteCertificate(Id groupId, Id clientId, bool codeOnly,
                                   const std::filesystem::path& file) {
    if (std::filesystem::exists(file)) throw Exists(file);
    const auto layout =
        report::LoadDocumentTemplate(kCertificateTemplate, report::CertificateKind());
    const auto rendered =
        report::RenderCertificates(layout, {CollectCertificate(groupId, clientId, codeOnly)});
    ExportNewFile(file, rendered.bytes,
                  [&] { m_practice.RecordAudit(AuditAction::Export, "client", clientId); });
    return rendered.pages;
}

}  // namespace securebase::service

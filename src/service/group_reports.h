#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "core/ids.h"
#include "report/attendance_certificate.h"
#include "report/group_report_data.h"
#include "service/assessments.h"
#include "service/group_homework.h"
#include "service/groups.h"
#include "service/practice.h"

namespace securebase::service {

struct GroupReportRequest {
    Id groupId = kNoId;
    std::string summary;  // the facilitator's summary
};

// The group's documents: the group report (participants by client code only) and a
// participant's attendance certificate. Gathered through Groups (each read audited by id) and
// audited once more as an export; laid out by src/report from reports/group.json and
// reports/certificate.json. An existing output file is refused and nothing is written.
class GroupReports {
public:
    GroupReports(Practice& practice, service::Groups& groups, Assessments& assessments,
                 GroupHomework& homework);

    // NotFound for an unknown group.
    // What the report shows; audited as the reads it makes (the export is audited on writing).
    report::GroupReportData Collect(const GroupReportRequest& request);
    // Writes the report to a new private `file` (Refused when it exists), then audits the export;
    // returns the number of pages.
    int WriteReport(const GroupReportRequest& request, const std::filesystem::path& file);
    // clientId: a participant (ever enrolled). codeOnly: the certificate names the client code
    // only. NotFound for an unknown group or someone never enrolled in it; returns the pages.
    int WriteCertificate(Id groupId, Id clientId, bool codeOnly, const std::filesystem::path& file);

private:
    report::CertificateData CollectCertificate(Id groupId, Id clientId, bool codeOnly);

    Practice& m_practice;
    service::Groups& m_groups;
    Assessments& m_assessments;
    GroupHomework& m_homework;
};

}  // namespace securebase::service

#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/date_time.h"
#include "report/document_template.h"
#include "report/pdf_document.h"

namespace securebase::report {

// What one participant's certificate says. It certifies attendance only: no scores, no notes.
struct CertificateData {
    std::string practiceName;
    std::string logoPng;  // the header logo's PNG bytes; empty when the practice wants none
    std::string groupName;
    std::string kind;         // "support group", ...
    std::string participant;  // the name the practice chose to print, or the client code
    std::string code;
    int attended = 0;  // present or late
    int held = 0;      // meetings held while enrolled
    std::vector<Date> datesAttended;
    Date enrolledOn{};
    std::optional<Date> leftOn;
    std::vector<std::string> facilitators;
    std::string practitioner;  // signs when the group names no facilitator
    Date issuedOn{};
};

// The sections and fixed words a certificate template (reports/certificate.json) may use.
const DocumentKind& CertificateKind();

// One page per certificate, in the order given, written to `file` (replaced whole or not at
// all). Returns the number of pages. Throws Error(Io) when the file cannot be written.
// The same kept in memory: the service writes it as a new, private file.
RenderedPdf RenderCertificates(const DocumentTemplate& layout,
                               const std::vector<CertificateData>& data);
int WriteCertificates(const DocumentTemplate& layout, const std::vector<CertificateData>& data,
                      const std::filesystem::path& file);

}  // namespace securebase::report

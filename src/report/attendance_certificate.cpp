#include "report/attendance_certificate.h"

#include <map>

#include "report/fit_text.h"
#include "report/flow_layout.h"
#include "report/pdf_document.h"
#include "report/signature_lines.h"
#include "report/source_date.h"

namespace securebase::report {

namespace {

std::string Enrolment(const CertificateData& data) {
    return data.leftOn ? FormatDate(data.enrolledOn) + " to " + FormatDate(*data.leftOn)
                       : "since " + FormatDate(data.enrolledOn);
}

// Writes one certificate; each method is one section type of reports/README.md.
class CertificateWriter {
public:
    CertificateWriter(const DocumentTemplate& layout, const CertificateData& data, FlowLayout& flow)
        : m_layout(layout),
          m_data(data),
          m_flow(flow),
          m_values{{"participant", data.participant},  {"code", data.code},
                   {"group", data.groupName},          {"kind", data.kind},
                   {"practice", data.practiceName},    {"attended", std::to_string(data.attended)},
                   {"held", std::to_string(data.held)}} {}

    void Write(const DocumentSection& section) {
        const auto heading = FillPlaceholders(section.heading, m_values);
        if (section.type == "header") {
            m_flow.Space(20);
            m_flow.Title(heading.empty() ? m_layout.title : heading);
            m_flow.Space(10);
        } else if (!heading.empty()) {
            m_flow.Heading(heading);
        }
        if (!section.intro.empty()) {
            m_flow.Paragraph(FillPlaceholders(section.intro, m_values), Weight::Regular, 11);
        }
        if (section.type == "details") return Details();
        if (section.type == "dates") return Dates(section);
        if (section.type == "signature") return Signature();
    }

private:
    std::string L(const std::string& key, const std::string& fallback) const {
        return m_layout.Label(key, fallback);
    }

    void Details() {
        m_flow.KeyValues({
            {L("participant", "Participant"), m_data.participant},
            {L("group", "Group"), m_data.groupName},
            {L("kind", "Kind of group"), m_data.kind},
            {L("attendance", "Meetings attended"), std::to_string(m_data.attended) + " " +
                                                       L("of", "of") + " " +
                                                       std::to_string(m_data.held)},
            {L("enrolment", "Enrolled"), Enrolment(m_data)},
            {L("issued", "Issued on"), FormatDate(m_data.issuedOn)},
        });
    }

    void Dates(const DocumentSection& section) {
        if (m_data.datesAttended.empty()) {
            m_flow.Paragraph(section.empty.empty() ? "No meetings were attended." : section.empty,
                             Weight::Regular, kBodySize, kMutedInk);
            return;
        }
        std::string dates;
        for (const auto& day : m_data.datesAttended) {
            dates += (dates.empty() ? "" : ",  ") + FormatDate(day);
        }
        m_flow.Paragraph(dates);
    }

    void Signature() {
        SignatureLines(m_flow, L("signature", "Facilitator"), m_data.facilitators,
                       m_data.practitioner);
    }

    const DocumentTemplate& m_layout;
    const CertificateData& m_data;
    FlowLayout& m_flow;
    std::map<std::string, std::string> m_values;
};

}  // namespace

const DocumentKind& CertificateKind() {
    static const DocumentKind kKind{
        "certificate",
        {"header", "statement", "details", "dates", "signature"},
        {"participant", "group", "kind", "attendance", "of", "enrolment", "issued", "signature"}};
    return kKind;
}

RenderedPdf RenderCertificates(const DocumentTemplate& layout,
                               const std::vector<CertificateData>& data) {
    const std::string group = data.empty() ? std::string() : data.front().groupName;
    const std::string practitioner = data.empty() ? std::string() : data.front().practitioner;
    PdfDocument document({layout.title + " " + group, practitioner, group, DocumentTime()});
    RunningText running;
    running.headerLeft = data.empty() ? std::string() : data.front().practiceName;
    running.headerRight = layout.title;
    running.footerLeft = layout.confidential;
    running.footerRight = FitText(document, group, kRunningTextWidth);
    running.pageFormat = layout.pageFormat;
    running.logoPng = data.empty() ? std::string() : data.front().logoPng;
    FlowLayout flow(document, running);
    for (size_t i = 0; i < data.size(); ++i) {
        if (i > 0) flow.NewPage();
        CertificateWriter writer(layout, data[i], flow);
        for (const auto& section : layout.sections) writer.Write(section);
    }
    flow.Finish();
    return {document.Bytes(), flow.PageCount()};
}

int WriteCertificates(const DocumentTemplate& layout, const std::vector<CertificateData>& data,
                      const std::filesystem::path& file) {
    const auto rendered = RenderCertificates(layout, data);
    SavePdf(rendered.bytes, file);
    return rendered.pages;
}

}  // namespace securebase::report

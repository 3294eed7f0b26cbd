#pragma once

#include <map>
#include <string>
#include <vector>

namespace securebase::report {

struct DocumentSection {
    std::string type;
    std::string heading;
    std::string intro;  // fixed wording printed under the heading
    std::string empty;  // printed instead when there is nothing to show
};

// What one kind of document (a group report, a certificate) lets its template name: the section
// types it knows how to draw and the fixed words inside them a clinic may reword.
struct DocumentKind {
    std::string name;
    std::vector<std::string> sectionTypes;
    std::vector<std::string> labelKeys;
};

// A template from reports/*.json in the format of reports/README.md, for documents other than
// the progress report (whose sections report_template.h knows by enum).
struct DocumentTemplate {
    std::string id;
    std::string title;
    std::string confidential;  // the footer's left text
    std::string pageFormat;    // "Page {page} of {pages}"
    std::map<std::string, std::string> labels;
    std::vector<DocumentSection> sections;

    std::string Label(const std::string& key, const std::string& fallback) const;
};

// Parses and validates against `kind`; `origin` (the file) starts every error message, and an
// unknown section type or label key is refused rather than ignored. Throws Error(Invalid).
DocumentTemplate ParseDocumentTemplate(const std::string& json, const std::string& origin,
                                       const DocumentKind& kind);

// The template `name` from the first of ReportTemplateFolders() that has it. Throws
// Error(NotFound) listing the folders searched, Error(Invalid) for a malformed file.
DocumentTemplate LoadDocumentTemplate(const std::string& name, const DocumentKind& kind);

// `text` with each "{key}" replaced by its value, so fixed wording can name the participant.
std::string FillPlaceholders(std::string text, const std::map<std::string, std::string>& values);

}  // namespace securebase::report

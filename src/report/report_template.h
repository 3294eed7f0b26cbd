#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace securebase::report {

// The sections a report can have; reports/README.md describes each.
enum class SectionKind {
    Header,
    Client,
    Sessions,
    Assessments,
    Homework,
    Goals,
    Summary,
    Signature
};

struct ReportSection {
    SectionKind kind = SectionKind::Header;
    std::string heading;
    std::string intro;  // fixed wording printed under the heading
    std::string empty;  // printed instead when there is nothing to show
};

// A report layout from reports/*.json: which sections, in what order, with what wording, so a
// clinic can have its own without code.
struct ReportTemplate {
    std::string id;
    std::string title;
    std::string confidential;                   // the footer's left text
    std::string pageFormat;                     // "Page {page} of {pages}"
    std::map<std::string, std::string> labels;  // fixed words inside sections, by key
    std::vector<ReportSection> sections;

    // The template's wording for `key`, or `fallback` when it has none.
    std::string Label(const std::string& key, const std::string& fallback) const;
};

// Parses and validates; `origin` (the file) starts every error message. Throws Error(Invalid).
ReportTemplate ParseReportTemplate(const std::string& json, const std::string& origin);

// Where templates are read from: the clinic's ($XDG_DATA_HOME/securebase/reports) first, then
// the shipped ones (SECUREBASE_REPORTS_DIR overrides their place).
std::vector<std::filesystem::path> ReportTemplateFolders();

// The template `name` (its file name without .json) from the first folder that has it.
// Throws Error(NotFound) listing the folders searched, Error(Invalid) for a malformed file.
ReportTemplate LoadReportTemplate(const std::string& name);

}  // namespace securebase::report

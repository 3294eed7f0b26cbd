#include "report/report_template.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "assess/json_fields.h"
#include "core/error.h"

namespace securebase::report {

namespace {

constexpr int kTemplateFormat = 1;

const std::map<std::string, SectionKind> kKinds = {
    {"header", SectionKind::Header},     {"client", SectionKind::Client},
    {"sessions", SectionKind::Sessions}, {"assessments", SectionKind::Assessments},
    {"homework", SectionKind::Homework}, {"goals", SectionKind::Goals},
    {"summary", SectionKind::Summary},   {"signature", SectionKind::Signature},
};

// The fixed words inside sections a template may reword; reports/README.md lists them.
constexpr const char* kLabelKeys[] = {
    "practice",   "practitioner", "reportDate",     "period",        "clientCode",
    "status",     "careDates",    "concerns",       "attended",      "cancelled",
    "noShow",     "date",         "classification", "change",        "lastChange",
    "schedule",   "adherence",    "lastEntry",      "entries",       "goal",
    "goalStatus", "progress",     "signature",      "signatureDate", "deidentified",
};

std::filesystem::path ClinicReports() {
    const char* dataHome = std::getenv("XDG_DATA_HOME");
    if (dataHome && *dataHome && std::filesystem::path(dataHome).is_absolute()) {
        return std::filesystem::path(dataHome) / "securebase" / "reports";
    }
    const char* home = std::getenv("HOME");
    if (!home || !*home) return {};
    return std::filesystem::path(home) / ".local" / "share" / "securebase" / "reports";
}

std::filesystem::path ShippedReports() {
    if (const char* overridden = std::getenv("SECUREBASE_REPORTS_DIR"); overridden && *overridden) {
        return overridden;
    }
    // A build run from its tree reads the templates being edited; an installed one, its own.
    const std::filesystem::path source = SECUREBASE_SOURCE_REPORTS_DIR;
    if (std::filesystem::is_directory(source)) return source;
    return SECUREBASE_INSTALLED_REPORTS_DIR;
}

}  // namespace

std::string ReportTemplate::Label(const std::string& key, const std::string& fallback) const {
    const auto found = labels.find(key);
    return found == labels.end() ? fallback : found->second;
}

ReportTemplate ParseReportTemplate(const std::string& json, const std::string& origin) {
    try {
        const auto root = assess::JsonFields::Parse(json);
        root.AllowOnly({"$comment", "format", "id", "title", "confidential", "pageFormat", "labels",
                        "sections"});
        if (root.Int("format") != kTemplateFormat) {
            root.Fail("format", "this build reads format " + std::to_string(kTemplateFormat));
        }
        ReportTemplate result;
        result.id = root.String("id");
        result.title = root.String("title");
        result.confidential = root.StringOr("confidential", "Confidential");
        result.pageFormat = root.StringOr("pageFormat", "Page {page} of {pages}");
        if (result.pageFormat.find("{page}") == std::string::npos) {
            root.Fail("pageFormat", "must contain {page}");
        }
        if (const auto labels = root.OptionalChild("labels")) {
            for (const char* key : kLabelKeys) {
                if (labels->Has(key)) result.labels[key] = labels->String(key);
            }
        }
        for (const auto& section : root.Children("sections")) {
            section.AllowOnly({"type", "heading", "intro", "empty"});
            const auto type = section.String("type");
            const auto kind = kKinds.find(type);
            if (kind == kKinds.end()) {
                section.Fail("type", "unknown section \"" + type +
                                         "\": use header, client, sessions, assessments, "
                                         "homework, goals, summary or signature");
            }
            result.sections.push_back({kind->second, section.StringOr("heading", ""),
                                       section.StringOr("intro", ""),
                                       section.StringOr("empty", "")});
        }
        if (result.sections.empty()) root.Fail("sections", "must list at least one section");
        return result;
    } catch (const Error& error) {
        throw Error(ErrorCode::Invalid, origin + ": " + error.what());
    }
}

std::vector<std::filesystem::path> ReportTemplateFolders() {
    std::vector<std::filesystem::path> folders;
    if (auto clinic = ClinicReports(); !clinic.empty()) folders.push_back(std::move(clinic));
    folders.push_back(ShippedReports());
    return folders;
}

ReportTemplate LoadReportTemplate(const std::string& name) {
    const bool plain = !name.empty() && name.find_first_of("/\\.") == std::string::npos;
    if (!plain) {
        throw Error(ErrorCode::Invalid,
                    "A report template is named by its file name without "
                    "folder or .json, e.g. \"progress\".");
    }
    std::string searched;
    for (const auto& folder : ReportTemplateFolders()) {
        const auto file = folder / (name + ".json");
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            searched += (searched.empty() ? "" : ", ") + folder.string();
            continue;
        }
        std::ostringstream text;
        text << in.rdbuf();
        return ParseReportTemplate(text.str(), file.string());
    }
    throw Error(ErrorCode::NotFound, "No report template \"" + name + "\" in " + searched +
                                         ": check the name or add " + name + ".json there.");
}

}  // namespace securebase::report

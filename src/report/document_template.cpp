#include "report/document_template.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <Poco/JSON/Parser.h>

#include "assess/json_fields.h"
#include "core/error.h"
#include "report/report_template.h"

namespace securebase::report {

namespace {

constexpr int kTemplateFormat = 1;

bool Contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string Listed(const std::vector<std::string>& list) {
    std::string text;
    for (size_t i = 0; i < list.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == list.size() ? " or " : ", ") + list[i];
    }
    return text;
}

// The keys the template's "labels" object gives, so a misspelt one is refused, not ignored.
std::vector<std::string> LabelKeys(const std::string& json) {
    const auto root = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
    std::vector<std::string> keys;
    if (const auto labels = root->getObject("labels")) labels->getNames(keys);
    return keys;
}

}  // namespace

std::string DocumentTemplate::Label(const std::string& key, const std::string& fallback) const {
    const auto found = labels.find(key);
    return found == labels.end() ? fallback : found->second;
}

DocumentTemplate ParseDocumentTemplate(const std::string& json, const std::string& origin,
                                       const DocumentKind& kind) {
    try {
        const auto root = assess::JsonFields::Parse(json);
        root.AllowOnly({"$comment", "format", "id", "title", "confidential", "pageFormat", "labels",
                        "sections"});
        if (root.Int("format") != kTemplateFormat) {
            root.Fail("format", "this build reads format " + std::to_string(kTemplateFormat));
        }
        DocumentTemplate result;
        result.id = root.String("id");
        result.title = root.String("title");
        result.confidential = root.StringOr("confidential", "Confidential");
        result.pageFormat = root.StringOr("pageFormat", "Page {page} of {pages}");
        if (result.pageFormat.find("{page}") == std::string::npos) {
            root.Fail("pageFormat", "must contain {page}");
        }
        if (const auto labels = root.OptionalChild("labels")) {
            for (const auto& key : LabelKeys(json)) {
                if (!Contains(kind.labelKeys, key)) {
                    labels->Fail(key, "is not a label of a " + kind.name + ": use " +
                                          Listed(kind.labelKeys));
                }
                result.labels[key] = labels->String(key);
            }
        }
        for (const auto& section : root.Children("sections")) {
            section.AllowOnly({"type", "heading", "intro", "empty"});
            const auto type = section.String("type");
            if (!Contains(kind.sectionTypes, type)) {
                section.Fail("type", "unknown section \"" + type + "\" in a " + kind.name +
                                         ": use " + Listed(kind.sectionTypes));
            }
            result.sections.push_back({type, section.StringOr("heading", ""),
                                       section.StringOr("intro", ""),
                                       section.StringOr("empty", "")});
        }
        if (result.sections.empty()) root.Fail("sections", "must list at least one section");
        return result;
    } catch (const Error& error) {
        throw Error(ErrorCode::Invalid, origin + ": " + error.what());
    }
}

DocumentTemplate LoadDocumentTemplate(const std::string& name, const DocumentKind& kind) {
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
        return ParseDocumentTemplate(text.str(), file.string(), kind);
    }
    throw Error(ErrorCode::NotFound, "No " + kind.name + " template \"" + name + "\" in " +
                                         searched + ": reinstall SecureBase or add " + name +
                                         ".json there.");
}

std::string FillPlaceholders(std::string text, const std::map<std::string, std::string>& values) {
    for (const auto& [key, value] : values) {
        const std::string placeholder = "{" + key + "}";
        for (size_t at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size())) {
            text.replace(at, placeholder.size(), value);
        }
    }
    return text;
}

}  // namespace securebase::report

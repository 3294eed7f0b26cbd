#include "homework/template_library.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "homework/template_json.h"

namespace securebase::homework {
namespace {

// Templates are small; anything bigger is not a template and is not read into memory.
constexpr std::uintmax_t kMaxTemplateBytes = 1 << 20;

std::optional<std::string> ReadText(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || size > kMaxTemplateBytes) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) return std::nullopt;
    return text.str();
}

TemplateParse ParseFile(const std::filesystem::path& file) {
    auto text = ReadText(file);
    if (!text) {
        TemplateParse failed;
        failed.problems.push_back(
            {"", "cannot be read (missing, unreadable or over 1 MB); check the file"});
        return failed;
    }
    return ParseTemplate(*text);
}

}  // namespace

std::string TemplateLoadFailure::Message() const {
    return file.string() + ": " + Describe(problems);
}

const HomeworkTemplate* TemplateLibrary::Find(std::string_view id) const {
    auto it = std::find_if(templates.begin(), templates.end(),
                           [&](const HomeworkTemplate& t) { return t.id == id; });
    return it == templates.end() ? nullptr : &*it;
}

HomeworkTemplate LoadTemplateFile(const std::filesystem::path& file) {
    auto parsed = ParseFile(file);
    if (!parsed.value) throw ProblemsError(file.string(), std::move(parsed.problems));
    return std::move(*parsed.value);
}

TemplateLibrary LoadTemplateFolder(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().extension() == ".json") files.push_back(it->path());
    }
    if (error)
        throw Error(ErrorCode::Io,
                    "cannot read the template folder " + folder.string() + ": " + error.message());
    std::sort(files.begin(), files.end());

    TemplateLibrary library;
    std::map<std::string, std::filesystem::path> idToFile;
    for (const auto& file : files) {
        auto parsed = ParseFile(file);
        if (!parsed.value) {
            library.failures.push_back({file, std::move(parsed.problems)});
            continue;
        }
        auto [existing, inserted] = idToFile.emplace(parsed.value->id, file);
        if (!inserted) {
            library.failures.push_back({file,
                                        {{"id", "\"" + parsed.value->id + "\" is already used by " +
                                                    existing->second.filename().string() +
                                                    "; give each template its own id"}}});
            continue;
        }
        library.templates.push_back(std::move(*parsed.value));
    }
    std::sort(library.templates.begin(), library.templates.end(),
              [](const HomeworkTemplate& a, const HomeworkTemplate& b) { return a.id < b.id; });
    return library;
}

}  // namespace securebase::homework

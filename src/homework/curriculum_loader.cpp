#include "homework/curriculum_loader.h"

#include <fstream>
#include <sstream>

#include "homework/json_reader.h"

namespace securebase::homework {
namespace {

using Poco::JSON::Object;

constexpr long long kFormat = 1;
constexpr size_t kMaxMeetings = 104;

bool IsId(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-' || c == '.'))
            return false;
    return true;
}

void Require(const std::string& value, const std::string& path, std::vector<Problem>& problems) {
    if (value.empty()) problems.push_back({path, "is missing or empty; write it"});
}

CurriculumMeeting ReadMeeting(const Object::Ptr& object, const std::string& path,
                              std::vector<Problem>& problems) {
    JsonReader reader(object, path, problems);
    CurriculumMeeting meeting;
    meeting.title = reader.String("title");
    Require(meeting.title, reader.PathOf("title"), problems);
    meeting.outline = reader.String("outline");
    Require(meeting.outline, reader.PathOf("outline"), problems);
    const std::string homework = reader.String("homework");
    if (!homework.empty()) {
        if (!IsId(homework))
            problems.push_back({reader.PathOf("homework"),
                                "must be a homework template id (letters, digits, _ - .)"});
        meeting.homeworkTemplateId = homework;
    }
    reader.RejectUnknown();
    return meeting;
}

}  // namespace

Curriculum ParseCurriculum(const std::string& text, const std::string& origin) {
    std::vector<Problem> problems;
    const auto root = ParseJson(text, problems);
    if (root && !IsObject(*root)) problems.push_back({"", "must be one JSON object"});
    if (!problems.empty()) throw ProblemsError(origin, std::move(problems));

    JsonReader reader(root->extract<Object::Ptr>(), "", problems);
    reader.String("$comment");
    const auto format = reader.Integer("format");
    if (format != kFormat)
        problems.push_back({"format", "must be " + std::to_string(kFormat) +
                                          ", the curriculum format this SecureBase reads"});
    Curriculum curriculum;
    curriculum.id = reader.String("id");
    if (!IsId(curriculum.id))
        problems.push_back({"id", "must be an id (letters, digits, _ - .), like the file name"});
    curriculum.version = reader.String("version");
    Require(curriculum.version, "version", problems);
    curriculum.title = reader.String("title");
    Require(curriculum.title, "title", problems);
    curriculum.description = reader.String("description");
    curriculum.source = reader.String("source");
    const auto meetings = reader.Array("meetings");
    if (!meetings || meetings->size() == 0 || meetings->size() > kMaxMeetings)
        problems.push_back(
            {"meetings", "must list between 1 and " + std::to_string(kMaxMeetings) + " meetings"});
    for (size_t i = 0; meetings && i < meetings->size(); ++i) {
        const std::string path = "meetings[" + std::to_string(i) + "]";
        const auto item = meetings->get(static_cast<unsigned>(i));
        if (!IsObject(item)) {
            problems.push_back({path, "must be an object with a title and an outline"});
            continue;
        }
        curriculum.meetings.push_back(ReadMeeting(item.extract<Object::Ptr>(), path, problems));
    }
    reader.RejectUnknown();
    if (!problems.empty()) throw ProblemsError(origin, std::move(problems));
    return curriculum;
}

Curriculum LoadCurriculumFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::Io,
                    file.string() + ": cannot be read; check that the file exists and is readable");
    std::ostringstream text;
    text << in.rdbuf();
    return ParseCurriculum(text.str(), file.string());
}

Curriculum FindCurriculum(const std::vector<std::filesystem::path>& folders, std::string_view id) {
    if (IsId(id)) {
        for (const auto& folder : folders) {
            const auto file = folder / (std::string(id) + ".json");
            if (std::filesystem::is_regular_file(file)) return LoadCurriculumFile(file);
        }
    }
    throw Error(ErrorCode::NotFound, "no curriculum with id '" + std::string(id) +
                                         "'; put its file in forms/groups or choose no curriculum");
}

}  // namespace securebase::homework

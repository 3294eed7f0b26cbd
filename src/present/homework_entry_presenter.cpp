#include "present/homework_entry_presenter.h"

#include "core/text.h"
#include "homework/field_text.h"
#include "homework/problem.h"

namespace securebase::present {
namespace {

EntryFieldForm FormOf(const homework::FieldSpec& field) {
    EntryFieldForm form{field.key, field.label,     field.help,       field.type, field.required,
                        {},        field.lowAnchor, field.highAnchor, field.unit, {}};
    for (const auto& option : field.options) form.options.push_back(option.label);
    for (const auto& sub : field.stepFields) form.columns.push_back(sub.label);
    return form;
}

// A multi choice arrives as the labels shown; the entry keeps option keys.
std::vector<std::string> OptionKeys(const homework::FieldSpec& field,
                                    const std::vector<std::string>& labels) {
    std::vector<std::string> keys;
    for (const auto& label : labels) {
        std::string key = label;  // not an option: kept so validation names it
        for (const auto& option : field.options)
            if (option.label == label || option.key == label) key = option.key;
        keys.push_back(std::move(key));
    }
    return keys;
}

ScalarValue ToScalar(const FieldValue& value) {
    return std::visit(
        [](const auto& held) -> ScalarValue {
            if constexpr (std::is_same_v<std::decay_t<decltype(held)>, StepRows>)
                return std::string();
            else
                return held;
        },
        value);
}

StepRows RowsOf(const homework::FieldSpec& field, const std::string& text) {
    StepRows rows;
    for (const auto& line : Split(text, '\n')) {
        StepRow row;
        size_t column = 0;
        size_t begin = 0;
        while (begin <= line.size() && column < field.stepFields.size()) {
            const size_t end = std::min(line.find('|', begin), line.size());
            const std::string cell = Trim(std::string_view(line).substr(begin, end - begin));
            const auto& sub = field.stepFields[column++];
            if (!cell.empty()) row[sub.key] = ToScalar(homework::ParseFieldText(sub, cell));
            begin = end + 1;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// "ladder[2].anxiety_after" belongs to the field "ladder".
std::string FieldKeyOf(const std::string& path) { return path.substr(0, path.find_first_of("[.")); }

}  // namespace

HomeworkEntryPresenter::HomeworkEntryPresenter(HomeworkEntryView& view, service::Homework& homework,
                                               Id assignmentId, std::function<Date()> today)
    : m_view(view), m_homework(homework), m_assignmentId(assignmentId), m_today(std::move(today)) {}

void HomeworkEntryPresenter::Start() {
    try {
        const service::AssignmentSummary summary = m_homework.GetAssignment(m_assignmentId);
        m_template = summary.homeworkTemplate;
        std::string instructions = m_template.instructions;
        if (!summary.assignment.instructions.empty())
            instructions += "\n\n" + summary.assignment.instructions;
        m_view.ShowHeading(m_template.title, instructions);
    } catch (const Error& error) {
        m_view.ShowError(error.what());
    }
    std::vector<EntryFieldForm> fields;
    for (const auto& field : m_template.fields) fields.push_back(FormOf(field));
    m_view.ShowFields(fields);
    m_view.ShowWrittenOn(FormatDate(m_today()));
}

EntryValues HomeworkEntryPresenter::ValuesOf(const EntryInput& input) const {
    EntryValues values;
    for (const auto& field : m_template.fields) {
        const auto answer = input.answers.find(field.key);
        if (answer == input.answers.end() || Trim(answer->second).empty()) continue;
        const std::string& text = answer->second;
        switch (field.type) {
            case homework::FieldType::List:
                values[field.key] = Split(text, '\n');
                break;
            case homework::FieldType::MultiChoice:
                values[field.key] = OptionKeys(field, Split(text, '\n'));
                break;
            case homework::FieldType::Steps:
                values[field.key] = RowsOf(field, text);
                break;
            default:
                values[field.key] = homework::ParseFieldText(field, Trim(text));
        }
    }
    return values;
}

void HomeworkEntryPresenter::OnSave() {
    const EntryInput input = m_view.Input();
    m_view.ShowFieldProblems({});
    m_view.ShowError("");
    const auto writtenOn = ParseDate(input.writtenOn);
    if (!writtenOn) {
        m_view.ShowFieldProblems({{kWrittenOnKey, "Pick the day the client wrote it."}});
        return;
    }
    try {
        m_view.Close(
            m_homework.AddEntry(m_assignmentId, *writtenOn, ValuesOf(input), Trim(input.freeText))
                .id);
    } catch (const homework::ProblemsError& error) {
        std::map<std::string, std::string> byField;
        std::string other;
        for (const auto& problem : error.Problems()) {
            const std::string key = FieldKeyOf(problem.path);
            const bool known = key == kWrittenOnKey || m_template.FindField(key);
            std::string& text = known ? byField[key] : other;
            if (!text.empty()) text += " ";
            // A step's problem says which row; a field's own problem needs no path.
            text += (problem.path == key ? "" : problem.path + " ") + problem.message + ".";
        }
        m_view.ShowFieldProblems(byField);
        m_view.ShowError(other.empty() ? "Nothing was saved: correct the marked fields." : other);
    } catch (const Error& error) {
        m_view.ShowError(error.what());
    }
}

}  // namespace securebase::present

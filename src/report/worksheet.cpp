#include "report/worksheet.h"

#include "report/flow_layout.h"
#include "report/pdf_document.h"
#include "report/source_date.h"

namespace securebase::report {

namespace {

constexpr int kDefaultListItems = 3;
constexpr int kDefaultStepRows = 6;

std::vector<std::string> OptionLabels(const homework::FieldSpec& field) {
    std::vector<std::string> labels;
    for (const auto& option : field.options) labels.push_back(option.label);
    return labels;
}

void Field(FlowLayout& flow, const homework::FieldSpec& field) {
    using homework::FieldType;
    flow.Subheading(field.label + (field.unit.empty() ? "" : " (" + field.unit + ")"));
    if (!field.help.empty()) flow.Paragraph(field.help, Weight::Regular, 8.5, kMutedInk);
    switch (field.type) {
        case FieldType::Text:
        case FieldType::TimeOfDay:
        case FieldType::Number:
            return flow.WritingLines(1);
        case FieldType::LongText:
            return flow.WritingLines(5);
        case FieldType::List: {
            const size_t items = std::max<size_t>(field.minItems, kDefaultListItems);
            return flow.WritingLines(
                static_cast<int>(field.maxItems ? std::min(items, field.maxItems) : items));
        }
        case FieldType::Rating: {
            std::vector<std::string> labels;
            for (int value = homework::kRatingMin; value <= homework::kRatingMax; ++value) {
                labels.push_back(std::to_string(value));
            }
            return flow.ScaleBoxes(labels, field.lowAnchor, field.highAnchor);
        }
        case FieldType::Choice:
        case FieldType::MultiChoice:
            return flow.Checkboxes(OptionLabels(field));
        case FieldType::YesNo:
            return flow.Checkboxes({"Yes", "No"});
        case FieldType::Steps: {
            TableSpec table;
            for (const auto& step : field.stepFields) table.columns.push_back({step.label, 1.0});
            const size_t rows = field.maxItems ? field.maxItems : kDefaultStepRows;
            table.rows.assign(rows, std::vector<std::string>(table.columns.size()));
            table.minRowHeight = 24;
            return flow.Table(table);
        }
    }
}

}  // namespace

int WriteWorksheet(const homework::HomeworkTemplate& homeworkTemplate, const WorksheetInfo& info,
                   const std::filesystem::path& file) {
    PdfDocument document({homeworkTemplate.title, info.practiceName, "Worksheet", DocumentTime()});
    RunningText running{info.practiceName, homeworkTemplate.title, "Confidential",
                        info.clientLabel};
    running.logoPng = info.logoPng;
    FlowLayout flow(document, std::move(running));
    const int copies = std::max(info.copies, 1);
    for (int copy = 0; copy < copies; ++copy) {
        if (copy > 0) flow.NewPage();
        flow.Title(homeworkTemplate.title);
        flow.KeyValues({{"Client", info.clientLabel}, {"Date", "____________________"}});
        if (!homeworkTemplate.purpose.empty()) flow.Paragraph(homeworkTemplate.purpose);
        if (!homeworkTemplate.instructions.empty()) {
            flow.Paragraph(homeworkTemplate.instructions, Weight::Bold, 9.5);
        }
        if (!info.instructions.empty()) flow.Paragraph(info.instructions, Weight::Bold, 9.5);
        for (const auto& field : homeworkTemplate.fields) Field(flow, field);
        if (!homeworkTemplate.notice.empty()) {
            flow.Paragraph(homeworkTemplate.notice, Weight::Regular, 8, kMutedInk);
        }
    }
    flow.Finish();
    document.Save(file);
    return flow.PageCount();
}

}  // namespace securebase::report

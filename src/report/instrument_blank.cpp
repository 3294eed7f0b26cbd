#include "report/instrument_blank.h"

#include "report/flow_layout.h"
#include "report/pdf_document.h"
#include "report/source_date.h"

namespace securebase::report {

namespace {

// Every answer the scale offers, labelled with its number and, where the scale names it, words.
std::vector<std::string> ScaleLabels(const assess::ResponseScale& scale) {
    std::vector<std::string> labels;
    if (!scale.IsOrdinal()) {
        for (const auto& option : scale.options) labels.push_back(option.label);
        return labels;
    }
    for (int value = *scale.min; value <= *scale.max; ++value) {
        const auto* option = scale.OptionFor(value);
        labels.push_back(std::to_string(value) +
                         (option && !option->label.empty() ? " " + option->label : ""));
    }
    return labels;
}

}  // namespace

int WriteInstrumentBlank(const assess::Instrument& instrument, const std::string& practiceName,
                         const std::string& logoPng, const std::filesystem::path& file) {
    PdfDocument document({instrument.title, practiceName, "Blank form", DocumentTime()});
    RunningText running{practiceName, instrument.title, "Confidential when completed",
                        "Version " + instrument.version};
    running.logoPng = logoPng;
    FlowLayout flow(document, std::move(running));
    flow.Title(instrument.title);
    flow.KeyValues({{"Client", "____________________"}, {"Date", "____________________"}});
    if (!instrument.description.empty()) flow.Paragraph(instrument.description);
    if (!instrument.disclaimer.empty()) {
        flow.Paragraph(instrument.disclaimer, Weight::Regular, 8.5, kMutedInk);
    }
    flow.Paragraph("Tick one box for each statement.", Weight::Bold, 9.5);
    for (size_t i = 0; i < instrument.items.size(); ++i) {
        const auto& item = instrument.items[i];
        flow.Subheading(std::to_string(i + 1) + ". " + item.text);
        flow.ScaleBoxes(ScaleLabels(instrument.ScaleOf(item)), "", "");
    }
    if (!instrument.copyright.empty()) {
        flow.Paragraph(instrument.copyright, Weight::Regular, 8, kMutedInk);
    }
    if (!instrument.usage.empty()) flow.Paragraph(instrument.usage, Weight::Regular, 8, kMutedInk);
    flow.Finish();
    document.Save(file);
    return flow.PageCount();
}

}  // namespace securebase::report

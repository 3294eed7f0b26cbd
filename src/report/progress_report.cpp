#include "report/progress_report.h"

#include "report/flow_layout.h"
#include "report/pdf_document.h"
#include "report/source_date.h"

namespace securebase::report {

namespace {

std::string PeriodText(const ReportPeriod& period) {
    return FormatDate(period.from) + " to " + FormatDate(period.to);
}

// Writes the sections of one report; each method is one section kind of reports/README.md.
class ProgressWriter {
public:
    ProgressWriter(const ReportTemplate& layout, const ReportData& data, FlowLayout& flow)
        : m_layout(layout), m_data(data), m_flow(flow) {}

    void Write(const ReportSection& section) {
        if (section.kind != SectionKind::Header && !section.heading.empty()) {
            m_flow.Heading(section.heading);
        }
        if (!section.intro.empty()) m_flow.Paragraph(section.intro);
        switch (section.kind) {
            case SectionKind::Header:
                return Header(section);
            case SectionKind::Client:
                return Client();
            case SectionKind::Sessions:
                return Sessions(section);
            case SectionKind::Assessments:
                return Assessments(section);
            case SectionKind::Homework:
                return Homework(section);
            case SectionKind::Goals:
                return Goals(section);
            case SectionKind::Summary:
                return Summary(section);
            case SectionKind::Signature:
                return Signature();
        }
    }

private:
    std::string L(const std::string& key, const std::string& fallback) const {
        return m_layout.Label(key, fallback);
    }

    void Empty(const ReportSection& section, const std::string& fallback) {
        m_flow.Paragraph(section.empty.empty() ? fallback : section.empty, Weight::Regular,
                         kBodySize, kMutedInk);
    }

    void Header(const ReportSection& section) {
        m_flow.Title(section.heading.empty() ? m_layout.title : section.heading);
        std::vector<std::pair<std::string, std::string>> rows = {
            {L("practice", "Practice"), m_data.practiceName},
            {L("practitioner", "Practitioner"), m_data.practitioner},
            {L("reportDate", "Report date"), FormatDate(m_data.reportDate)},
            {L("period", "Period"), PeriodText(m_data.period)},
            {L("clientCode", "Client code"), m_data.clientCode},
        };
        m_flow.KeyValues(rows);
        if (m_data.deidentified) {
            m_flow.Paragraph(L("deidentified", "De-identified: the client is named by code only."),
                             Weight::Regular, 9, kMutedInk);
        }
    }

    void Client() {
        auto rows = m_data.identity;
        rows.push_back({L("status", "Status"), m_data.status});
        rows.push_back({L("careDates", "Dates of care"), m_data.careDates});
        if (!m_data.presentingConcerns.empty()) {
            rows.push_back({L("concerns", "Presenting concerns"), m_data.presentingConcerns});
        }
        m_flow.KeyValues(rows);
    }

    void Sessions(const ReportSection& section) {
        const auto& counts = m_data.sessions;
        if (counts.attended + counts.cancelled + counts.noShow == 0) {
            return Empty(section, "No sessions were booked in this period.");
        }
        m_flow.KeyValues({{L("attended", "Attended"), std::to_string(counts.attended)},
                          {L("cancelled", "Cancelled"), std::to_string(counts.cancelled)},
                          {L("noShow", "Did not attend"), std::to_string(counts.noShow)}});
    }

    void Assessments(const ReportSection& section) {
        if (m_data.assessments.empty()) {
            return Empty(section, "No assessments were completed in this period.");
        }
        for (const auto& instrument : m_data.assessments) {
            m_flow.Subheading(instrument.title);
            if (!instrument.disclaimer.empty()) {
                m_flow.Paragraph(instrument.disclaimer, Weight::Regular, 8.5, kMutedInk);
            }
            TableSpec table;
            table.columns.push_back({L("date", "Date"), 1.3});
            for (const auto& subscale : instrument.subscales) {
                table.columns.push_back({subscale, 1.1, Align::Right});
            }
            if (instrument.classifies) {
                table.columns.push_back({L("classification", "Classification"), 1.8});
            }
            // The change text is the longest cell: it keeps a fifth of the width however many
            // score columns there are, so it does not shrink to a word per line.
            table.columns.push_back(
                {L("change", "Change since baseline"), 2.6, Align::Left, kContentWidth / 5});
            for (const auto& row : instrument.rows) {
                std::vector<std::string> cells{FormatDate(row.date)};
                cells.insert(cells.end(), row.scores.begin(), row.scores.end());
                if (instrument.classifies) cells.push_back(row.classification);
                cells.push_back(row.changeSinceBaseline);
                table.rows.push_back(std::move(cells));
            }
            m_flow.Table(table);
            if (!instrument.verdicts.empty()) {
                m_flow.Paragraph(L("lastChange", "Reliable change, latest against baseline:"),
                                 Weight::Bold, 9.5);
                for (const auto& verdict : instrument.verdicts) {
                    m_flow.Paragraph("• " + verdict, Weight::Regular, 9.5);
                }
            }
            for (const auto& chart : instrument.charts) m_flow.Chart(chart);
            if (instrument.quadrant) m_flow.Chart(*instrument.quadrant);
        }
    }

    void Homework(const ReportSection& section) {
        if (m_data.homework.empty()) return Empty(section, "No homework recorded in this period.");
        for (const auto& assignment : m_data.homework) {
            m_flow.Subheading(assignment.title);
            m_flow.KeyValues({{L("schedule", "Schedule"), assignment.schedule},
                              {L("adherence", "Adherence"), assignment.adherence},
                              {L("entries", "Entries in the period"),
                               std::to_string(assignment.entriesInPeriod)},
                              {L("lastEntry", "Last entry"), assignment.lastEntry}});
            // With no entries in the period the rows above say so; an empty plot adds only space.
            for (const auto& chart : assignment.charts) {
                if (!chart.Empty()) m_flow.Chart(chart, 170);
            }
        }
    }

    void Goals(const ReportSection& section) {
        if (m_data.goals.empty()) return Empty(section, "No treatment goals are recorded.");
        TableSpec table;
        table.columns = {{L("goal", "Goal"), 4.0},
                         {L("goalStatus", "Status"), 1.2},
                         {L("progress", "Progress"), 1.0, Align::Right}};
        for (const auto& goal : m_data.goals) {
            table.rows.push_back({goal.title, goal.status, std::to_string(goal.progress) + " %"});
        }
        m_flow.Table(table);
    }

    void Summary(const ReportSection& section) {
        if (m_data.summary.empty()) return Empty(section, "No summary was written.");
        m_flow.Paragraph(m_data.summary);
    }

    void Signature() {
        m_flow.SignatureLine(L("signature", "Signature") + ": " + m_data.practitioner);
    }

    const ReportTemplate& m_layout;
    const ReportData& m_data;
    FlowLayout& m_flow;
};

}  // namespace

namespace {

// Lays the whole report out, then hands the finished document to `finish` (to a file or to
// memory) and returns the page count.
template <typename Finish>
int LayOut(const ReportTemplate& layout, const ReportData& data, Finish finish) {
    PdfDocument document({layout.title + " " + data.clientCode, data.practitioner,
                          PeriodText(data.period), DocumentTime()});
    FlowLayout flow(document, {data.practiceName, layout.title, layout.confidential,
                               data.clientCode, layout.pageFormat, data.logoPng});
    ProgressWriter writer(layout, data, flow);
    for (const auto& section : layout.sections) writer.Write(section);
    flow.Finish();
    finish(document);
    return flow.PageCount();
}

}  // namespace

int WriteProgressReport(const ReportTemplate& layout, const ReportData& data,
                        const std::filesystem::path& file) {
    return LayOut(layout, data, [&file](PdfDocument& document) { document.Save(file); });
}

RenderedPdf RenderProgressReport(const ReportTemplate& layout, const ReportData& data) {
    RenderedPdf rendered;
    rendered.pages = LayOut(
        layout, data, [&rendered](PdfDocument& document) { rendered.bytes = document.Bytes(); });
    return rendered;
}

}  // namespace securebase::report

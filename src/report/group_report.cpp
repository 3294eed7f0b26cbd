#include "report/group_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/fit_text.h"
#include "report/flow_layout.h"
#include "report/pdf_document.h"
#include "report/signature_lines.h"
#include "report/source_date.h"

namespace securebase::report {

namespace {

constexpr double kSpreadChartHeight = 150.0;
constexpr size_t kSubscalesPerTable = 4;

std::string Percent(const std::optional<double>& rate) {
    return rate ? std::to_string(static_cast<int>(std::lround(*rate * 100))) + " %" : "—";
}

std::string OneDecimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string Spread(const SpreadCell& cell) {
    if (cell.participants == 0) return "—";
    // The range on a line of its own, so every cell wraps alike whatever its column's width.
    return OneDecimal(cell.mean) + "\n(" + OneDecimal(cell.minimum) + "–" +
           OneDecimal(cell.maximum) + ")";
}

// "5 \nJan": day over month, narrow enough for a grid of twelve meetings; the year is in the
// meetings table. The space before each break lets the table measure "5" and "Jan" as words of
// their own instead of one long word, which would widen the column past the margin.
std::string DayMonth(Date day) {
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(static_cast<unsigned>(day.day())) + " \n" +
           kMonths[static_cast<unsigned>(day.month()) - 1];
}

// Writes the sections of one group report; each method is one section type of
// reports/README.md.
class GroupWriter {
public:
    GroupWriter(const DocumentTemplate& layout, const GroupReportData& data, FlowLayout& flow)
        : m_layout(layout), m_data(data), m_flow(flow) {}

    void Write(const DocumentSection& section) {
        if (section.type != "header" && !section.heading.empty()) m_flow.Heading(section.heading);
        if (!section.intro.empty()) m_flow.Paragraph(section.intro);
        const auto& type = section.type;
        if (type == "header") return Header(section);
        if (type == "group") return Details();
        if (type == "roster") return Roster(section);
        if (type == "meetings") return Meetings(section);
        if (type == "attendance") return Attendance(section);
        if (type == "rates") return Rates(section);
        if (type == "checkins") return Checkins(section);
        if (type == "homework") return Homework(section);
        if (type == "summary") return Summary(section);
        if (type == "signature") return Signature();
    }

private:
    std::string L(const std::string& key, const std::string& fallback) const {
        return m_layout.Label(key, fallback);
    }

    void Empty(const DocumentSection& section, const std::string& fallback) {
        m_flow.Paragraph(section.empty.empty() ? fallback : section.empty, Weight::Regular,
                         kBodySize, kMutedInk);
    }

    void Header(const DocumentSection& section) {
        m_flow.Title(section.heading.empty() ? m_layout.title : section.heading);
        m_flow.KeyValues(
            {{L("practice", "Practice"), m_data.practiceName},
             {L("group", "Group"), m_data.groupName},
             {L("reportDate", "Report date"), FormatDate(m_data.reportDate)},
             {L("period", "Period"), FormatDate(m_data.from) + " to " + FormatDate(m_data.to)}});
    }

    void Details() {
        size_t enrolled = 0;
        for (const auto& row : m_data.participants) enrolled += !row.leftOn.has_value();
        std::string facilitators;
        for (const auto& name : m_data.facilitators) {
            facilitators += (facilitators.empty() ? "" : ", ") + name;
        }
        std::vector<std::pair<std::string, std::string>> rows = {
            {L("kind", "Kind"), m_data.kind},
            {L("status", "Status"), m_data.status},
            {L("facilitators", "Facilitators"), facilitators.empty() ? "—" : facilitators},
            {L("schedule", "Schedule"), m_data.schedule},
        };
        if (!m_data.location.empty())
            rows.push_back({L("location", "Room or link"), m_data.location});
        rows.push_back({L("places", "Places taken"),
                        std::to_string(enrolled) + " of " + std::to_string(m_data.capacity)});
        rows.push_back(
            {L("meetingsHeld", "Meetings held"), std::to_string(m_data.meetings.size())});
        m_flow.KeyValues(rows);
    }

    void Roster(const DocumentSection& section) {
        if (m_data.participants.empty()) return Empty(section, "Nobody has been enrolled.");
        TableSpec table;
        table.columns = {{L("code", "Client code"), 2.0},
                         {L("enrolled", "Enrolled"), 1.5},
                         {L("left", "Left"), 1.5}};
        for (const auto& row : m_data.participants) {
            table.rows.push_back(
                {row.code, FormatDate(row.enrolledOn), row.leftOn ? FormatDate(*row.leftOn) : "—"});
        }
        m_flow.Table(table);
    }

    void Meetings(const DocumentSection& section) {
        if (m_data.meetings.empty()) return Empty(section, "No meetings have been held.");
        TableSpec table;
        table.columns = {{L("meeting", "Meeting"), 0.9, Align::Right},
                         {L("date", "Date"), 1.4},
                         {L("topic", "Topic"), 5.0},
                         {L("attendedCount", "Attended"), 1.1, Align::Right}};
        for (const auto& meeting : m_data.meetings) {
            table.rows.push_back({std::to_string(meeting.number), FormatDate(meeting.heldOn),
                                  meeting.topic, std::to_string(meeting.attended)});
        }
        m_flow.Table(table);
    }

    void Attendance(const DocumentSection& section) {
        if (m_data.meetings.empty() || m_data.participants.empty()) {
            return Empty(section, "No attendance has been recorded.");
        }
        const size_t total = m_data.meetings.size();
        for (size_t first = 0; first < total; first += kMeetingsPerGrid) {
            const size_t last = std::min(total, first + kMeetingsPerGrid);
            if (total > kMeetingsPerGrid) {
                m_flow.Subheading(L("meetings", "Meetings") + " " + std::to_string(first + 1) +
                                  "–" + std::to_string(last));
            }
            TableSpec table;
            table.columns.push_back({L("code", "Client code"), 2.2});
            for (size_t m = first; m < last; ++m) {
                const auto& meeting = m_data.meetings[m];
                table.columns.push_back(
                    {std::to_string(meeting.number) + " \n" + DayMonth(meeting.heldOn), 1.0});
            }
            for (const auto& row : m_data.participants) {
                std::vector<std::string> cells{row.code};
                for (size_t m = first; m < last; ++m) cells.push_back(row.marks[m]);
                table.rows.push_back(std::move(cells));
            }
            m_flow.Table(table);
        }
        m_flow.Paragraph(L("legend",
                           "P present, L late, E excused, A absent, - not marked (counted as "
                           "absent); an empty cell: not enrolled on that day."),
                         Weight::Regular, 8.5, kMutedInk);
    }

    void Rates(const DocumentSection& section) {
        if (m_data.participants.empty()) return Empty(section, "Nobody has been enrolled.");
        TableSpec table;
        table.columns = {{L("code", "Client code"), 2.0},
                         {L("meetingsWhileEnrolled", "Meetings while enrolled"), 1.6, Align::Right},
                         {L("attended", "Attended"), 1.2, Align::Right},
                         {L("late", "Late"), 0.9, Align::Right},
                         {L("excused", "Excused"), 1.1, Align::Right},
                         {L("absent", "Absent"), 1.1, Align::Right},
                         {L("rate", "Rate"), 1.0, Align::Right}};
        for (const auto& row : m_data.participants) {
            table.rows.push_back({row.code, std::to_string(row.meetings),
                                  std::to_string(row.attended), std::to_string(row.late),
                                  std::to_string(row.excused), std::to_string(row.absent),
                                  Percent(row.rate)});
        }
        m_flow.Table(table);
    }

    void Checkins(const DocumentSection& section) {
        if (!m_data.checkins || m_data.checkins->rows.empty()) {
            return Empty(section, "No check-ins were recorded at the group's meetings.");
        }
        const auto& trend = *m_data.checkins;
        m_flow.Subheading(trend.instrument);
        // A few subscales per table, so none is squeezed past the margin; the meeting repeats.
        for (size_t first = 0; first < trend.subscales.size(); first += kSubscalesPerTable) {
            const size_t last = std::min(trend.subscales.size(), first + kSubscalesPerTable);
            TableSpec table;
            table.columns = {{L("meeting", "Meeting"), 1.0, Align::Right},
                             {L("date", "Date"), 1.7},
                             {L("participants", "N"), 0.6, Align::Right}};
            for (size_t s = first; s < last; ++s) {
                table.columns.push_back({trend.subscales[s], 2.0, Align::Right});
            }
            for (const auto& row : trend.rows) {
                std::vector<std::string> cells{std::to_string(row.meeting), FormatDate(row.heldOn),
                                               std::to_string(row.participants)};
                for (size_t s = first; s < last && s < row.cells.size(); ++s) {
                    cells.push_back(Spread(row.cells[s]));
                }
                table.rows.push_back(std::move(cells));
            }
            m_flow.Table(table);
        }
        m_flow.Paragraph(L("spreadLegend",
                           "Each cell: mean (lowest–highest) of the participants "
                           "who checked in."),
                         Weight::Regular, 8.5, kMutedInk);
        for (const auto& chart : trend.charts) m_flow.Chart(chart, kSpreadChartHeight);
    }

    void Homework(const DocumentSection& section) {
        const auto& homework = m_data.homework;
        if (homework.rows.empty()) {
            return Empty(section, "No homework was assigned through the group's meetings.");
        }
        m_flow.KeyValues({{L("assigned", "Participants with homework"),
                           std::to_string(homework.participantsAssigned)},
                          {L("entries", "Entries written"), std::to_string(homework.entries)},
                          {L("meanAdherence", "Mean adherence"), Percent(homework.meanAdherence)}});
        TableSpec table;
        table.columns = {{L("code", "Client code"), 2.0},
                         {L("assignments", "Assignments"), 1.3, Align::Right},
                         {L("entries", "Entries written"), 1.3, Align::Right},
                         {L("adherence", "Adherence"), 1.3, Align::Right}};
        for (const auto& row : homework.rows) {
            table.rows.push_back({row.code, std::to_string(row.assignments),
                                  std::to_string(row.entries), Percent(row.adherence)});
        }
        m_flow.Table(table);
    }

    void Summary(const DocumentSection& section) {
        if (m_data.summary.empty()) return Empty(section, "No summary was written.");
        m_flow.Paragraph(m_data.summary);
    }

    void Signature() {
        SignatureLines(m_flow, L("signature", "Signature"), m_data.facilitators,
                       m_data.practitioner);
    }

    const DocumentTemplate& m_layout;
    const GroupReportData& m_data;
    FlowLayout& m_flow;
};

}  // namespace

const DocumentKind& GroupReportKind() {
    static const DocumentKind kKind{"group report",
                                    {"header", "group", "roster", "meetings", "attendance", "rates",
                                     "checkins", "homework", "summary", "signature"},
                                    {"practice",      "group",        "reportDate",
                                     "period",        "kind",         "status",
                                     "facilitators",  "schedule",     "location",
                                     "places",        "meetingsHeld", "code",
                                     "enrolled",      "left",         "meeting",
                                     "meetings",      "date",         "topic",
                                     "attendedCount", "legend",       "meetingsWhileEnrolled",
                                     "attended",      "late",         "excused",
                                     "absent",        "rate",         "participants",
                                     "spreadLegend",  "assigned",     "entries",
                                     "meanAdherence", "assignments",  "adherence",
                                     "signature"}};
    return kKind;
}

RenderedPdf RenderGroupReport(const DocumentTemplate& layout, const GroupReportData& data) {
    PdfDocument document({layout.title + " " + data.groupName, data.practitioner,
                          FormatDate(data.from) + " to " + FormatDate(data.to), DocumentTime()});
    RunningText running;
    running.headerLeft = data.practiceName;
    running.headerRight = layout.title;
    running.footerLeft = layout.confidential;
    running.footerRight = FitText(document, data.groupName, kRunningTextWidth);
    running.pageFormat = layout.pageFormat;
    running.logoPng = data.logoPng;
    FlowLayout flow(document, running);
    GroupWriter writer(layout, data, flow);
    for (const auto& section : layout.sections) writer.Write(section);
    flow.Finish();
    return {document.Bytes(), flow.PageCount()};
}

int WriteGroupReport(const DocumentTemplate& layout, const GroupReportData& data,
                     const std::filesystem::path& file) {
    const auto rendered = RenderGroupReport(layout, data);
    SavePdf(rendered.bytes, file);
    return rendered.pages;
}

}  // namespace securebase::report

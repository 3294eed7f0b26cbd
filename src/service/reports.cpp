#include "service/reports.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/error.h"
#include "homework/adherence.h"
#include "homework/recurrence_text.h"
#include "homework/trends.h"
#include "report/instrument_charts.h"
#include "report/pdf_document.h"
#include "report/practice_logo.h"
#include "report/progress_report.h"
#include "report/source_date.h"
#include "service/new_file.h"

namespace securebase::service {

namespace {

using report::DatedValue;

// Instruments with more subscales than this share one chart instead of one chart each.
constexpr size_t kChartsPerInstrument = 3;

bool InPeriod(Date day, const report::ReportPeriod& period) {
    return day >= period.from && day <= period.to;
}

Date DayOf(Timestamp instant) { return Date{std::chrono::floor<std::chrono::days>(instant)}; }

// Two decimals as printf rounds them, the same text `assess show` and the classification
// explanation print, so the report and the CLI never disagree in the last digit.
std::string Score(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string CareDates(const Client& client) {
    std::string text;
    const auto add = [&](const char* what, const std::optional<Date>& day) {
        if (day) text += (text.empty() ? "" : "; ") + std::string(what) + " " + FormatDate(*day);
    };
    add("waitlisted", client.waitlistedOn);
    add("admitted", client.admittedOn);
    add("discharged", client.dischargedOn);
    return text.empty() ? "not recorded" : text;
}

std::string ChangeText(const assess::SubscaleChange& change, const std::string& name) {
    if (!change.change) return name + ": " + change.reason;
    const auto& c = *change.change;
    std::string text = name + ": " + Score(c.before) + " to " + Score(c.after);
    if (c.verdict && c.rci) {
        char rci[32];
        std::snprintf(rci, sizeof rci, "%.2f", *c.rci);
        return text + ", " + assess::ToString(*c.verdict) + " (RCI " + rci + ")";
    }
    return text + " (" + (c.difference >= 0 ? "+" : "") + Score(c.difference) +
           ", raw change: " + (c.normsSource.empty() ? "no norms entered for an RCI" : "no RCI") +
           ")";
}

std::string SubscaleName(const assess::Instrument& instrument, const std::string& id) {
    const auto* subscale = instrument.FindSubscale(id);
    return subscale ? subscale->name : id;
}

// The table's change cell: each subscale's verdict where norms give one; raw changes are left to
// the list below the table, so a check-in with seven subscales keeps a narrow column.
std::string ShortChange(const assess::Instrument& instrument,
                        const std::vector<assess::SubscaleChange>& changes) {
    std::string text;
    for (const auto& change : changes) {
        if (!change.change || !change.change->verdict) continue;
        text += (text.empty() ? "" : "; ") + SubscaleName(instrument, change.subscale) + ": " +
                assess::ToString(*change.change->verdict);
    }
    return text.empty() ? "raw change only" : text;
}

report::AdministrationRow RowOf(const assess::Instrument& instrument,
                                const AdministrationReport& entry) {
    report::AdministrationRow row;
    row.date = DayOf(*entry.administration.completedAt);
    for (const auto& subscale : instrument.subscales) {
        const auto* score = entry.scores ? entry.scores->Find(subscale.id) : nullptr;
        row.scores.push_back(score && score->score ? Score(*score->score) : "—");
    }
    const auto& classification = entry.scores->classification;
    row.classification = classification && classification->classified ? classification->label : "—";
    row.changeSinceBaseline =
        entry.baselineId ? ShortChange(instrument, entry.sinceBaseline) : "baseline";
    return row;
}

std::vector<report::LineChart> SubscaleCharts(
    const assess::Instrument& instrument, const std::vector<const AdministrationReport*>& scored,
    const report::ReportPeriod& period) {
    const std::array<Date, 2> span{period.from, period.to};
    std::map<std::string, std::vector<DatedValue>> values;
    for (const auto* entry : scored) {
        for (const auto& score : entry->scores->subscales) {
            if (score.score) {
                values[score.subscale].push_back(
                    {DayOf(*entry->administration.completedAt), *score.score});
            }
        }
    }
    std::vector<report::LineChart> charts;
    if (instrument.subscales.size() <= kChartsPerInstrument) {
        for (const auto& subscale : instrument.subscales) {
            charts.push_back(
                report::SubscaleChart(instrument, subscale.id, values[subscale.id], span));
        }
        return charts;
    }
    // Many short subscales (a weekly check-in) read better as the lines of one chart.
    const auto first = report::SubscaleChart(instrument, instrument.subscales[0].id, {}, span);
    report::LineChartInput input;
    input.title = instrument.title;
    input.yTitle = first.y.title;
    input.yRange = {{first.y.min, first.y.max}};
    input.period = span;
    for (const auto& subscale : instrument.subscales) {
        input.series.push_back({subscale.name, values[subscale.id]});
    }
    charts.push_back(report::BuildLineChart(input));
    return charts;
}

std::optional<report::QuadrantChart> Quadrant(
    const assess::Instrument& instrument, const std::vector<const AdministrationReport*>& scored) {
    const auto axes = report::QuadrantSubscales(instrument);
    if (!axes) return std::nullopt;
    std::vector<report::PlanePoint> points;
    for (const auto* entry : scored) {
        const auto* x = entry->scores->Find((*axes)[0]);
        const auto* y = entry->scores->Find((*axes)[1]);
        if (x && y && x->score && y->score) {
            points.push_back({DayOf(*entry->administration.completedAt), *x->score, *y->score});
        }
    }
    return report::ClassificationQuadrantChart(instrument, points);
}

std::vector<report::InstrumentResults> AssessmentResults(Assessments& assessments, Id clientId,
                                                         const report::ReportPeriod& period) {
    std::map<std::string, std::vector<const AdministrationReport*>> byInstrument;
    std::vector<std::string> order;
    const auto history = assessments.History(clientId);
    for (const auto& entry : history) {
        const auto& administration = entry.administration;
        if (!entry.scores || !administration.completedAt) continue;
        if (!InPeriod(DayOf(*administration.completedAt), period)) continue;
        auto& list = byInstrument[administration.instrumentId];
        if (list.empty()) order.push_back(administration.instrumentId);
        list.push_back(&entry);
    }
    std::vector<report::InstrumentResults> results;
    for (const auto& instrumentId : order) {
        const auto instrument = assessments.GetInstrument(instrumentId);
        const auto& scored = byInstrument[instrumentId];
        report::InstrumentResults result;
        result.title = instrument.title;
        result.disclaimer = instrument.disclaimer;
        result.classifies = instrument.classification.has_value();
        for (const auto& subscale : instrument.subscales) result.subscales.push_back(subscale.name);
        for (const auto* entry : scored) result.rows.push_back(RowOf(instrument, *entry));
        for (const auto& change : scored.back()->sinceBaseline) {
            result.verdicts.push_back(
                ChangeText(change, SubscaleName(instrument, change.subscale)));
        }
        result.charts = SubscaleCharts(instrument, scored, period);
        result.quadrant = Quadrant(instrument, scored);
        results.push_back(std::move(result));
    }
    return results;
}

bool Overlaps(const Schedule& schedule, const report::ReportPeriod& period) {
    const auto last = schedule.LastDay();
    return schedule.start <= period.to && (!last || *last >= period.from);
}

std::string ScheduleText(const Schedule& schedule) {
    std::string text =
        homework::FormatRecurrence(schedule.recurrence) + " from " + FormatDate(schedule.start);
    if (const auto last = schedule.LastDay()) text += " to " + FormatDate(*last);
    return text;
}

std::string AdherenceText(const homework::Adherence& adherence) {
    const size_t due = adherence.expected - adherence.pending;
    if (due == 0) return "nothing was due yet";
    const auto rate = adherence.Rate().value_or(0.0);
    return std::to_string(adherence.completed) + " of " + std::to_string(due) + " done (" +
           std::to_string(static_cast<int>(rate * 100 + 0.5)) + " %)";
}

// One chart per value range, so fields measured alike (intensity before and after) share axes.
std::vector<report::LineChart> TrendCharts(const std::string& title,
                                           const std::vector<homework::TrendSeries>& trends,
                                           const report::ReportPeriod& period) {
    std::map<std::pair<double, double>, report::LineChartInput> byRange;
    std::vector<std::pair<double, double>> order;
    for (const auto& series : trends) {
        const auto range = std::make_pair(series.axisMin, series.axisMax);
        auto& input = byRange[range];
        if (input.series.empty()) {
            order.push_back(range);
            input.yTitle = series.unit;
            if (series.axisMax > series.axisMin) input.yRange = {{series.axisMin, series.axisMax}};
            input.period = {{period.from, period.to}};
        }
        input.title += (input.title.empty() ? title + ": " : ", ") + series.label;
        report::NamedSeries named{series.label, {}};
        for (const auto& point : series.points) named.values.push_back({point.day, point.value});
        input.series.push_back(std::move(named));
    }
    std::vector<report::LineChart> charts;
    for (const auto& range : order) charts.push_back(report::BuildLineChart(byRange[range]));
    return charts;
}

void CheckPeriod(const ProgressRequest& request) {
    if (request.to < request.from) {
        throw Error(ErrorCode::Invalid, "The report period ends (" + FormatDate(request.to) +
                                            ") before it starts (" + FormatDate(request.from) +
                                            "): check --from and --to.");
    }
}

}  // namespace

Reports::Reports(Practice& practice, Assessments& assessments, Homework& homework,
                 std::function<Date()> today)
    : m_practice(practice),
      m_assessments(assessments),
      m_homework(homework),
      m_today(std::move(today)) {}

report::ReportData Reports::CollectFor(const Client& client, const ProgressRequest& request) {
    const auto settings = m_practice.Settings();
    report::ReportData data;
    data.practiceName = settings.practiceName.empty() ? "SecureBase" : settings.practiceName;
    data.logoPng = report::PracticeLogoPng(settings);
    data.practitioner = settings.SignatureLine();
    data.reportDate = report::DocumentDate();
    data.period = {request.from, request.to};
    data.clientCode = client.code;
    data.deidentified = request.deidentify;
    if (!request.deidentify) {
        data.identity.push_back({"Name", client.name.Display()});
        if (client.dateOfBirth)
            data.identity.push_back({"Date of birth", FormatDate(*client.dateOfBirth)});
        if (!client.pronouns.empty()) data.identity.push_back({"Pronouns", client.pronouns});
        if (!client.referralSource.empty())
            data.identity.push_back({"Referred by", client.referralSource});
        data.presentingConcerns = client.presentingConcerns;
    }
    data.status = ToString(client.status);
    data.careDates = CareDates(client);
    for (const auto& session : m_practice.SessionsOf(client.id)) {
        const Date day{std::chrono::floor<std::chrono::days>(session.start)};
        if (!InPeriod(day, data.period)) continue;
        switch (session.attendance) {
            case Attendance::Attended:
                ++data.sessions.attended;
                break;
            case Attendance::Cancelled:
                ++data.sessions.cancelled;
                break;
            case Attendance::NoShow:
                ++data.sessions.noShow;
                break;
        }
    }
    data.assessments = AssessmentResults(m_assessments, client.id, data.period);
    const Date asOf = std::min(request.to, m_today());
    for (const auto& summary : m_homework.Assignments(client.id)) {
        const auto& schedule = summary.assignment.schedule;
        if (!Overlaps(schedule, data.period)) continue;
        std::vector<Entry> entries;
        std::vector<Date> days;
        for (auto& entry : m_homework.Entries(summary.assignment.id)) {
            if (!InPeriod(entry.writtenOn, data.period)) continue;
            days.push_back(entry.writtenOn);
            entries.push_back(std::move(entry));
        }
        report::HomeworkResults result;
        result.title = summary.homeworkTemplate.title;
        result.schedule = ScheduleText(schedule);
        result.entriesInPeriod = static_cast<int>(entries.size());
        const Date from = std::max(request.from, schedule.start);
        if (from <= asOf) {
            const auto adherence = homework::ComputeAdherence(schedule, days, from, asOf);
            result.adherence = AdherenceText(adherence);
            result.lastEntry = adherence.lastEntry ? FormatDate(*adherence.lastEntry) : "none";
        } else {
            result.adherence = "nothing was due yet";
            result.lastEntry = "none";
        }
        result.charts = TrendCharts(
            result.title, homework::ComputeTrends(summary.homeworkTemplate, entries), data.period);
        data.homework.push_back(std::move(result));
    }
    for (const auto& goal : m_homework.Goals(client.id)) {
        data.goals.push_back({goal.title, ToString(goal.status), goal.progress});
    }
    data.summary = request.summary;
    return data;
}

RenderedReport Reports::RenderFor(const report::ReportTemplate& layout,
                                  const report::ReportData& data, Id clientId) {
    RenderedReport rendered;
    rendered.clientId = clientId;
    rendered.clientCode = data.clientCode;
    auto pdf = report::RenderProgressReport(layout, data);
    rendered.pages = pdf.pages;
    rendered.pdf = std::move(pdf.bytes);
    return rendered;
}

RenderedReport Reports::Render(const ProgressRequest& request) {
    CheckPeriod(request);
    const auto layout = report::LoadReportTemplate(request.templateName);
    const auto client = m_practice.FindClient(request.client);
    return RenderFor(layout, CollectFor(client, request), client.id);
}

void Reports::Save(const RenderedReport& report, const std::filesystem::path& file) {
    ExportNewFile(file, report.pdf,
                  [&] { m_practice.RecordAudit(AuditAction::Export, "client", report.clientId); });
}

int Reports::Write(const ProgressRequest& request, const std::filesystem::path& file) {
    // Refused before the work of rendering; Save refuses again should the name appear meanwhile.
    if (std::filesystem::exists(file)) throw Exists(file);
    const auto rendered = Render(request);
    Save(rendered, file);
    return rendered.pages;
}

BatchOutcome Reports::Batch(const BatchRequest& request,
                            const std::function<void(const BatchProgress&)>& progress,
                            const std::atomic<bool>* cancel) {
    if (request.to < request.from) {
        throw Error(ErrorCode::Invalid,
                    "The report period ends before it starts: check --from and --to.");
    }
    if (!std::filesystem::is_directory(request.folder)) {
        throw Error(ErrorCode::Io,
                    request.folder.string() +
                        " is not a folder: create it first, then run the batch again.");
    }
    const auto layout = report::LoadReportTemplate(request.templateName);
    std::vector<ClientSummary> clients;
    for (size_t offset = 0;; offset += 500) {
        auto page = m_practice.ListClients({request.status, offset, 500});
        clients.insert(clients.end(), page.begin(), page.end());
        if (page.size() < 500) break;
    }
    BatchOutcome outcome;
    ProgressRequest single;
    single.from = request.from;
    single.to = request.to;
    single.deidentify = request.deidentify;
    for (size_t i = 0; i < clients.size(); ++i) {
        if (cancel && cancel->load()) {
            outcome.cancelled = true;
            break;
        }
        const auto& summary = clients[i];
        const auto file = request.folder / (summary.code + ".pdf");
        try {
            if (std::filesystem::exists(file)) {
                outcome.skipped.push_back({summary.code, "a file of that name exists"});
            } else {
                const auto data = CollectFor(m_practice.GetClient(summary.id), single);
                const auto& s = data.sessions;
                if (s.attended + s.cancelled + s.noShow == 0 && data.assessments.empty() &&
                    data.homework.empty()) {
                    outcome.skipped.push_back({summary.code, "nothing recorded in the period"});
                } else {
                    const auto rendered = RenderFor(layout, data, summary.id);
                    Save(rendered, file);
                    outcome.pages += rendered.pages;
                    outcome.written.push_back(file);
                }
            }
        } catch (const Error& error) {
            outcome.skipped.push_back({summary.code, error.what()});
        }
        if (progress) progress({i + 1, clients.size(), summary.code});
    }
    return outcome;
}

}  // namespace securebase::service

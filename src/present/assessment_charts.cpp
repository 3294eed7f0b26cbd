#include "present/assessment_charts.h"

#include <ctime>

#include "present/assessment_result.h"
#include "report/instrument_charts.h"

namespace securebase::present {
namespace {

// The calendar day the practitioner saw the administration happen on, in the local zone.
Date LocalDay(Timestamp instant) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(instant);
    std::tm local{};
    localtime_r(&seconds, &local);
    return std::chrono::year{local.tm_year + 1900} /
           std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
           std::chrono::day{static_cast<unsigned>(local.tm_mday)};
}

std::optional<double> ScoreOf(const assess::ScoreResult& scores, const std::string& subscale) {
    const assess::SubscaleScore* score = scores.Find(subscale);
    if (!score || !score->valid) return std::nullopt;
    return score->score;
}

}  // namespace

AssessmentCharts ChartsFor(const assess::Instrument& instrument,
                           const std::vector<service::AdministrationReport>& history) {
    std::vector<const service::AdministrationReport*> scored;
    for (const auto& report : history)
        if (report.scores && report.administration.instrumentId == instrument.id &&
            report.administration.instrumentVersion == instrument.version)
            scored.push_back(&report);
    AssessmentCharts charts;
    if (scored.empty()) return charts;
    for (const auto& subscale : instrument.subscales) {
        std::vector<report::DatedValue> values;
        for (const auto* report : scored)
            if (const auto score = ScoreOf(*report->scores, subscale.id))
                values.push_back({LocalDay(WhenOf(report->administration)), *score});
        charts.subscales.push_back(report::SubscaleChart(instrument, subscale.id, values));
    }
    if (const auto axes = report::QuadrantSubscales(instrument)) {
        std::vector<report::PlanePoint> points;
        for (const auto* report : scored) {
            const auto x = ScoreOf(*report->scores, (*axes)[0]);
            const auto y = ScoreOf(*report->scores, (*axes)[1]);
            if (x && y) points.push_back({LocalDay(WhenOf(report->administration)), *x, *y});
        }
        charts.plane = report::ClassificationQuadrantChart(instrument, points);
    }
    return charts;
}

}  // namespace securebase::present

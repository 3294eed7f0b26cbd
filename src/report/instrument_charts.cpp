#include "report/instrument_charts.h"

#include <algorithm>

#include "assess/instrument_validator.h"
#include "core/error.h"

namespace securebase::report {

namespace {

std::array<double, 2> ScoreRange(const assess::Instrument& instrument,
                                 const assess::Subscale& subscale) {
    const auto range = assess::RangeOf(instrument, subscale);
    return {range.low, range.high};
}

const assess::Subscale& RequireSubscale(const assess::Instrument& instrument,
                                        const std::string& subscaleId) {
    const auto* subscale = instrument.FindSubscale(subscaleId);
    if (subscale == nullptr) {
        throw Error(ErrorCode::NotFound, "Instrument " + instrument.id + " has no subscale " +
                                             subscaleId + ": check the instrument file.");
    }
    return *subscale;
}

std::vector<ReferenceValue> ReferencesFor(const assess::Instrument& instrument,
                                          const assess::Subscale& subscale) {
    std::vector<ReferenceValue> references;
    const auto add = [&](double value, const std::string& label) {
        const bool seen = std::any_of(references.begin(), references.end(),
                                      [&](const ReferenceValue& r) { return r.value == value; });
        if (!seen) references.push_back({value, label});
    };
    if (subscale.cutoffs) {
        const auto& bands = subscale.cutoffs->bands;
        for (size_t i = 1; i < bands.size(); ++i) add(bands[i].from, bands[i].label);
    }
    if (instrument.classification) {
        for (const auto& rule : instrument.classification->rules) {
            for (const auto& condition : rule.when) {
                if (condition.subscale != subscale.id) continue;
                add(condition.threshold, instrument.classification->name + " cut-off");
            }
        }
    }
    return references;
}

struct QuadrantShape {
    std::array<std::string, 2> subscales;
    std::array<double, 2> thresholds{};
    std::array<std::string, 4> labels;
};

std::optional<QuadrantShape> ShapeOf(const assess::Instrument& instrument) {
    if (!instrument.classification) return std::nullopt;
    const auto& classification = *instrument.classification;
    const auto inputs = classification.Inputs();
    if (inputs.size() != 2) return std::nullopt;
    QuadrantShape shape;
    shape.subscales = {inputs[0], inputs[1]};
    std::array<std::optional<double>, 2> thresholds;
    std::array<bool, 4> filled{};
    for (const auto& rule : classification.rules) {
        std::array<std::optional<bool>, 2> high;
        for (const auto& condition : rule.when) {
            const size_t axis = condition.subscale == inputs[0] ? 0 : 1;
            if (thresholds[axis] && *thresholds[axis] != condition.threshold) return std::nullopt;
            thresholds[axis] = condition.threshold;
            high[axis] = condition.comparison == assess::Comparison::AtLeast;
        }
        if (!high[0] || !high[1]) return std::nullopt;
        const size_t quadrant = (*high[0] ? 1 : 0) + (*high[1] ? 2 : 0);
        if (filled[quadrant]) continue;  // the first matching rule wins, as in Classify
        filled[quadrant] = true;
        shape.labels[quadrant] = rule.label;
    }
    if (!thresholds[0] || !thresholds[1]) return std::nullopt;
    if (!std::all_of(filled.begin(), filled.end(), [](bool f) { return f; })) return std::nullopt;
    shape.thresholds = {*thresholds[0], *thresholds[1]};
    return shape;
}

}  // namespace

LineChart SubscaleChart(const assess::Instrument& instrument, const std::string& subscaleId,
                        const std::vector<DatedValue>& scores,
                        const std::optional<std::array<Date, 2>>& period) {
    const auto& subscale = RequireSubscale(instrument, subscaleId);
    LineChartInput input;
    input.title = subscale.name;
    input.yTitle = subscale.rule == assess::ScoringRule::Sum ? "Total score" : "Mean score";
    input.series.push_back({subscale.name, scores});
    input.yRange = ScoreRange(instrument, subscale);
    input.references = ReferencesFor(instrument, subscale);
    input.period = period;
    return BuildLineChart(input);
}

std::optional<std::array<std::string, 2>> QuadrantSubscales(const assess::Instrument& instrument) {
    const auto shape = ShapeOf(instrument);
    if (!shape) return std::nullopt;
    return shape->subscales;
}

std::optional<QuadrantChart> ClassificationQuadrantChart(const assess::Instrument& instrument,
                                                         const std::vector<PlanePoint>& points) {
    const auto shape = ShapeOf(instrument);
    if (!shape) return std::nullopt;
    const auto& xSubscale = RequireSubscale(instrument, shape->subscales[0]);
    const auto& ySubscale = RequireSubscale(instrument, shape->subscales[1]);
    QuadrantChartInput input;
    input.title = instrument.classification->name;
    input.xTitle = xSubscale.name;
    input.yTitle = ySubscale.name;
    input.xRange = ScoreRange(instrument, xSubscale);
    input.yRange = ScoreRange(instrument, ySubscale);
    input.xCutoff = {shape->thresholds[0], "cut-off"};
    input.yCutoff = {shape->thresholds[1], "cut-off"};
    input.quadrantLabels = shape->labels;
    input.points = points;
    return BuildQuadrantChart(input);
}

}  // namespace securebase::report

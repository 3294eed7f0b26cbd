#include "assess/classifier.h"

#include <algorithm>
#include <cstdio>

namespace securebase::assess {

namespace {

std::string Fixed(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

const SubscaleScore* FindScore(const std::vector<SubscaleScore>& scores, const std::string& id) {
    auto found = std::find_if(scores.begin(), scores.end(),
                              [&](const SubscaleScore& each) { return each.subscale == id; });
    return found == scores.end() ? nullptr : &*found;
}

std::string NameOf(const Instrument& instrument, const std::string& subscaleId) {
    const auto* subscale = instrument.FindSubscale(subscaleId);
    return subscale ? subscale->name : subscaleId;
}

bool Holds(const Condition& condition, double score) {
    return condition.comparison == Comparison::Below ? score < condition.threshold
                                                     : score >= condition.threshold;
}

std::string Basis(const Instrument& instrument, const Classification& classification) {
    if (!classification.convention.empty()) return classification.convention;
    const auto* source = instrument.FindSource(classification.source);
    return "Source: " + (source ? source->citation : classification.source);
}

std::string Beside(const Instrument& instrument, const Classification& classification,
                   const std::vector<SubscaleScore>& scores) {
    std::string text;
    for (const auto& id : classification.reportBeside) {
        const auto* score = FindScore(scores, id);
        text += " " + NameOf(instrument, id) + ", reported beside: " +
                (score && score->valid ? Fixed(*score->score) : std::string("not scored")) + ".";
    }
    return text;
}

}  // namespace

ClassificationResult Classify(const Instrument& instrument, const Classification& classification,
                              const std::vector<SubscaleScore>& scores) {
    ClassificationResult result;
    for (const auto& input : classification.Inputs()) {
        const auto* score = FindScore(scores, input);
        if (!score || !score->valid) {
            result.explanation = "Not classified: " + NameOf(instrument, input) +
                                 " has too many unanswered items to be scored.";
            return result;
        }
    }
    for (const auto& rule : classification.rules) {
        const bool matches = std::all_of(rule.when.begin(), rule.when.end(), [&](const auto& c) {
            return Holds(c, *FindScore(scores, c.subscale)->score);
        });
        if (!matches) continue;
        std::string reasons;
        for (const auto& condition : rule.when) {
            if (!reasons.empty()) reasons += ", ";
            reasons += NameOf(instrument, condition.subscale) + " " +
                       Fixed(*FindScore(scores, condition.subscale)->score) +
                       (condition.comparison == Comparison::Below ? " below " : " at or above ") +
                       Fixed(condition.threshold);
        }
        result.classified = true;
        result.label = rule.label;
        result.explanation =
            reasons + "." + (rule.explanation.empty() ? "" : " " + rule.explanation) +
            Beside(instrument, classification, scores) + " " + Basis(instrument, classification);
        return result;
    }
    result.explanation = "Not classified: no rule matches these scores.";
    return result;
}

}  // namespace securebase::assess

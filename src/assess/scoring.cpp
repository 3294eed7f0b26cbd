#include "assess/scoring.h"

#include <algorithm>

#include "assess/classifier.h"
#include "core/error.h"

namespace securebase::assess {

const SubscaleScore* ScoreResult::Find(const std::string& subscaleId) const {
    auto found = std::find_if(subscales.begin(), subscales.end(), [&](const SubscaleScore& each) {
        return each.subscale == subscaleId;
    });
    return found == subscales.end() ? nullptr : &*found;
}

void RequireValidAnswers(const Instrument& instrument, const Answers& answers) {
    for (const auto& [itemId, value] : answers) {
        const auto* item = instrument.FindItem(itemId);
        if (!item) {
            throw Error(ErrorCode::Invalid, "instrument " + instrument.id + " has no item \"" +
                                                itemId + "\": check the item ids");
        }
        const auto& scale = instrument.ScaleOf(*item);
        if (!scale.Accepts(value)) {
            throw Error(ErrorCode::Invalid, "answer " + std::to_string(value) + " to item " +
                                                itemId + " is not on its scale (" +
                                                std::to_string(scale.Lowest()) + " to " +
                                                std::to_string(scale.Highest()) + ")");
        }
    }
}

int ScoredValue(const Instrument& instrument, const Item& item, const Subscale& subscale,
                int answer) {
    const auto& scale = instrument.ScaleOf(item);
    return instrument.IsReversedIn(item, subscale) ? *scale.min + *scale.max - answer : answer;
}

namespace {

std::string BandOf(const Subscale& subscale, double score) {
    std::string band;
    if (!subscale.cutoffs) return band;
    for (const auto& each : subscale.cutoffs->bands) {
        if (score >= each.from) band = each.label;
    }
    return band;
}

SubscaleScore ScoreSubscale(const Instrument& instrument, const Subscale& subscale,
                            const Answers& answers) {
    SubscaleScore result;
    result.subscale = subscale.id;
    result.maxMissing = subscale.maxMissing;
    double total = 0.0;
    for (const auto& itemId : subscale.items) {
        auto answer = answers.find(itemId);
        if (answer == answers.end()) {
            ++result.missing;
            continue;
        }
        ++result.answered;
        total += ScoredValue(instrument, *instrument.FindItem(itemId), subscale, answer->second);
    }
    result.valid = result.answered > 0 && result.missing <= subscale.maxMissing;
    if (!result.valid) return result;
    // Multiplying before dividing keeps a complete sum exact (10 * 9 / 9, not 10 / 9 * 9).
    const double count =
        subscale.rule == ScoringRule::Mean ? 1.0 : static_cast<double>(subscale.items.size());
    result.score = total * count / result.answered;
    result.band = BandOf(subscale, *result.score);
    return result;
}

}  // namespace

ScoreResult Score(const Instrument& instrument, const Answers& answers) {
    RequireValidAnswers(instrument, answers);
    ScoreResult result;
    result.instrumentId = instrument.id;
    result.instrumentVersion = instrument.version;
    result.disclaimer = instrument.disclaimer;
    for (const auto& subscale : instrument.subscales) {
        result.subscales.push_back(ScoreSubscale(instrument, subscale, answers));
    }
    for (const auto& item : instrument.items) {
        if (!answers.contains(item.id)) result.unanswered.push_back(item.id);
    }
    if (instrument.classification) {
        result.classification = Classify(instrument, *instrument.classification, result.subscales);
    }
    return result;
}

}  // namespace securebase::assess

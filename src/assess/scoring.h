#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assess/instrument.h"

namespace securebase::assess {

// What the client chose, by item id, as the scale value (before any reverse keying).
using Answers = std::map<std::string, int>;

struct SubscaleScore {
    std::string subscale;
    bool valid = false;           // false: too many missing answers, so no score
    std::optional<double> score;  // set when valid; prorated when answers are missing
    int answered = 0;
    int missing = 0;
    int maxMissing = 0;
    std::string band;  // the cut-off band the score falls in, when the subscale has cut-offs
};

struct ClassificationResult {
    bool classified = false;  // false when an input subscale is invalid or no rule matched
    std::string label;
    std::string explanation;  // the scores against the thresholds, and the basis of the rules
};

struct ScoreResult {
    std::string instrumentId;
    std::string instrumentVersion;  // scores are only comparable within one scoring key
    // The instrument's disclaimer, carried so that no output of these scores can leave it out.
    std::string disclaimer;
    std::vector<SubscaleScore> subscales;                // in instrument order
    std::optional<ClassificationResult> classification;  // when the instrument defines one
    std::vector<std::string> unanswered;                 // item ids, in instrument order

    const SubscaleScore* Find(const std::string& subscaleId) const;
};

// Throws Error(Invalid) for an answer to an unknown item or a value its scale does not offer.
void RequireValidAnswers(const Instrument& instrument, const Answers& answers);

// The value an answer counts for in a subscale: min + max − answer where the item is reversed.
int ScoredValue(const Instrument& instrument, const Item& item, const Subscale& subscale,
                int answer);

// Scores every subscale with its missing-data rule: `mean` averages the answered items, `sum` is
// prorated as that mean × the number of items. Throws as RequireValidAnswers.
ScoreResult Score(const Instrument& instrument, const Answers& answers);

}  // namespace securebase::assess

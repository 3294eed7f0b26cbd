#include "assess/reliable_change.h"

#include <cmath>
#include <cstdio>

#include "assess/instrument_validator.h"

namespace securebase::assess {

namespace {

// An RCI meant to be exactly 1.96 can land a few ulps either side of it in binary floating
// point; the verdict must not depend on that.
constexpr double kTolerance = 1e-9;

std::string Fixed(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

}  // namespace

const char* ToString(ChangeVerdict verdict) {
    switch (verdict) {
        case ChangeVerdict::Improved:
            return "improved";
        case ChangeVerdict::NoReliableChange:
            return "no reliable change";
        case ChangeVerdict::Deteriorated:
            return "deteriorated";
    }
    return "no reliable change";
}

ReliableChange CompareScores(double before, double after, Better better,
                             const std::optional<Norms>& norms) {
    ReliableChange change;
    change.before = before;
    change.after = after;
    change.difference = after - before;
    if (!norms) {
        change.explanation = "Raw change " + Fixed(change.difference) +
                             "; no reliable change index: this subscale has no norms (SD and "
                             "reliability). Enter them with their source to get one.";
        return change;
    }
    RequireValidNorms(*norms);
    change.normsSource = norms->source;
    change.sDiff = std::sqrt(2.0) * norms->sd * std::sqrt(1.0 - norms->reliability);
    change.rci = change.difference / *change.sDiff;
    const bool reliable = std::abs(*change.rci) >= kReliableChangeThreshold - kTolerance;
    if (!reliable) {
        change.verdict = ChangeVerdict::NoReliableChange;
    } else {
        const bool wentDown = *change.rci < 0.0;
        change.verdict = (wentDown == (better == Better::Lower)) ? ChangeVerdict::Improved
                                                                 : ChangeVerdict::Deteriorated;
    }
    change.explanation = "RCI " + Fixed(*change.rci) + " (raw change " + Fixed(change.difference) +
                         ", S_diff " + Fixed(*change.sDiff) + "): " + ToString(*change.verdict) +
                         ". Norms: " + norms->source;
    return change;
}

std::vector<SubscaleChange> CompareAdministrations(const Instrument& instrument,
                                                   const ScoreResult& before,
                                                   const ScoreResult& after,
                                                   const PractitionerNorms& practitionerNorms) {
    std::vector<SubscaleChange> changes;
    for (const auto& subscale : instrument.subscales) {
        SubscaleChange change{subscale.id, std::nullopt, {}};
        const auto* first = before.Find(subscale.id);
        const auto* second = after.Find(subscale.id);
        if (!first || !first->valid || !second || !second->valid) {
            change.reason = "Not compared: " + subscale.name +
                            " is not scored in both administrations (too many unanswered items).";
            changes.push_back(std::move(change));
            continue;
        }
        std::optional<Norms> norms;
        if (auto entered = practitionerNorms.find(subscale.id);
            entered != practitionerNorms.end()) {
            norms = entered->second;
        } else if (subscale.norms) {
            norms = subscale.norms;
            const auto* source = instrument.FindSource(norms->source);
            if (source) norms->source = source->citation;
        }
        change.change = CompareScores(*first->score, *second->score, subscale.better, norms);
        changes.push_back(std::move(change));
    }
    return changes;
}

}  // namespace securebase::assess

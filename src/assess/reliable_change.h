#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "assess/instrument.h"
#include "assess/scoring.h"

namespace securebase::assess {

// Jacobson & Truax (1991): a change is reliable when |RCI| reaches 1.96, the two-tailed 5% point of
// the normal distribution.
inline constexpr double kReliableChangeThreshold = 1.96;

enum class ChangeVerdict { Improved, NoReliableChange, Deteriorated };

struct ReliableChange {
    double before = 0.0;
    double after = 0.0;
    double difference = 0.0;               // after − before, always given
    std::optional<double> sDiff;           // √2 · SD · √(1 − r), with norms only
    std::optional<double> rci;             // difference / sDiff, with norms only
    std::optional<ChangeVerdict> verdict;  // with norms only
    std::string normsSource;               // the citation the SD and reliability come from
    std::string explanation;               // the verdict, or why there is none
};

// Compares two scores of one subscale. Without norms the result carries the raw difference and
// says why no RCI is given. Throws Error(Invalid) for norms that break RequireValidNorms.
ReliableChange CompareScores(double before, double after, Better better,
                             const std::optional<Norms>& norms);

struct SubscaleChange {
    std::string subscale;
    std::optional<ReliableChange> change;  // empty when either administration is not scored
    std::string reason;                    // why there is no change, when there is none
};

// Norms the practitioner entered (SD, reliability, their source), by subscale id. They take
// precedence over the instrument file's norms: the practitioner chose them for this client group.
using PractitionerNorms = std::map<std::string, Norms>;

std::vector<SubscaleChange> CompareAdministrations(const Instrument& instrument,
                                                   const ScoreResult& before,
                                                   const ScoreResult& after,
                                                   const PractitionerNorms& practitionerNorms = {});

const char* ToString(ChangeVerdict verdict);  // "improved", "no reliable change", "deteriorated"

}  // namespace securebase::assess

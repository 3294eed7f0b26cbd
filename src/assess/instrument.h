#pragma once

#include <optional>
#include <string>
#include <vector>

namespace securebase::assess {

// How the instrument is given: read by the client on screen, typed in from a paper form by the
// practitioner, or a short between-session rating.
enum class InstrumentKind { SelfReport, PaperKey, CheckIn };

enum class ScoringRule { Mean, Sum };

// Which way a subscale moves when the client is doing better; reliable change follows it.
enum class Better { Lower, Higher };

struct Source {
    std::string id;
    std::string citation;

    bool operator==(const Source&) const = default;
};

struct ScaleOption {
    int value = 0;
    std::string label;
    std::string system;  // optional coding (e.g. LOINC answer code), kept for FHIR
    std::string code;

    bool operator==(const ScaleOption&) const = default;
};

// An ordinal scale declares its range (every whole number in it is an answer, options only label
// some of them); a nominal scale is just its options. Only a declared range can be reflected, so
// only ordinal scales carry reverse-keyed items.
struct ResponseScale {
    std::string id;
    std::optional<int> min;
    std::optional<int> max;
    std::vector<ScaleOption> options;

    bool IsOrdinal() const { return min.has_value() && max.has_value(); }
    bool Accepts(int value) const;
    int Lowest() const;   // lowest possible answer
    int Highest() const;  // highest possible answer
    const ScaleOption* OptionFor(int value) const;

    bool operator==(const ResponseScale&) const = default;
};

struct Item {
    std::string id;
    std::string text;
    std::string scale;  // ResponseScale id
    bool reverse = false;

    bool operator==(const Item&) const = default;
};

struct Norms {
    std::optional<double> mean;
    double sd = 0.0;
    double reliability = 0.0;
    // A Source id in a file; free citation text when the practitioner enters the norms.
    std::string source;

    bool operator==(const Norms&) const = default;
};

// Score bands: a band starts at `from` and runs up to the next band's `from`.
struct CutoffBand {
    double from = 0.0;
    std::string label;

    bool operator==(const CutoffBand&) const = default;
};

struct Cutoffs {
    std::string source;
    std::vector<CutoffBand> bands;

    bool operator==(const Cutoffs&) const = default;
};

struct Subscale {
    std::string id;
    std::string name;
    std::vector<std::string> items;
    // Items reversed in this subscale only (a composite that counts "I withdrew" against security
    // while the item's own subscale keeps its raw direction).
    std::vector<std::string> reverseItems;
    ScoringRule rule = ScoringRule::Mean;
    int maxMissing = 0;
    Better better = Better::Lower;
    std::optional<Norms> norms;
    std::optional<Cutoffs> cutoffs;

    bool operator==(const Subscale&) const = default;
};

enum class Comparison { Below, AtLeast };

struct Condition {
    std::string subscale;
    Comparison comparison = Comparison::Below;
    double threshold = 0.0;

    bool operator==(const Condition&) const = default;
};

struct ClassificationRule {
    std::string label;
    std::string explanation;
    std::vector<Condition> when;  // all must hold

    bool operator==(const ClassificationRule&) const = default;
};

// Rules are tried in order; the first whose conditions all hold gives the label. Its basis is
// either a cited source or a plainly stated convention.
struct Classification {
    std::string name;
    std::string source;
    std::string convention;
    std::vector<std::string> reportBeside;  // subscales shown next to the label
    std::vector<ClassificationRule> rules;

    std::vector<std::string> Inputs() const;  // subscales the rules read, first use first

    bool operator==(const Classification&) const = default;
};

// One assessment instrument as defined in forms/instruments/*.json; forms/README.md documents
// every field.
struct Instrument {
    std::string id;
    std::string version;
    std::string title;
    std::string description;
    InstrumentKind kind = InstrumentKind::SelfReport;
    std::string administration;  // note for the practitioner
    std::string usage;
    std::string copyright;
    std::string scoringNotes;   // item order followed, conventions applied: for the practitioner
    std::string scoringSource;  // Source id of the scoring key; required when validated
    bool validated = false;
    std::string disclaimer;
    std::vector<Source> sources;
    std::vector<ResponseScale> scales;
    std::vector<Item> items;
    std::vector<Subscale> subscales;
    std::optional<Classification> classification;

    const Item* FindItem(const std::string& itemId) const;
    const ResponseScale* FindScale(const std::string& scaleId) const;
    const Subscale* FindSubscale(const std::string& subscaleId) const;
    const Source* FindSource(const std::string& sourceId) const;
    const ResponseScale& ScaleOf(const Item& item) const;  // throws Invalid when unknown
    bool IsReversedIn(const Item& item, const Subscale& subscale) const;

    bool operator==(const Instrument&) const = default;
};

const char* ToString(InstrumentKind kind);  // "self-report", "paper-key", "check-in"
std::optional<InstrumentKind> ParseInstrumentKind(const std::string& text);
const char* ToString(ScoringRule rule);  // "mean", "sum"
std::optional<ScoringRule> ParseScoringRule(const std::string& text);
const char* ToString(Better better);  // "lower", "higher"
std::optional<Better> ParseBetter(const std::string& text);

}  // namespace securebase::assess

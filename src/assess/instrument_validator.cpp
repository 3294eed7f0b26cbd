#include "assess/instrument_validator.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/error.h"

namespace securebase::assess {

namespace {

std::string At(const std::string& array, size_t index) {
    return array + "[" + std::to_string(index) + "]";
}

std::string Quoted(const std::string& text) { return "\"" + text + "\""; }

bool IsIdentifier(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-' || c == '.' || c == '/';
    });
}

std::string NormsProblem(const Norms& norms) {
    if (!(norms.sd > 0.0)) return "sd must be greater than 0";
    if (!(norms.reliability >= 0.0 && norms.reliability < 1.0)) {
        return "reliability must be at least 0 and below 1";
    }
    return {};
}

class Checker {
public:
    explicit Checker(const Instrument& instrument) : m_in(instrument) {}

    std::vector<Problem> Run() {
        CheckHeader();
        CheckSources();
        CheckScoringSource();
        CheckScales();
        CheckItems();
        CheckSubscales();
        if (m_in.classification) CheckClassification(*m_in.classification);
        return std::move(m_problems);
    }

private:
    void Fail(std::string path, std::string message) {
        m_problems.push_back({std::move(path), std::move(message)});
    }

    void CheckHeader() {
        if (!IsIdentifier(m_in.id)) Fail("id", "must be letters, digits, '_', '-', '.' or '/'");
        if (m_in.version.empty()) Fail("version", "is required");
        if (m_in.title.empty()) Fail("title", "is required");
        if (!m_in.validated && m_in.disclaimer.empty()) {
            Fail("disclaimer", "is required when validated is false");
        }
    }

    void CheckScoringSource() {
        if (m_in.validated || !m_in.scoringSource.empty()) {
            CheckSourceRef("scoringSource", m_in.scoringSource);
        }
    }

    void CheckSources() {
        std::set<std::string> seen;
        for (size_t i = 0; i < m_in.sources.size(); ++i) {
            const auto& source = m_in.sources[i];
            if (!IsIdentifier(source.id)) Fail(At("sources", i) + ".id", "must be an identifier");
            if (!seen.insert(source.id).second) {
                Fail(At("sources", i) + ".id", "duplicate source " + Quoted(source.id));
            }
            if (source.citation.empty()) Fail(At("sources", i) + ".citation", "is required");
        }
    }

    void CheckSourceRef(const std::string& path, const std::string& sourceId) {
        if (sourceId.empty()) {
            Fail(path, "is required: cite where this clinical fact comes from");
        } else if (!m_in.FindSource(sourceId)) {
            Fail(path, "unknown source " + Quoted(sourceId));
        }
    }

    void CheckScales() {
        std::set<std::string> seen;
        for (size_t i = 0; i < m_in.scales.size(); ++i) {
            const auto& scale = m_in.scales[i];
            const auto path = At("scales", i);
            if (!IsIdentifier(scale.id)) Fail(path + ".id", "must be an identifier");
            if (!seen.insert(scale.id).second)
                Fail(path + ".id", "duplicate scale " + Quoted(scale.id));
            if (scale.min.has_value() != scale.max.has_value()) {
                Fail(path, "give both min and max, or neither");
            }
            if (scale.IsOrdinal() && *scale.min >= *scale.max) {
                Fail(path + ".max", "must be greater than min");
            }
            if (!scale.IsOrdinal() && scale.options.size() < 2) {
                Fail(path + ".options", "a scale without min and max needs at least two options");
            }
            std::set<int> values;
            for (size_t o = 0; o < scale.options.size(); ++o) {
                const auto& option = scale.options[o];
                const auto optionPath = path + "." + At("options", o);
                if (!values.insert(option.value).second) {
                    Fail(optionPath + ".value", "duplicate value " + std::to_string(option.value));
                }
                if (scale.IsOrdinal() && (option.value < *scale.min || option.value > *scale.max)) {
                    Fail(optionPath + ".value", "value " + std::to_string(option.value) +
                                                    " is outside the scale's min and max");
                }
                if (option.label.empty()) Fail(optionPath + ".label", "is required");
            }
        }
    }

    void CheckItems() {
        if (m_in.items.empty()) Fail("items", "at least one item is required");
        std::set<std::string> seen;
        for (size_t i = 0; i < m_in.items.size(); ++i) {
            const auto& item = m_in.items[i];
            const auto path = At("items", i);
            if (!IsIdentifier(item.id)) Fail(path + ".id", "must be an identifier");
            if (!seen.insert(item.id).second)
                Fail(path + ".id", "duplicate item " + Quoted(item.id));
            if (item.text.empty()) Fail(path + ".text", "is required");
            const auto* scale = m_in.FindScale(item.scale);
            if (!scale) {
                Fail(path + ".scale", "unknown scale " + Quoted(item.scale));
            } else if (item.reverse && !scale->IsOrdinal()) {
                Fail(path + ".reverse", "scale " + Quoted(item.scale) +
                                            " has no min and max, so it cannot be reversed");
            }
        }
    }

    void CheckSubscales() {
        if (m_in.subscales.empty()) Fail("subscales", "at least one subscale is required");
        std::set<std::string> seen;
        for (size_t s = 0; s < m_in.subscales.size(); ++s) {
            const auto& subscale = m_in.subscales[s];
            const auto path = At("subscales", s);
            if (!IsIdentifier(subscale.id)) Fail(path + ".id", "must be an identifier");
            if (!seen.insert(subscale.id).second) {
                Fail(path + ".id", "duplicate subscale " + Quoted(subscale.id));
            }
            if (subscale.name.empty()) Fail(path + ".name", "is required");
            if (subscale.items.empty()) Fail(path + ".items", "at least one item is required");
            std::set<std::string> members;
            bool allKnown = true;
            for (size_t i = 0; i < subscale.items.size(); ++i) {
                const auto& itemId = subscale.items[i];
                const auto* item = m_in.FindItem(itemId);
                if (!item) {
                    Fail(path + "." + At("items", i), "unknown item " + Quoted(itemId));
                    allKnown = false;
                } else if (!m_in.FindScale(item->scale)) {
                    allKnown = false;
                }
                if (!members.insert(itemId).second) {
                    Fail(path + "." + At("items", i), "item " + Quoted(itemId) + " listed twice");
                }
            }
            CheckReverseItems(path, subscale);
            if (subscale.maxMissing < 0 ||
                (!subscale.items.empty() &&
                 static_cast<size_t>(subscale.maxMissing) >= subscale.items.size())) {
                Fail(path + ".maxMissing", "must be at least 0 and less than the number of items");
            }
            if (subscale.norms) {
                if (auto problem = NormsProblem(*subscale.norms); !problem.empty()) {
                    Fail(path + ".norms", problem);
                }
                CheckSourceRef(path + ".norms.source", subscale.norms->source);
            }
            if (subscale.cutoffs && allKnown && !subscale.items.empty()) {
                CheckCutoffs(path + ".cutoffs", *subscale.cutoffs, RangeOf(m_in, subscale));
            }
        }
    }

    void CheckReverseItems(const std::string& path, const Subscale& subscale) {
        for (size_t i = 0; i < subscale.reverseItems.size(); ++i) {
            const auto& itemId = subscale.reverseItems[i];
            const auto itemPath = path + "." + At("reverseItems", i);
            const auto* item = m_in.FindItem(itemId);
            if (std::find(subscale.items.begin(), subscale.items.end(), itemId) ==
                subscale.items.end()) {
                Fail(itemPath, "item " + Quoted(itemId) + " is not in this subscale");
            } else if (item && item->reverse) {
                Fail(itemPath, "item " + Quoted(itemId) + " is already reverse-keyed everywhere");
            } else if (item && m_in.FindScale(item->scale) && !m_in.ScaleOf(*item).IsOrdinal()) {
                Fail(itemPath, "scale " + Quoted(item->scale) +
                                   " has no min and max, so it cannot be reversed");
            }
        }
    }

    void CheckCutoffs(const std::string& path, const Cutoffs& cutoffs, ScoreRange range) {
        CheckSourceRef(path + ".source", cutoffs.source);
        if (cutoffs.bands.empty()) Fail(path + ".bands", "at least one band is required");
        for (size_t b = 0; b < cutoffs.bands.size(); ++b) {
            const auto& band = cutoffs.bands[b];
            const auto bandPath = path + "." + At("bands", b);
            if (band.label.empty()) Fail(bandPath + ".label", "is required");
            if (band.from < range.low || band.from > range.high) {
                Fail(bandPath + ".from", "is outside the scores this subscale can take");
            }
            if (b > 0 && band.from <= cutoffs.bands[b - 1].from) {
                Fail(bandPath + ".from", "bands must be in ascending order");
            }
        }
    }

    void CheckClassification(const Classification& classification) {
        const std::string path = "classification";
        if (classification.name.empty()) Fail(path + ".name", "is required");
        if (!classification.source.empty()) {
            CheckSourceRef(path + ".source", classification.source);
        } else if (classification.convention.empty()) {
            Fail(path + ".convention",
                 "cite a source or state plainly that the rules are SecureBase's own convention");
        }
        for (size_t i = 0; i < classification.reportBeside.size(); ++i) {
            if (!m_in.FindSubscale(classification.reportBeside[i])) {
                Fail(path + "." + At("reportBeside", i),
                     "unknown subscale " + Quoted(classification.reportBeside[i]));
            }
        }
        if (classification.rules.empty()) Fail(path + ".rules", "at least one rule is required");
        for (size_t r = 0; r < classification.rules.size(); ++r) {
            const auto& rule = classification.rules[r];
            const auto rulePath = path + "." + At("rules", r);
            if (rule.label.empty()) Fail(rulePath + ".label", "is required");
            if (rule.when.empty()) Fail(rulePath + ".when", "at least one condition is required");
            for (size_t c = 0; c < rule.when.size(); ++c) {
                const auto& condition = rule.when[c];
                const auto conditionPath = rulePath + "." + At("when", c);
                const auto* subscale = m_in.FindSubscale(condition.subscale);
                if (!subscale) {
                    Fail(conditionPath + ".subscale",
                         "unknown subscale " + Quoted(condition.subscale));
                    continue;
                }
                if (!IsScorable(*subscale)) continue;
                const auto range = RangeOf(m_in, *subscale);
                if (condition.threshold < range.low || condition.threshold > range.high) {
                    Fail(conditionPath + ".threshold",
                         "is outside the scores subscale " + Quoted(subscale->id) + " can take");
                }
            }
        }
    }

    bool IsScorable(const Subscale& subscale) const {
        return !subscale.items.empty() &&
               std::all_of(subscale.items.begin(), subscale.items.end(), [this](const auto& id) {
                   const auto* item = m_in.FindItem(id);
                   return item && m_in.FindScale(item->scale);
               });
    }

    const Instrument& m_in;
    std::vector<Problem> m_problems;
};

}  // namespace

std::vector<Problem> Validate(const Instrument& instrument) { return Checker(instrument).Run(); }

void RequireValid(const Instrument& instrument, const std::string& origin) {
    const auto problems = Validate(instrument);
    if (problems.empty()) return;
    std::ostringstream message;
    for (size_t i = 0; i < problems.size(); ++i) {
        if (i > 0) message << '\n';
        message << origin << ": " << problems[i].path << ": " << problems[i].message;
    }
    throw Error(ErrorCode::Invalid, message.str());
}

void RequireValidNorms(const Norms& norms) {
    if (auto problem = NormsProblem(norms); !problem.empty()) {
        throw Error(ErrorCode::Invalid, "norms: " + problem);
    }
    if (norms.source.empty()) {
        throw Error(ErrorCode::Invalid,
                    "norms: source is required: say where the SD and reliability come from");
    }
}

ScoreRange RangeOf(const Instrument& instrument, const Subscale& subscale) {
    double low = 0.0;
    double high = 0.0;
    bool first = true;
    for (const auto& itemId : subscale.items) {
        const auto* item = instrument.FindItem(itemId);
        if (!item) continue;
        const auto& scale = instrument.ScaleOf(*item);
        const double itemLow = scale.Lowest();
        const double itemHigh = scale.Highest();
        if (subscale.rule == ScoringRule::Sum) {
            low += itemLow;
            high += itemHigh;
        } else {
            low = first ? itemLow : std::min(low, itemLow);
            high = first ? itemHigh : std::max(high, itemHigh);
        }
        first = false;
    }
    return {low, high};
}

}  // namespace securebase::assess

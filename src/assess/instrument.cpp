#include "assess/instrument.h"

#include <algorithm>

#include "core/error.h"

namespace securebase::assess {

bool ResponseScale::Accepts(int value) const {
    if (IsOrdinal()) return value >= *min && value <= *max;
    return OptionFor(value) != nullptr;
}

int ResponseScale::Lowest() const {
    if (min) return *min;
    auto lowest = std::min_element(options.begin(), options.end(),
                                   [](const auto& a, const auto& b) { return a.value < b.value; });
    return lowest == options.end() ? 0 : lowest->value;
}

int ResponseScale::Highest() const {
    if (max) return *max;
    auto highest = std::max_element(options.begin(), options.end(),
                                    [](const auto& a, const auto& b) { return a.value < b.value; });
    return highest == options.end() ? 0 : highest->value;
}

const ScaleOption* ResponseScale::OptionFor(int value) const {
    auto found = std::find_if(options.begin(), options.end(),
                              [value](const auto& option) { return option.value == value; });
    return found == options.end() ? nullptr : &*found;
}

std::vector<std::string> Classification::Inputs() const {
    std::vector<std::string> inputs;
    for (const auto& rule : rules) {
        for (const auto& condition : rule.when) {
            if (std::find(inputs.begin(), inputs.end(), condition.subscale) == inputs.end()) {
                inputs.push_back(condition.subscale);
            }
        }
    }
    return inputs;
}

namespace {

template <typename T>
const T* FindById(const std::vector<T>& all, const std::string& id) {
    auto found =
        std::find_if(all.begin(), all.end(), [&id](const T& each) { return each.id == id; });
    return found == all.end() ? nullptr : &*found;
}

}  // namespace

const Item* Instrument::FindItem(const std::string& itemId) const {
    return FindById(items, itemId);
}

const ResponseScale* Instrument::FindScale(const std::string& scaleId) const {
    return FindById(scales, scaleId);
}

const Subscale* Instrument::FindSubscale(const std::string& subscaleId) const {
    return FindById(subscales, subscaleId);
}

const Source* Instrument::FindSource(const std::string& sourceId) const {
    return FindById(sources, sourceId);
}

const ResponseScale& Instrument::ScaleOf(const Item& item) const {
    const auto* scale = FindScale(item.scale);
    if (!scale) {
        throw Error(ErrorCode::Invalid, "instrument " + id + ": item " + item.id +
                                            " uses unknown scale \"" + item.scale + "\"");
    }
    return *scale;
}

bool Instrument::IsReversedIn(const Item& item, const Subscale& subscale) const {
    return item.reverse || std::find(subscale.reverseItems.begin(), subscale.reverseItems.end(),
                                     item.id) != subscale.reverseItems.end();
}

const char* ToString(InstrumentKind kind) {
    switch (kind) {
        case InstrumentKind::SelfReport:
            return "self-report";
        case InstrumentKind::PaperKey:
            return "paper-key";
        case InstrumentKind::CheckIn:
            return "check-in";
    }
    return "self-report";
}

std::optional<InstrumentKind> ParseInstrumentKind(const std::string& text) {
    for (auto kind :
         {InstrumentKind::SelfReport, InstrumentKind::PaperKey, InstrumentKind::CheckIn}) {
        if (text == ToString(kind)) return kind;
    }
    return std::nullopt;
}

const char* ToString(ScoringRule rule) { return rule == ScoringRule::Mean ? "mean" : "sum"; }

std::optional<ScoringRule> ParseScoringRule(const std::string& text) {
    if (text == "mean") return ScoringRule::Mean;
    if (text == "sum") return ScoringRule::Sum;
    return std::nullopt;
}

const char* ToString(Better better) { return better == Better::Lower ? "lower" : "higher"; }

std::optional<Better> ParseBetter(const std::string& text) {
    if (text == "lower") return Better::Lower;
    if (text == "higher") return Better::Higher;
    return std::nullopt;
}

}  // namespace securebase::assess

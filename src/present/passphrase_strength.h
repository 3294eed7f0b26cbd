#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace securebase::present {

// Shorter passphrases are refused outright: the vault's only protection at rest is this secret.
inline constexpr size_t kMinimumPassphraseLength = 10;

enum class StrengthLevel { TooShort, Weak, Fair, Strong, VeryStrong };

struct PassphraseStrength {
    StrengthLevel level = StrengthLevel::TooShort;
    double bits = 0;                  // rough guessing cost, after discounting known patterns
    std::string summary;              // "Weak", "Strong", ...
    std::vector<std::string> advice;  // what would make it stronger; empty when there is nothing

    bool Acceptable() const { return level >= StrengthLevel::Fair; }
};

// A deliberately simple estimator (length, character classes, runs, sequences and a few common
// words): it catches the passphrases an attacker tries first, not every weak one.
PassphraseStrength EstimatePassphraseStrength(std::string_view passphrase);

}  // namespace securebase::present

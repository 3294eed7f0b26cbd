#include "present/passphrase_strength.h"

#include <array>
#include <cmath>

#include "core/text.h"

namespace securebase::present {
namespace {

constexpr std::array<std::string_view, 24> kCommonWords{
    "password", "passwort", "passphrase", "qwerty",     "azerty", "letmein",
    "welcome",  "admin",    "secret",     "iloveyou",   "monkey", "dragon",
    "sunshine", "football", "baseball",   "master",     "summer", "winter",
    "spring",   "autumn",   "therapy",    "securebase", "abc123", "trustno1",
};

// Keyboard rows are read in both directions, so "poiuy" counts as a run as well as "qwert".
constexpr std::array<std::string_view, 4> kSequences{"abcdefghijklmnopqrstuvwxyz", "0123456789",
                                                     "qwertyuiopasdfghjklzxcvbnm", "qwertzuiop"};

size_t CodePoints(std::string_view text) {
    size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++count;
    return count;
}

bool IsSequenceStep(char previous, char current) {
    for (std::string_view sequence : kSequences) {
        const auto at = sequence.find(previous);
        if (at == std::string_view::npos) continue;
        if (at + 1 < sequence.size() && sequence[at + 1] == current) return true;
        if (at > 0 && sequence[at - 1] == current) return true;
    }
    return false;
}

double PoolSize(std::string_view text, std::vector<std::string>& advice) {
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (unsigned char c : text) {
        if (c >= 0x80)
            other = true;
        else if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else
            symbol = true;
    }
    double pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                  (other ? 100 : 0);
    const int classes = lower + upper + digit + symbol + other;
    if (classes < 2)
        advice.emplace_back("Mix in another kind of character (digits, capitals, symbols).");
    return pool;
}

// Characters that an attacker gets for free: repeats, sequences, and the body of common words.
size_t PredictableCharacters(std::string_view text, std::vector<std::string>& advice) {
    const std::string lower = ToLower(text);
    std::vector<bool> predictable(lower.size(), false);
    bool runs = false;
    for (size_t i = 2; i < lower.size(); ++i) {
        const bool repeat = lower[i] == lower[i - 1] && lower[i - 1] == lower[i - 2];
        const bool sequence =
            IsSequenceStep(lower[i - 2], lower[i - 1]) && IsSequenceStep(lower[i - 1], lower[i]);
        if (repeat || sequence) {
            predictable[i] = true;
            runs = true;
        }
    }
    if (runs)
        advice.emplace_back("Avoid repeated characters and sequences like \"abc\" or \"123\".");
    bool common = false;
    for (std::string_view word : kCommonWords) {
        for (auto at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
            for (size_t i = at + 1; i < at + word.size(); ++i) predictable[i] = true;
            common = true;
        }
    }
    if (common) advice.emplace_back("Avoid common words such as \"password\" or seasons.");
    bool year = false;
    for (size_t i = 0; i + 4 <= lower.size(); ++i) {
        const std::string_view four(lower.data() + i, 4);
        if ((four.starts_with("19") || four.starts_with("20")) &&
            four.find_first_not_of("0123456789") == std::string_view::npos) {
            for (size_t j = i + 1; j < i + 4; ++j) predictable[j] = true;
            year = true;
        }
    }
    if (year) advice.emplace_back("Avoid years and dates: they are among the first guesses.");
    size_t count = 0;
    for (bool p : predictable) count += p;
    return count;
}

}  // namespace

PassphraseStrength EstimatePassphraseStrength(std::string_view passphrase) {
    PassphraseStrength result;
    const size_t length = CodePoints(passphrase);
    const double pool = PoolSize(passphrase, result.advice);
    const size_t predictable = PredictableCharacters(passphrase, result.advice);
    const size_t effective = length > predictable ? length - predictable : 0;
    result.bits = pool > 1 ? static_cast<double>(effective) * std::log2(pool) : 0;

    if (length < kMinimumPassphraseLength) {
        result.level = StrengthLevel::TooShort;
        result.summary = "Too short";
        result.advice.insert(result.advice.begin(),
                             "Use at least " + std::to_string(kMinimumPassphraseLength) +
                                 " characters; a few unrelated words work well.");
        return result;
    }
    if (result.bits < 35) {
        result.level = StrengthLevel::Weak;
        result.summary = "Weak";
        if (length < 16) result.advice.emplace_back("A longer passphrase is the surest fix.");
    } else if (result.bits < 50) {
        result.level = StrengthLevel::Fair;
        result.summary = "Fair";
    } else if (result.bits < 70) {
        result.level = StrengthLevel::Strong;
        result.summary = "Strong";
    } else {
        result.level = StrengthLevel::VeryStrong;
        result.summary = "Very strong";
    }
    return result;
}

}  // namespace securebase::present

#include "present/passphrase_choice.h"

namespace securebase::present {

std::string PassphraseRefusal(std::string_view passphrase, std::string_view confirmation) {
    const PassphraseStrength strength = EstimatePassphraseStrength(passphrase);
    if (strength.level == StrengthLevel::TooShort)
        return "The passphrase needs at least " + std::to_string(kMinimumPassphraseLength) +
               " characters.";
    if (!strength.Acceptable())
        return "This passphrase is too easy to guess. Make it longer or less predictable.";
    if (passphrase != confirmation)
        return "The two passphrases differ. Type the same passphrase twice.";
    return {};
}

std::string PassphraseMatch(std::string_view passphrase, std::string_view confirmation) {
    if (confirmation.empty()) return {};
    return confirmation == passphrase ? "The passphrases match."
                                      : "The passphrases do not match yet.";
}

std::string StrengthText(const PassphraseStrength& strength) {
    if (strength.advice.empty()) return strength.summary;
    return strength.summary + ". " + strength.advice.front();
}

}  // namespace securebase::present

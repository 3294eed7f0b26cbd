#pragma once

#include <string>
#include <string_view>

#include "present/passphrase_strength.h"

namespace securebase::present {

// The rules for choosing a new passphrase, shared by the "create vault" and "change passphrase"
// dialogs so that both accept and refuse exactly the same passphrases.

// Why this passphrase (typed twice) cannot be used; empty when it can.
std::string PassphraseRefusal(std::string_view passphrase, std::string_view confirmation);

// Feedback while the second copy is typed: empty until there is something to compare.
std::string PassphraseMatch(std::string_view passphrase, std::string_view confirmation);

// The rating as one line beside the gauge: "Weak. Add another word."
std::string StrengthText(const PassphraseStrength& strength);

}  // namespace securebase::present

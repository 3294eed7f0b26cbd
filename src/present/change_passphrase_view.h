#pragma once

#include <string>

#include "core/secret.h"
#include "present/passphrase_strength.h"

namespace securebase::present {

// File > Change passphrase: the new passphrase twice, rated as it is typed.
class ChangePassphraseView {
public:
    virtual ~ChangePassphraseView() = default;
    virtual Secret Passphrase() const = 0;
    virtual Secret Confirmation() const = 0;
    virtual void ShowStrength(const PassphraseStrength& strength) = 0;
    virtual void ShowMatch(const std::string& message) = 0;  // empty when nothing to say yet
    virtual void ShowError(const std::string& message) = 0;  // empty clears it
};

}  // namespace securebase::present

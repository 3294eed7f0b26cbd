#pragma once

#include <string>

#include "core/practice_settings.h"
#include "core/secret.h"
#include "present/passphrase_strength.h"

namespace securebase::present {

// What the first-run "create vault" dialog offers its presenter.
class CreateVaultView {
public:
    virtual ~CreateVaultView() = default;
    virtual Secret Passphrase() const = 0;
    virtual Secret Confirmation() const = 0;
    // Who signs the notes: practice name, practitioner name and credentials (optional here).
    virtual PracticeSettings Practice() const = 0;
    virtual void ShowStrength(const PassphraseStrength& strength) = 0;
    virtual void ShowMatch(const std::string& message) = 0;  // empty when nothing to say yet
    virtual void ShowError(const std::string& message) = 0;  // empty clears it
};

}  // namespace securebase::present

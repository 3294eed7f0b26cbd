#pragma once

#include <string>

#include "core/secret.h"

namespace securebase::present {

// What the unlock dialog offers its presenter.
class UnlockView {
public:
    virtual ~UnlockView() = default;
    virtual Secret Passphrase() const = 0;
    virtual void ClearPassphrase() = 0;
    virtual void ShowError(const std::string& message) = 0;  // empty clears it
    // While the key is derived (a deliberate fraction of a second): "Unlocking…", no input.
    virtual void ShowBusy(bool busy) = 0;
};

}  // namespace securebase::present

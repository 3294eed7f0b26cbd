#pragma once

#include <functional>
#include <memory>

#include "service/vault_session.h"

namespace securebase::present {

// Called once a dialog has an unlocked vault; the receiver owns it from then on.
using VaultOpened = std::function<void(std::unique_ptr<service::VaultSession>)>;

}  // namespace securebase::present

#pragma once

#include <string>

namespace securebase::ui {

// "SecureBase 0.1.0", with the linked SQLCipher's own version once the service can report it.
std::string VersionText();

}  // namespace securebase::ui

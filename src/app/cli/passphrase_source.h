#pragma once

#include <optional>

#include "core/secret.h"

namespace securebase::cli {

// Where a passphrase may come from, in order of precedence: a file descriptor named on the
// command line, an environment variable, or a prompt without echo on the terminal. Never argv.
struct PassphraseSource {
    std::optional<int> fd;    // --passphrase-fd N / --new-passphrase-fd N
    const char* environment;  // SECUREBASE_PASSPHRASE / SECUREBASE_NEW_PASSPHRASE
};

inline constexpr size_t kMinimumPassphraseLength = 10;  // characters, not bytes

// The passphrase that opens an existing vault (or a backup).
Secret ReadPassphrase(const PassphraseSource& source);

// A new passphrase (init, passphrase change): asked twice at a prompt; refused (Invalid) when
// shorter than kMinimumPassphraseLength characters.
Secret ReadNewPassphrase(const PassphraseSource& source);

}  // namespace securebase::cli

#include "app/cli/exit_codes.h"

#include <array>

namespace securebase::cli {

int ExitCodeFor(ErrorCode code) {
    switch (code) {
        case ErrorCode::Usage:
            return kExitUsage;
        case ErrorCode::WrongPassphrase:
        case ErrorCode::NotAVault:
            return 3;
        case ErrorCode::NotFound:
            return 4;
        case ErrorCode::Invalid:
            return 5;
        case ErrorCode::Refused:
            return 6;
        case ErrorCode::Damaged:
            return 7;
        case ErrorCode::TooNew:
            return 8;
        case ErrorCode::Io:
            return 9;
        case ErrorCode::Storage:
            return 10;
    }
    return kExitUnexpected;
}

std::span<const ExitCodeInfo> DocumentedExitCodes() {
    static constexpr std::array<ExitCodeInfo, 11> kCodes{{
        {kExitOk, "success"},
        {kExitUnexpected, "unexpected failure (please report it)"},
        {kExitUsage, "usage error: unknown command or option, missing argument"},
        {3, "wrong passphrase, or the file is not a SecureBase vault"},
        {4, "not found: no vault, client, session or note with that id or code"},
        {5, "invalid input: a bad date, an empty name, malformed JSON, a short passphrase"},
        {6, "refused: the record's state forbids it (signing twice, editing a signed note)"},
        {7, "the vault is damaged (truncated or tampered with)"},
        {8, "the vault was made by a newer SecureBase"},
        {9, "I/O error: the file system refused"},
        {10, "storage error: SQLCipher reported something unexpected"},
    }};
    return kCodes;
}

}  // namespace securebase::cli

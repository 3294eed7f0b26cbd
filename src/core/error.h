#pragma once

#include <stdexcept>
#include <string>

namespace securebase {

// What kind of failure happened, so each face (CLI exit code, GUI dialog) reacts the same way.
enum class ErrorCode {
    Usage,            // the request itself is malformed (CLI syntax)
    WrongPassphrase,  // the vault is fine, the passphrase does not open it
    NotAVault,        // the file is not a SecureBase vault at all
    Damaged,          // it is a vault, but truncated or tampered with
    TooNew,           // made by a newer SecureBase; refused untouched
    NotFound,         // no record with that id or code
    Invalid,          // input that breaks a rule (a date in the future, an empty name)
    Refused,          // valid input the state forbids (signing twice, editing a signed note)
    Io,               // the file system said no
    Storage,          // SQLCipher reported something unexpected
};

// The one exception type of SecureBase. The message is for a person: what went wrong and, where
// there is one, what to do. It never carries client data (names, note text), only ids.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    ErrorCode Code() const noexcept { return m_code; }

private:
    ErrorCode m_code;
};

}  // namespace securebase

#include "app/cli/passphrase_source.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "app/cli/terminal.h"
#include "core/error.h"

namespace securebase::cli {
namespace {

// One line from fd: the passphrase ends at the first newline (or at the end of the data).
Secret ReadLineFromFd(int fd) {
    std::string value;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw Error(ErrorCode::Io, "cannot read the passphrase from file descriptor " +
                                           std::to_string(fd) + "; is it open?");
        if (n == 0 || c == '\n') break;
        value += c;
    }
    if (!value.empty() && value.back() == '\r') value.pop_back();
    return Secret(std::move(value));
}

std::optional<Secret> FromFdOrEnvironment(const PassphraseSource& source) {
    if (source.fd) return ReadLineFromFd(*source.fd);
    if (const char* value = std::getenv(source.environment)) return Secret(value);
    return std::nullopt;
}

Secret Ask(const char* prompt) {
    auto answer = AskOnTerminal(prompt, false);
    if (!answer)
        throw Error(ErrorCode::Usage,
                    "no passphrase given: set the environment variable, pass a file descriptor "
                    "with --passphrase-fd / --new-passphrase-fd, or run from a terminal");
    return Secret(std::move(*answer));
}

size_t CharacterCount(std::string_view utf8) {
    size_t count = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++count;
    return count;
}

}  // namespace

Secret ReadPassphrase(const PassphraseSource& source) {
    if (auto given = FromFdOrEnvironment(source)) return std::move(*given);
    return Ask("Passphrase: ");
}

Secret ReadNewPassphrase(const PassphraseSource& source) {
    auto passphrase = FromFdOrEnvironment(source);
    if (!passphrase) {
        passphrase = Ask("New passphrase: ");
        const Secret again = Ask("Repeat the new passphrase: ");
        if (again.View() != passphrase->View())
            throw Error(ErrorCode::Invalid, "the two passphrases differ; nothing was changed");
    }
    if (CharacterCount(passphrase->View()) < kMinimumPassphraseLength)
        throw Error(ErrorCode::Invalid, "the passphrase is too short: use at least " +
                                            std::to_string(kMinimumPassphraseLength) +
                                            " characters (a few unrelated words work well)");
    return std::move(*passphrase);
}

}  // namespace securebase::cli

#include "app/cli/terminal.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace securebase::cli {
namespace {

// Closes the terminal and puts its echo back even when reading fails.
class TerminalLine {
public:
    explicit TerminalLine(bool echo) : m_fd(::open("/dev/tty", O_RDWR | O_CLOEXEC)) {
        if (m_fd < 0 || echo) return;
        if (::tcgetattr(m_fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_restore = ::tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~TerminalLine() {
        if (m_restore) {
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
            [[maybe_unused]] auto ignored = ::write(m_fd, "\n", 1);
        }
        if (m_fd >= 0) ::close(m_fd);
    }
    TerminalLine(const TerminalLine&) = delete;
    TerminalLine& operator=(const TerminalLine&) = delete;

    int Fd() const { return m_fd; }

private:
    int m_fd;
    termios m_saved{};
    bool m_restore = false;
};

}  // namespace

bool StdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }

std::optional<std::string> AskOnTerminal(std::string_view prompt, bool echo) {
    TerminalLine tty(echo);
    if (tty.Fd() < 0) return std::nullopt;
    if (::write(tty.Fd(), prompt.data(), prompt.size()) < 0) return std::nullopt;
    std::string line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(tty.Fd(), &c, 1);
        if (n < 0) return std::nullopt;
        if (n == 0) return line.empty() ? std::nullopt : std::optional(line);
        if (c == '\n') break;
        line += c;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace securebase::cli

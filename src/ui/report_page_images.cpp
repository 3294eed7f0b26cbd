#include "ui/report_page_images.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

#include "core/error.h"

extern char** environ;

namespace securebase::ui {
namespace {

// Closes a descriptor once, whichever way the function leaves.
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd() { Close(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int Get() const { return m_fd; }
    void Close() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

[[noreturn]] void Fail(const std::string& what) {
    throw Error(ErrorCode::Io, "Could not draw the report preview (" + what +
                                   "): install poppler-utils, or open the saved PDF instead.");
}

// pdftocairo rather than pdftoppm: only pdftocairo writes the image to stdout in poppler 22.
// A socket rather than a pipe feeds stdin so that a pdftocairo that quits early gives EPIPE to
// send(MSG_NOSIGNAL) instead of a SIGPIPE that would end the whole program.
std::string RunPdftocairo(const std::string& pdf, int page, int dpi) {
    std::array<int, 2> input{};
    std::array<int, 2> output{};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input.data()) != 0) Fail("socket");
    Fd inParent(input[0]), inChild(input[1]);
    if (::pipe2(output.data(), O_CLOEXEC) != 0) Fail("pipe");
    Fd outParent(output[0]), outChild(output[1]);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, inChild.Get(), STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, outChild.Get(), STDOUT_FILENO);
    const std::string dpiText = std::to_string(dpi);
    const std::string pageText = std::to_string(page);
    std::array<const char*, 13> argv{"pdftocairo",
                                     "-q",
                                     "-png",
                                     "-r",
                                     dpiText.c_str(),
                                     "-f",
                                     pageText.c_str(),
                                     "-l",
                                     pageText.c_str(),
                                     "-singlefile",
                                     "-",
                                     "-",
                                     nullptr};
    pid_t child = 0;
    const int spawned = posix_spawnp(&child, "pdftocairo", &actions, nullptr,
                                     const_cast<char* const*>(argv.data()), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) Fail("pdftocairo not found");
    inChild.Close();
    outChild.Close();

    std::string png;
    size_t sent = 0;
    std::array<char, 65536> buffer{};
    bool reading = true;
    while (reading) {
        std::array<pollfd, 2> fds{pollfd{outParent.Get(), POLLIN, 0},
                                  pollfd{inParent.Get(), POLLOUT, 0}};
        const nfds_t count = inParent.Get() >= 0 ? 2 : 1;
        if (::poll(fds.data(), count, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (count == 2 && fds[1].revents != 0) {
            const ssize_t n =
                ::send(inParent.Get(), pdf.data() + sent, pdf.size() - sent, MSG_NOSIGNAL);
            if (n > 0) sent += static_cast<size_t>(n);
            if (n < 0 || sent == pdf.size()) inParent.Close();
        }
        if (fds[0].revents != 0) {
            const ssize_t n = ::read(outParent.Get(), buffer.data(), buffer.size());
            if (n > 0) {
                png.append(buffer.data(), static_cast<size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                reading = false;
            }
        }
    }
    inParent.Close();
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || png.empty()) {
        Fail("pdftocairo failed on page " + pageText);
    }
    return png;
}

}  // namespace

std::vector<std::string> RenderPageImages(const std::string& pdf, int pages, int dpi) {
    std::vector<std::string> images;
    for (int page = 1; page <= pages; ++page) images.push_back(RunPdftocairo(pdf, page, dpi));
    return images;
}

}  // namespace securebase::ui
